package dev.madoguchi.coordinators;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

import dev.madoguchi.audit.AuditEntry;
import dev.madoguchi.audit.AuditTrail;
import dev.madoguchi.identity.StaffDirectory;
import dev.madoguchi.openpgp.PublicKeyCheck;
import dev.madoguchi.shared.Language;
import dev.madoguchi.shared.Refusal;
import dev.madoguchi.shared.SqlInstants;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator organizations (issue 10): read by other modules through {@link #active()}, {@link #byId(long)} and
 * the contact accounts ({@link #contactsOf(long)}, {@link #organizationOf(long)}), kept by administrators. An organization is deactivated, never deleted, so cases that name it keep their history.
 * Every change is audited.
 */
@Service
public class Coordinators {

    static final int NAME_MAX = 200;
    static final int SHORT_NAME_MAX = 50;
    static final int EMAILS_MAX = 1000;
    /** A plain address check: the mail server decides the rest; this catches typing slips. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;<>]+@[^@\\s,;<>]+\\.[^@\\s,;<>]+");

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final StaffDirectory staff;

    Coordinators(JdbcClient jdbc, AuditTrail audit, Clock clock, StaffDirectory staff) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.staff = staff;
    }

    /** The organizations a case may be handed to, by short name. */
    public List<CoordinatorOrganization> active() {
        return jdbc.sql(SELECT + " where active order by short_name").query(this::row).list();
    }

    public Optional<CoordinatorOrganization> byId(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(this::row).optional();
    }

    /**
     * The staff accounts that speak for the organization, by user name, as they are now: an account that has since
     * been deactivated or lost the COORDINATOR role is still listed, and the caller decides (a case admits neither).
     */
    public List<StaffDirectory.StaffMember> contactsOf(long organizationId) {
        List<Long> ids = jdbc.sql("select user_id from coordinator_contact where organization_id = ?")
                .param(organizationId).query(Long.class).list();
        return staff.byIds(ids).stream().sorted(Comparator.comparing(StaffDirectory.StaffMember::username)).toList();
    }

    /** The organization the account is a contact of; an account belongs to at most one. */
    public Optional<CoordinatorOrganization> organizationOf(long userId) {
        return jdbc.sql(SELECT + " where id = (select organization_id from coordinator_contact where user_id = ?)")
                .param(userId).query(this::row).optional();
    }

    /** The organizations of those of the accounts that are contacts of one, by user id. */
    public Map<Long, CoordinatorOrganization> organizationsOf(Collection<Long> userIds) {
        Map<Long, CoordinatorOrganization> byId = jdbc.sql(SELECT).query(this::row).list().stream()
                .collect(Collectors.toMap(CoordinatorOrganization::id, Function.identity()));
        return jdbc.sql("select user_id, organization_id from coordinator_contact")
                .query((rs, n) -> Map.entry(rs.getLong("user_id"), byId.get(rs.getLong("organization_id")))).list()
                .stream().filter(e -> userIds.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Every organization, the deactivated ones after the active. */
    List<CoordinatorOrganization> all() {
        return jdbc.sql(SELECT + " order by active desc, short_name").query(this::row).list();
    }

    @Transactional
    long add(OrganizationForm form, String actor) {
        Checked c = check(form, null);
        long id = jdbc.sql("""
                insert into coordinator_organization (name_ja, name_en, short_name, emails, public_key, language,
                                                      publishes_on_jvn, updated_by, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(c.nameJa, c.nameEn, c.shortName, c.emails, c.publicKey, c.language, form.publishesOnJvn(),
                        actor, SqlInstants.toSql(clock.instant()))
                .query(Long.class).single();
        audit.record(AuditEntry.of("coordinator.added", "coordinator-organization", id, summary(c, form)));
        return id;
    }

    @Transactional
    void edit(long id, OrganizationForm form, String actor) {
        byId(id).orElseThrow(() -> new dev.madoguchi.shared.NotFoundException("coordinator " + id));
        Checked c = check(form, id);
        jdbc.sql("""
                update coordinator_organization set name_ja = ?, name_en = ?, short_name = ?, emails = ?,
                       public_key = ?, language = ?, publishes_on_jvn = ?, updated_by = ?, updated_at = ?
                where id = ?""")
                .params(c.nameJa, c.nameEn, c.shortName, c.emails, c.publicKey, c.language, form.publishesOnJvn(),
                        actor, SqlInstants.toSql(clock.instant()), id)
                .update();
        audit.record(AuditEntry.of("coordinator.edited", "coordinator-organization", id, summary(c, form)));
    }

    @Transactional
    void setActive(long id, boolean active, String actor) {
        int changed = jdbc.sql("update coordinator_organization set active = ?, updated_by = ?, updated_at = ? "
                        + "where id = ? and active <> ?")
                .params(active, actor, SqlInstants.toSql(clock.instant()), id, active).update();
        if (changed == 0) {
            byId(id).orElseThrow(() -> new dev.madoguchi.shared.NotFoundException("coordinator " + id));
            return;
        }
        audit.record(AuditEntry.of(active ? "coordinator.reactivated" : "coordinator.deactivated",
                "coordinator-organization", id, "active: " + !active + " -> " + active));
    }

    private record Checked(String nameJa, String nameEn, String shortName, String emails, String publicKey,
            String language) {
    }

    /** The form's values as stored, or a refusal naming the first thing wrong. */
    private Checked check(OrganizationForm form, Long editing) {
        String nameJa = form.nameJa().strip();
        String nameEn = form.nameEn().strip();
        String shortName = form.shortName().strip();
        if (nameJa.isEmpty() || nameEn.isEmpty() || shortName.isEmpty()) {
            throw new Refusal("coordinators.name.required");
        }
        if (nameJa.length() > NAME_MAX || nameEn.length() > NAME_MAX || shortName.length() > SHORT_NAME_MAX) {
            throw new Refusal("coordinators.name.too-long", NAME_MAX, SHORT_NAME_MAX);
        }
        boolean taken = jdbc.sql("select count(*) from coordinator_organization where lower(short_name) = lower(?) "
                        + "and id <> ?").params(shortName, editing == null ? -1L : editing).query(Long.class).single() > 0;
        if (taken) {
            throw new Refusal("coordinators.short-name.taken", shortName);
        }
        List<String> emails = emails(form.emails());
        String publicKey = form.publicKey().strip();
        if (!publicKey.isEmpty()) {
            Optional<PublicKeyCheck.Problem> problem = PublicKeyCheck.check(publicKey, Date.from(clock.instant()));
            if (problem.isPresent()) {
                throw new Refusal("coordinators.pgp." + problem.get().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
        }
        Language language = Language.fromTag(form.language())
                .orElseThrow(() -> new Refusal("coordinators.language.invalid"));
        return new Checked(nameJa, nameEn, shortName, String.join(", ", emails),
                publicKey.isEmpty() ? null : publicKey, language.tag());
    }

    private static List<String> emails(String typed) {
        if (typed.strip().length() > EMAILS_MAX) {
            throw new Refusal("coordinators.email.too-long", EMAILS_MAX);
        }
        List<String> emails = new ArrayList<>();
        for (String part : typed.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            if (!EMAIL.matcher(part).matches()) {
                throw new Refusal("coordinators.email.invalid", part);
            }
            emails.add(part);
        }
        return emails;
    }

    private static String summary(Checked c, OrganizationForm form) {
        // the key itself is public, but long: the audit trail records only whether one is set
        return c.shortName + "; emails: " + (c.emails.isEmpty() ? "none" : c.emails) + "; key: "
                + (c.publicKey == null ? "none" : "set") + "; language: " + c.language + "; JVN: "
                + form.publishesOnJvn();
    }

    private static final String SELECT = """
            select id, name_ja, name_en, short_name, emails, public_key, language, publishes_on_jvn, active,
                   preconfigured
            from coordinator_organization""";

    private CoordinatorOrganization row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String emails = rs.getString("emails");
        return new CoordinatorOrganization(rs.getLong("id"), rs.getString("name_ja"), rs.getString("name_en"),
                rs.getString("short_name"),
                emails.isBlank() ? List.of() : Arrays.asList(emails.split(",\\s*")), rs.getString("public_key"),
                Language.fromTag(rs.getString("language")).orElse(Language.JA), rs.getBoolean("publishes_on_jvn"),
                rs.getBoolean("active"), rs.getBoolean("preconfigured"));
    }
}
