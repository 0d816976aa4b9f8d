package dev.madoguchi.cna;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.madoguchi.audit.AuditEntry;
import dev.madoguchi.audit.AuditTrail;
import dev.madoguchi.shared.DisplayTime;
import dev.madoguchi.shared.Refusal;
import dev.madoguchi.shared.SqlInstants;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CNA's pool of CVE IDs (CVE Program: a CNA reserves IDs in blocks and assigns each to one vulnerability). Taking
 * the next ID locks that row and skips rows other nodes hold, so two handlers on two nodes never get the same ID.
 * Every change is audited.
 */
@Service
public class CveIdPool {

    /** CVE ID syntax (CVE JSON 5 {@code cveId}): CVE, a four-digit year, four or more digits. */
    static final Pattern ID = Pattern.compile("CVE-(\\d{4})-(\\d{4,19})");
    private static final Pattern RANGE = Pattern.compile("(CVE-\\d{4}-\\d{4,19})\\s*(?:\\.\\.|-|–|~)\\s*"
            + "(CVE-\\d{4}-\\d{4,19}|\\d{4,19})");
    static final int MAX_RANGE = 10_000;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    CveIdPool(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Enters reserved IDs: one ID, or a range {@code CVE-2026-10000..CVE-2026-10049} within one year. IDs already in
     * the pool are left as they are. Returns how many were added.
     */
    @Transactional
    public int enter(String text, String actor) {
        List<String> ids = parse(text == null ? "" : text.strip());
        int added = 0;
        for (String id : ids) {
            added += jdbc.sql("""
                    insert into cve_id (cve_id, year, state, entered_by, entered_at) values (?, ?, 'reserved', ?, ?)
                    on conflict do nothing""")
                    .params(id, Integer.parseInt(id.substring(4, 8)), actor, SqlInstants.toSql(clock.instant()))
                    .update();
        }
        audit.record(AuditEntry.of("cve.ids-entered", "cve_id", ids.get(0), ids.size() + " IDs from " + ids.get(0)
                + " to " + ids.get(ids.size() - 1) + "; " + added + " new"));
        return added;
    }

    /** Enters the IDs CVE Services reserved for us; returns how many were new to the pool. */
    @Transactional
    public int enterReserved(List<String> ids, String actor) {
        int added = 0;
        for (String id : ids) {
            if (!ID.matcher(id).matches()) {
                throw new Refusal("cve.id.invalid", id);
            }
            added += jdbc.sql("""
                    insert into cve_id (cve_id, year, state, entered_by, entered_at) values (?, ?, 'reserved', ?, ?)
                    on conflict do nothing""")
                    .params(id, Integer.parseInt(id.substring(4, 8)), actor, SqlInstants.toSql(clock.instant()))
                    .update();
        }
        audit.record(AuditEntry.of("cve.ids-reserved", "cve_id", ids.isEmpty() ? null : ids.get(0),
                ids.size() + " IDs reserved through CVE Services; " + added + " new"));
        return added;
    }

    static List<String> parse(String text) {
        Matcher range = RANGE.matcher(text);
        if (range.matches()) {
            Matcher first = ID.matcher(range.group(1));
            first.matches();
            String last = range.group(2).startsWith("CVE-") ? range.group(2) : "CVE-" + first.group(1) + "-"
                    + range.group(2);
            Matcher end = ID.matcher(last);
            if (!end.matches() || !end.group(1).equals(first.group(1))) {
                throw new Refusal("cve.range.one-year");
            }
            long from = Long.parseLong(first.group(2));
            long to = Long.parseLong(end.group(2));
            if (to < from || to - from >= MAX_RANGE) {
                throw new Refusal("cve.range.invalid", MAX_RANGE);
            }
            int width = first.group(2).length();
            List<String> ids = new ArrayList<>();
            for (long n = from; n <= to; n++) {
                String digits = Long.toString(n);
                ids.add("CVE-" + first.group(1) + "-" + "0".repeat(Math.max(0, width - digits.length())) + digits);
            }
            return ids;
        }
        if (ID.matcher(text).matches()) {
            return List.of(text);
        }
        throw new Refusal("cve.id.invalid", text);
    }

    /**
     * Assigns the next reserved ID to a vulnerability: of the current year (JST) when the pool has one, otherwise
     * the lowest of the earliest year. Empty when the pool has no reserved ID.
     */
    @Transactional
    public Optional<String> assignNext(long vulnerabilityId, String label, String actor, String overrideReason) {
        int year = clock.instant().atZone(DisplayTime.JST).getYear();
        Optional<String> id = jdbc.sql("""
                select cve_id from cve_id where state = 'reserved'
                order by (year = ?) desc, year, length(cve_id), cve_id limit 1 for update skip locked""")
                .param(year).query(String.class).optional();
        id.ifPresent(cve -> {
            Instant now = clock.instant();
            jdbc.sql("""
                    update cve_id set state = 'assigned', vulnerability_id = ?, assigned_to = ?, assigned_by = ?,
                                      assigned_at = ?, override_reason = ?
                    where cve_id = ?""")
                    .params(vulnerabilityId, label, actor, SqlInstants.toSql(now), overrideReason, cve).update();
            audit.record(AuditEntry.of("cve.id-assigned", "cve_id", cve, "to " + label
                    + (overrideReason == null ? "" : "; own-product rule overridden: " + overrideReason)));
        });
        return id;
    }

    public Optional<CveId> ofVulnerability(long vulnerabilityId) {
        return jdbc.sql("select * from cve_id where vulnerability_id = ?").param(vulnerabilityId)
                .query(CveIdPool::map).optional();
    }

    /**
     * Rejects an ID with a reason (CVE JSON 5 {@code rejectedReasons}): a reserved ID never used, or an assigned one
     * withdrawn (a duplicate, not a vulnerability); the vulnerability is left without an ID.
     */
    @Transactional
    public void reject(String id, String reason, String actor) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 2000) {
            throw new Refusal("cve.reject.reason");
        }
        int changed = jdbc.sql("""
                update cve_id set state = 'rejected', vulnerability_id = null, rejected_reason = ?, rejected_by = ?,
                                  rejected_at = ?
                where cve_id = ? and state <> 'rejected'""")
                .params(why, actor, SqlInstants.toSql(clock.instant()), id).update();
        if (changed == 0) {
            throw new Refusal("cve.reject.unknown", id);
        }
        audit.record(AuditEntry.of("cve.id-rejected", "cve_id", id, why));
    }

    /** Notes that the record was sent to CVE Services; returns whether it had been sent before (an update). */
    @Transactional
    public boolean markPublished(String id, String actor) {
        boolean before = jdbc.sql("select published_at is not null from cve_id where cve_id = ? for update")
                .param(id).query(Boolean.class).single();
        jdbc.sql("update cve_id set published_at = ?, published_by = ? where cve_id = ?")
                .params(SqlInstants.toSql(clock.instant()), actor, id).update();
        audit.record(AuditEntry.of(before ? "cve.record-updated" : "cve.record-published", "cve_id", id,
                "sent to CVE Services"));
        return before;
    }

    public boolean published(String id) {
        return jdbc.sql("select published_at is not null from cve_id where cve_id = ?").param(id)
                .query(Boolean.class).optional().orElse(false);
    }

    public Optional<CveId> byId(String id) {
        return jdbc.sql("select * from cve_id where cve_id = ?").param(id).query(CveIdPool::map).optional();
    }

    public List<CveId> all() {
        return jdbc.sql("select * from cve_id order by year desc, length(cve_id) desc, cve_id desc limit 2000")
                .query(CveIdPool::map).list();
    }

    public int reservedCount() {
        return jdbc.sql("select count(*) from cve_id where state = 'reserved'").query(Integer.class).single();
    }

    private static CveId map(ResultSet rs, int row) throws SQLException {
        return new CveId(rs.getString("cve_id"), rs.getInt("year"), rs.getString("state"), rs.getString("entered_by"),
                SqlInstants.read(rs, "entered_at"), (Long) rs.getObject("vulnerability_id"),
                rs.getString("assigned_to"), rs.getString("assigned_by"), SqlInstants.read(rs, "assigned_at"),
                rs.getString("override_reason"), rs.getString("rejected_reason"), rs.getString("rejected_by"),
                SqlInstants.read(rs, "rejected_at"));
    }
}
