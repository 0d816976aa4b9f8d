package dev.madoguchi.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import dev.madoguchi.audit.AuditEntry;
import dev.madoguchi.audit.AuditTrail;
import dev.madoguchi.shared.Language;
import dev.madoguchi.shared.SqlInstants;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The ADMIN's wordings of mail templates, one per template and language; every change is audited. */
@Component
class MailTemplateOverrides {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    MailTemplateOverrides(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A stored wording, with named placeholders. */
    record Override(MailText text, String updatedBy, Instant updatedAt) {
    }

    Optional<Override> find(String key, Language language) {
        return jdbc.sql("""
                select subject, body, encrypted_body, updated_by, updated_at from mail_template_override
                where template_key = ? and language = ?""")
                .params(key, language.tag())
                .query((rs, n) -> new Override(new MailText(rs.getString("subject"), rs.getString("body"),
                        rs.getString("encrypted_body")), rs.getString("updated_by"),
                        SqlInstants.read(rs, "updated_at")))
                .optional();
    }

    /** Which template and language pairs are overridden, as {@code key/tag}. */
    Set<String> overridden() {
        return new HashSet<>(jdbc.sql("select template_key || '/' || language from mail_template_override")
                .query(String.class).list());
    }

    @Transactional
    void save(String key, Language language, MailText text, String by) {
        boolean existed = find(key, language).isPresent();
        jdbc.sql("""
                insert into mail_template_override
                    (template_key, language, subject, body, encrypted_body, updated_by, updated_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (template_key, language) do update set subject = excluded.subject,
                    body = excluded.body, encrypted_body = excluded.encrypted_body,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .params(key, language.tag(), text.subject(), text.body(), text.encryptedBody(), by,
                        SqlInstants.toSql(clock.instant()))
                .update();
        audit.record(AuditEntry.of("mail.template-saved", "mail-template", key + "/" + language.tag(),
                existed ? "wording changed" : "default -> own wording"));
    }

    /** Deletes the override, so the bundle's text is used again; without one nothing happens and nothing is audited. */
    @Transactional
    void restore(String key, Language language) {
        int deleted = jdbc.sql("delete from mail_template_override where template_key = ? and language = ?")
                .params(key, language.tag()).update();
        if (deleted > 0) {
            audit.record(AuditEntry.of("mail.template-restored", "mail-template", key + "/" + language.tag(),
                    "own wording -> default"));
        }
    }
}
