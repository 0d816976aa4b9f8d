package dev.madoguchi.advisories;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import dev.madoguchi.shared.SqlInstants;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Where an advisory stands: its working edition, approval, schedule and publication. */
record AdvisoryStatus(String id, String state, int edition, Integer approvedEdition, String approvedBy,
        Instant approvedAt, Instant publishAt, String scheduledBy, int publishedRevision, String summaryJa,
        String summaryEn, Set<String> editors, Instant withdrawnAt) {

    public boolean approved() {
        return approvedEdition != null && approvedEdition == edition;
    }

    public boolean withdrawn() {
        return "withdrawn".equals(state);
    }

    static Optional<AdvisoryStatus> read(JdbcClient jdbc, String id) {
        return query(jdbc, id, "");
    }

    /** Reads under a row lock, so that approval and scheduling act on the edition they checked. */
    static Optional<AdvisoryStatus> lock(JdbcClient jdbc, String id) {
        return query(jdbc, id, " for update");
    }

    private static Optional<AdvisoryStatus> query(JdbcClient jdbc, String id, String lock) {
        Set<String> editors = Set.copyOf(jdbc.sql("select username from advisory_editor where advisory_id = ?")
                .param(id).query(String.class).list());
        return jdbc.sql("""
                select id, state, edition, approved_edition, approved_by, approved_at, publish_at, scheduled_by,
                  published_revision, revision_summary_ja, revision_summary_en, withdrawn_at
                from advisory where id = ?""" + lock).param(id)
                .query((rs, n) -> new AdvisoryStatus(rs.getString("id"), rs.getString("state"), rs.getInt("edition"),
                        (Integer) rs.getObject("approved_edition"), rs.getString("approved_by"),
                        SqlInstants.read(rs, "approved_at"), SqlInstants.read(rs, "publish_at"),
                        rs.getString("scheduled_by"), rs.getInt("published_revision"),
                        rs.getString("revision_summary_ja"), rs.getString("revision_summary_en"), editors,
                        SqlInstants.read(rs, "withdrawn_at")))
                .optional();
    }
}
