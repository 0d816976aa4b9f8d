package dev.madoguchi.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.madoguchi.shared.SqlInstants;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code psirt_case} table and its satellites. Every read takes the {@link CaseViewer}: what someone may not see
 * is not found, exactly like what does not exist.
 */
@Repository
class Cases {

    private static final String SELECT = """
            select c.*, m.reference as merged_reference
            from psirt_case c left join psirt_case m on m.id = c.merged_into
            """;

    private final JdbcClient jdbc;

    Cases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Map<String, Object> viewer(CaseViewer viewer) {
        Map<String, Object> params = new HashMap<>();
        params.put("seesAll", viewer.seesAll());
        params.put("viewer", viewer.userId());
        params.put("developer", viewer.developer());
        params.put("coordinator", viewer.coordinator());
        return params;
    }

    Optional<Case> find(String reference, CaseViewer viewer) {
        Map<String, Object> params = viewer(viewer);
        params.put("reference", reference);
        return jdbc.sql(SELECT + " where c.reference = :reference and " + CaseVisibility.VISIBLE).params(params)
                .query(Cases::map).optional();
    }

    /** For the workflow's own use after a visibility-checked read, and for event listeners (no viewer). */
    Optional<Case> byId(long id) {
        return jdbc.sql(SELECT + " where c.id = ?").param(id).query(Cases::map).optional();
    }

    Optional<Long> caseOfReport(long reportId) {
        return jdbc.sql("select case_id from case_report where report_id = ?").param(reportId).query(Long.class)
                .optional();
    }

    long open(String reference, String title, Instant openedAt, Instant acknowledgeBy, Instant publicationTarget,
            String searchText) {
        return jdbc.sql("""
                insert into psirt_case (reference, title, state, opened_at, updated_at, acknowledge_by,
                                        publication_target, search_text)
                values (?, ?, 'received', ?, ?, ?, ?, ?) returning id""")
                .params(reference, title, SqlInstants.toSql(openedAt), SqlInstants.toSql(openedAt),
                        SqlInstants.toSql(acknowledgeBy), SqlInstants.toSql(publicationTarget), searchText)
                .query(Long.class).single();
    }

    boolean inDivisionOf(long caseId, long userId) {
        return jdbc.sql("select exists (select 1 from case_division cd join division_member dm on dm.division_id = "
                + "cd.division_id where cd.case_id = ? and dm.user_id = ?)").params(caseId, userId)
                .query(Boolean.class).single();
    }

    boolean coordinatorOf(long caseId, long userId) {
        return jdbc.sql("select exists (select 1 from case_coordinator where case_id = ? and user_id = ?)")
                .params(caseId, userId).query(Boolean.class).single();
    }

    /** Adds text the queue search should find (a merged report, a reporter's message). */
    void addSearchText(long caseId, String text) {
        appendText(caseId, "search_text", text);
    }

    /** Adds a message's text to the searchable text of its thread, which only that thread's readers search. */
    void addThreadText(long caseId, String thread, String text) {
        appendText(caseId, switch (thread) {
            case "internal" -> "internal_text";
            case "coordinator" -> "coordinator_text";
            default -> throw new IllegalArgumentException("thread " + thread);
        }, text);
    }

    /** Appends to one of the case's search columns (a name from code, never from input), capped at a million. */
    private void appendText(long caseId, String column, String text) {
        jdbc.sql("update psirt_case set " + column + " = left(" + column + " || ' ' || ?, 1000000) where id = ?")
                .params(text, caseId).update();
    }

    void addReport(long caseId, long reportId, Instant receivedAt) {
        jdbc.sql("insert into case_report (case_id, report_id, received_at) values (?, ?, ?)")
                .params(caseId, reportId, SqlInstants.toSql(receivedAt)).update();
    }

    /** A report of a case with the time it was received. */
    record CaseReport(long reportId, Instant receivedAt) {
    }

    /** The reports of a case, the first received first (its reporter is the one credited). */
    List<CaseReport> reports(long caseId) {
        return jdbc.sql("select report_id, received_at from case_report where case_id = ? "
                        + "order by received_at, report_id")
                .param(caseId)
                .query((rs, n) -> new CaseReport(rs.getLong("report_id"), SqlInstants.read(rs, "received_at")))
                .list();
    }

    /** Report ids of a case, the first received first (the one to credit). */
    List<Long> reportIds(long caseId) {
        return jdbc.sql("select report_id from case_report where case_id = ? order by received_at, report_id")
                .param(caseId).query(Long.class).list();
    }

    void moveReports(long fromCaseId, long toCaseId) {
        jdbc.sql("update case_report set case_id = ? where case_id = ?").params(toCaseId, fromCaseId).update();
    }

    void update(long caseId, String assignments, Object... params) {
        Object[] all = new Object[params.length + 1];
        System.arraycopy(params, 0, all, 0, params.length);
        all[params.length] = caseId;
        jdbc.sql("update psirt_case set " + assignments + ", updated_at = now() where id = ?").params(all).update();
    }

    void event(long caseId, Instant at, String actor, String kind, String summary) {
        jdbc.sql("insert into case_event (case_id, at, actor, kind, summary) values (?, ?, ?, ?, ?)")
                .params(caseId, SqlInstants.toSql(at), actor, kind, summary).update();
    }

    List<CaseEvent> events(long caseId) {
        return jdbc.sql("select at, actor, kind, summary from case_event where case_id = ? order by id")
                .param(caseId)
                .query((rs, n) -> new CaseEvent(SqlInstants.read(rs, "at"), rs.getString("actor"), rs.getString("kind"),
                        rs.getString("summary")))
                .list();
    }

    @Transactional(readOnly = true)
    List<QueueEntry> queue(QueueFilter filter, CaseViewer viewer, Instant now) {
        QueueQuery query = new QueueQuery(filter, viewer, now);
        // a custom plan per query: how selective a text search is decides the best plan
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        return jdbc.sql(query.sql()).params(query.params())
                .query((rs, n) -> {
                    CaseState state = CaseState.fromCode(rs.getString("state"));
                    return new QueueEntry(rs.getLong("id"), rs.getString("reference"), rs.getString("title"), state,
                            rs.getString("handler_username"), SqlInstants.read(rs, "next_deadline"), deadlineKind(state),
                            rs.getString("divisions"), SqlInstants.read(rs, "opened_at"));
                })
                .list();
    }

    static String deadlineKind(CaseState state) {
        return switch (state) {
            case RECEIVED -> "acknowledge";
            case ACKNOWLEDGED, TRIAGE -> "triage";
            case INVESTIGATING, REMEDIATION, DISCLOSURE_SCHEDULED -> "publication";
            case PUBLISHED, CLOSED -> "none";
        };
    }

    private static Case map(ResultSet rs, int row) throws SQLException {
        String resolution = rs.getString("resolution");
        String closedFrom = rs.getString("closed_from");
        return new Case(rs.getLong("id"), rs.getString("reference"), rs.getString("title"),
                CaseState.fromCode(rs.getString("state")), (Long) rs.getObject("handler_id"),
                rs.getString("handler_username"), resolution == null ? null : Resolution.fromCode(resolution),
                closedFrom == null ? null : CaseState.fromCode(closedFrom), SqlInstants.read(rs, "closed_at"),
                rs.getString("merged_reference"), SqlInstants.read(rs, "opened_at"),
                SqlInstants.read(rs, "acknowledge_by"), SqlInstants.read(rs, "acknowledged_at"),
                SqlInstants.read(rs, "triage_by"), SqlInstants.read(rs, "triage_decided_at"),
                SqlInstants.read(rs, "waiting_for_reporter_since"), SqlInstants.read(rs, "publication_target"),
                new Triage((Boolean) rs.getObject("security_issue"), rs.getString("security_issue_note"),
                        (Boolean) rs.getObject("reproducible"), rs.getString("reproducible_note"),
                        (Boolean) rs.getObject("undisclosed"), rs.getString("undisclosed_note")));
    }
}
