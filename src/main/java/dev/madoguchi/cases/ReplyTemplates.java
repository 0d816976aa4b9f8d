package dev.madoguchi.cases;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import dev.madoguchi.audit.AuditEntry;
import dev.madoguchi.audit.AuditTrail;
import dev.madoguchi.shared.Language;
import dev.madoguchi.shared.SqlInstants;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The replies PSIRT sends reporters (acknowledgment, need more information, acceptance, each resolution) in both
 * languages. Administrators edit them; a handler sees the filled-in text and may adjust it before sending.
 */
@Component
public class ReplyTemplates {

    /** A template as the editor lists it. */
    public record Template(String name, String language, String body) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ReplyTemplates(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Template> all() {
        return jdbc.sql("select name, language, body from reply_template order by name, language")
                .query((rs, n) -> new Template(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** The template filled in: {@code {name}} placeholders replaced, unknown ones left as they are. */
    public String render(String name, Language language, Map<String, String> values) {
        String body = jdbc.sql("select body from reply_template where name = ? and language = ?")
                .params(name, language.tag()).query(String.class).optional()
                .orElseThrow(() -> new IllegalStateException("no reply template " + name + "/" + language.tag()));
        for (Map.Entry<String, String> value : values.entrySet()) {
            body = body.replace("{" + value.getKey() + "}", value.getValue() == null ? "" : value.getValue());
        }
        return body;
    }

    @Transactional
    public void save(String name, String language, String body, String author) {
        if (body == null || body.isBlank() || body.length() > 20_000) {
            throw new CaseRuleViolation("template.body.invalid");
        }
        int updated = jdbc.sql("update reply_template set body = ?, updated_by = ?, updated_at = ? "
                        + "where name = ? and language = ?")
                .params(body.strip(), author, SqlInstants.toSql(clock.instant()), name, language).update();
        if (updated != 1) {
            throw new CaseRuleViolation("template.unknown");
        }
        audit.record(AuditEntry.of("template.updated", "reply-template", name + "/" + language, ""));
    }
}
