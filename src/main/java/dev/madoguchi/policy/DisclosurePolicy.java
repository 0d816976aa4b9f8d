package dev.madoguchi.policy;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.madoguchi.audit.AuditEntry;
import dev.madoguchi.audit.AuditTrail;
import dev.madoguchi.shared.DisplayTime;
import dev.madoguchi.shared.SqlInstants;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vulnerability disclosure policy: the current text in both languages and its dated update history. Every
 * change is a new revision; none is ever edited or removed.
 */
@Component
public class DisclosurePolicy {

    static final int MAX_TEXT = 100_000;
    static final int MAX_CHANGE = 300;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    DisclosurePolicy(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<PolicyRevision> current() {
        return jdbc.sql("select * from policy_revision order by published_on desc, id desc limit 1")
                .query(DisclosurePolicy::map).optional();
    }

    /** Newest first. */
    public List<PolicyRevision> history() {
        return jdbc.sql("select * from policy_revision order by published_on desc, id desc")
                .query(DisclosurePolicy::map).list();
    }

    /** The message keys of what is wrong with a new revision, by field; empty when it can be published. */
    static List<String[]> check(String textJa, String textEn, String changeJa, String changeEn) {
        List<String[]> problems = new ArrayList<>();
        checkText(problems, "textJa", textJa, MAX_TEXT);
        checkText(problems, "textEn", textEn, MAX_TEXT);
        checkText(problems, "changeJa", changeJa, MAX_CHANGE);
        checkText(problems, "changeEn", changeEn, MAX_CHANGE);
        return problems;
    }

    private static void checkText(List<String[]> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new String[] {field, "policy.field.required"});
        } else if (value.strip().length() > max) {
            problems.add(new String[] {field, "policy.field.too-long"});
        }
    }

    @Transactional
    public long publish(String textJa, String textEn, String changeJa, String changeEn, String author) {
        if (!check(textJa, textEn, changeJa, changeEn).isEmpty()) {
            throw new IllegalArgumentException("an incomplete policy revision");
        }
        LocalDate today = clock.instant().atZone(DisplayTime.JST).toLocalDate();
        long id = jdbc.sql("""
                insert into policy_revision (published_on, text_ja, text_en, change_ja, change_en, author, created_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(Date.valueOf(today), textJa.strip(), textEn.strip(), changeJa.strip(), changeEn.strip(), author,
                        SqlInstants.toSql(clock.instant()))
                .query(Long.class).single();
        audit.record(AuditEntry.of("policy.published", "policy-revision", id, "change: " + changeEn.strip()));
        return id;
    }

    private static PolicyRevision map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new PolicyRevision(rs.getLong("id"), rs.getDate("published_on").toLocalDate(), rs.getString("text_ja"),
                rs.getString("text_en"), rs.getString("change_ja"), rs.getString("change_en"));
    }
}
