package dev.madoguchi.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code audit_event} table: appending under the chain-head lock, and reading rows back in chain order. */
@Component
class AuditChain {

    /** An entry with its time, actor and origin, not yet given an id and hashes. */
    record Unchained(Instant occurredAt, String actor, String origin, AuditEntry entry) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AuditChain(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Appends in order; must run inside the transaction that commits them. */
    void append(List<Unchained> entries) {
        if (entries.isEmpty()) {
            return;
        }
        record Head(long lastId, String lastHash) {
        }
        Head head = jdbc.sql("select last_id, last_hash from audit_chain_head for update")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
        long id = head.lastId();
        String previous = head.lastHash();
        for (Unchained u : entries) {
            id++;
            AuditEntry e = u.entry();
            AuditRecord row = new AuditRecord(id, u.occurredAt(), u.actor(), u.origin(), e.action(), e.objectType(),
                    e.objectId(), e.summary(), previous);
            String hash = row.hash();
            jdbc.sql("""
                    insert into audit_event (id, occurred_at, actor, origin, action, object_type, object_id, summary,
                                             prev_hash, hash)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(row.id(), Timestamp.from(row.occurredAt()), row.actor(), row.origin(), row.action(),
                            row.objectType(), row.objectId(), row.summary(), row.prevHash(), hash)
                    .update();
            previous = hash;
        }
        jdbc.sql("update audit_chain_head set last_id = ?, last_hash = ?").params(id, previous).update();
    }

    /** Visits every row in chain order without holding them all in memory. */
    void forEachInOrder(RowVisitor visitor) {
        template.query(con -> {
            var statement = con.prepareStatement("""
                    select id, occurred_at, actor, origin, action, object_type, object_id, summary, prev_hash, hash
                    from audit_event order by id""");
            statement.setFetchSize(1000);
            return statement;
        }, rs -> {
            visitor.visit(read(rs), rs.getString("hash"));
        });
    }

    ChainHead head() {
        return jdbc.sql("select last_id, last_hash from audit_chain_head")
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2))).single();
    }

    record ChainHead(long lastId, String lastHash) {
    }

    interface RowVisitor {
        void visit(AuditRecord record, String storedHash);
    }

    static AuditRecord read(ResultSet rs) throws SQLException {
        return new AuditRecord(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("origin"), rs.getString("action"), rs.getString("object_type"),
                rs.getString("object_id"), rs.getString("summary"), rs.getString("prev_hash"));
    }
}
