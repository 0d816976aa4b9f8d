package dev.madoguchi.audit;

import java.util.ArrayList;
import java.util.List;

import dev.madoguchi.shared.SqlInstants;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the audit trail for the log page: newest first, filtered, a page at a time (keyset paging by id). */
@Component
class AuditLog {

    static final int PAGE_SIZE = 50;

    /** Filters; blank means "any". {@code before} is the id the next page starts below. */
    record Filter(String actor, String action, String objectType, String objectId, Long before) {
    }

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AuditLogEntry> page(Filter filter) {
        StringBuilder sql = new StringBuilder("""
                select id, occurred_at, actor, origin, action, object_type, object_id, summary
                from audit_event where true""");
        List<Object> params = new ArrayList<>();
        condition(sql, params, " and actor = ?", filter.actor());
        if (filter.action() != null && !filter.action().isBlank()) {
            // action prefix: "user." finds every account event
            sql.append(" and action like ? escape '\\'");
            params.add(filter.action().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        condition(sql, params, " and object_type = ?", filter.objectType());
        condition(sql, params, " and object_id = ?", filter.objectId());
        if (filter.before() != null) {
            sql.append(" and id < ?");
            params.add(filter.before());
        }
        sql.append(" order by id desc limit ").append(PAGE_SIZE);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new AuditLogEntry(rs.getLong("id"), SqlInstants.read(rs, "occurred_at"),
                        rs.getString("actor"), rs.getString("origin"), rs.getString("action"),
                        rs.getString("object_type"), rs.getString("object_id"), rs.getString("summary")))
                .list();
    }

    private static void condition(StringBuilder sql, List<Object> params, String clause, String value) {
        if (value != null && !value.isBlank()) {
            sql.append(clause);
            params.add(value.strip());
        }
    }
}
