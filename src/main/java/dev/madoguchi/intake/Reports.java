package dev.madoguchi.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.madoguchi.shared.SqlInstants;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code report}, {@code report_message} and {@code report_attachment} tables. */
@Repository
class Reports {

    private final JdbcClient jdbc;

    Reports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param text how the report's text arrived encrypted, or {@code null} */
    long insert(String trackingNumber, Instant receivedAt, Instant acknowledgeBy, String channel, Long sourceUserId,
            ReportDraft d, Integer cweId, PgpNote text, boolean pgpAttention) {
        return jdbc.sql("""
                insert into report (submission_key, tracking_number, received_at, acknowledge_by, channel, source_user_id, language,
                    product, product_version, vulnerability_type, cwe_id, title, steps_to_reproduce, proof_of_concept,
                    impact, cvss_vector, already_public, reported_elsewhere, public_reference, exploited, reporter_name,
                    reporter_email, reporter_organization, anonymous, credit_wanted, credit_name, pgp_public_key,
                    policy_accepted_at, status, status_changed_at, text_opened_with, text_pgp_problem, pgp_attention)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', ?,
                        ?, ?, ?)
                returning id""")
                .params(d.submissionKey(), trackingNumber, SqlInstants.toSql(receivedAt), SqlInstants.toSql(acknowledgeBy), channel,
                        sourceUserId, d.language().tag(), d.product().strip(), d.productVersion().strip(),
                        d.vulnerabilityType().strip(), cweId, d.title().strip(), text(d.stepsToReproduce()),
                        text(d.proofOfConcept()), text(d.impact()), optional(d.cvssVector()), d.alreadyPublic(),
                        d.reportedElsewhere(), optional(d.publicReference()), d.exploited(), d.reporterName().strip(),
                        d.reporterEmail().strip(), optional(d.reporterOrganization()), d.anonymous(), d.creditWanted(),
                        d.creditWanted() ? d.creditName().strip() : optional(d.creditName()),
                        optional(d.pgpPublicKey()), SqlInstants.toSql(receivedAt), SqlInstants.toSql(receivedAt),
                        text == null ? null : text.openedWith(), text == null ? null : text.problem(), pgpAttention)
                .query(Long.class).single();
    }

    Optional<SubmittedReport> byId(long id) {
        return jdbc.sql("select * from report where id = ?").param(id).query(Reports::map).optional();
    }

    /**
     * A report by tracking number, if the viewer may see it: PSIRT and administrators see every report, others only
     * those their own API token submitted. Visibility is part of the query, never a check after it.
     */
    Optional<SubmittedReport> byTrackingNumber(String trackingNumber, ReportViewer viewer) {
        return jdbc.sql("select * from report where tracking_number = ? and (? or source_user_id = ?)")
                .params(trackingNumber, viewer.seesAll(), viewer.userId()).query(Reports::map).optional();
    }

    /** Newest first, a page at a time, within what the viewer may see. */
    List<InboxEntry> inbox(ReportViewer viewer, Instant before, Long beforeId, int limit) {
        StringBuilder sql = new StringBuilder("""
                select id, tracking_number, received_at, acknowledge_by, title, product, channel, status, exploited,
                       already_public, pgp_attention
                from report where (? or source_user_id = ?)""");
        List<Object> params = new ArrayList<>(List.of(viewer.seesAll(), viewer.userId()));
        if (before != null && beforeId != null) {
            sql.append(" and (received_at, id) < (?, ?)");
            params.add(SqlInstants.toSql(before));
            params.add(beforeId);
        }
        sql.append(" order by received_at desc, id desc limit ").append(limit);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new InboxEntry(rs.getLong("id"), rs.getString("tracking_number"),
                        SqlInstants.read(rs, "received_at"), SqlInstants.read(rs, "acknowledge_by"),
                        rs.getString("title"), rs.getString("product"), rs.getString("channel"),
                        rs.getString("status"), rs.getBoolean("exploited"), rs.getBoolean("already_public"),
                        rs.getBoolean("pgp_attention")))
                .list();
    }

    Optional<SubmittedReport> bySubmissionKey(java.util.UUID key) {
        return jdbc.sql("select * from report where submission_key = ?").param(key).query(Reports::map).optional();
    }

    Optional<Long> idByTrackingNumberAndEmail(String trackingNumber, String email) {
        return jdbc.sql("select id from report where tracking_number = ? and lower(reporter_email) = lower(?)")
                .params(trackingNumber.strip().toUpperCase(java.util.Locale.ROOT), email.strip())
                .query(Long.class).optional();
    }

    /** Puts the report on PSIRT's attention list: something sent encrypted to us could not be opened. */
    void flagForAttention(long reportId) {
        jdbc.sql("update report set pgp_attention = true where id = ?").param(reportId).update();
    }

    /**
     * Notes how a report's text arrived when the whole mail came encrypted (RFC 3156), unless a message inside the
     * text was noted already; one not opened puts the report on the attention list.
     */
    void noteTextEncryption(long reportId, String openedWith, String problem) {
        jdbc.sql("""
                update report set text_opened_with = ?, text_pgp_problem = ?, pgp_attention = pgp_attention or ?
                where id = ? and text_opened_with is null and text_pgp_problem is null""")
                .params(openedWith, problem, problem != null, reportId).update();
    }

    void linkAttachment(long reportId, long attachmentId, Long messageId) {
        linkAttachment(reportId, attachmentId, messageId, null);
    }

    /** @param note how the file arrived encrypted, or {@code null} */
    void linkAttachment(long reportId, long attachmentId, Long messageId, PgpNote note) {
        jdbc.sql("insert into report_attachment (report_id, attachment_id, message_id, opened_with, pgp_problem) "
                        + "values (?, ?, ?, ?, ?)")
                .params(reportId, attachmentId, messageId, note == null ? null : note.openedWith(),
                        note == null ? null : note.problem())
                .update();
    }

    /** How the files sent with the report arrived encrypted, by attachment id; files that arrived plain are absent. */
    Map<Long, PgpNote> attachmentNotes(long reportId) {
        return jdbc.sql("select attachment_id, opened_with, pgp_problem from report_attachment "
                        + "where report_id = ? and (opened_with is not null or pgp_problem is not null)")
                .param(reportId)
                .query((rs, n) -> Map.entry(rs.getLong("attachment_id"),
                        new PgpNote("", rs.getString("opened_with"), rs.getString("pgp_problem"))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Attachment ids of the report: those sent with it (message null) and with each message. */
    Map<Long, List<Long>> attachmentIdsByMessage(long reportId) {
        return jdbc.sql("select attachment_id, coalesce(message_id, 0) as message from report_attachment "
                        + "where report_id = ? order by attachment_id")
                .param(reportId)
                .query((rs, n) -> new long[] {rs.getLong("message"), rs.getLong("attachment_id")}).list().stream()
                .collect(Collectors.groupingBy(pair -> pair[0],
                        Collectors.mapping(pair -> pair[1], Collectors.toList())));
    }

    boolean hasAttachment(long reportId, long attachmentId) {
        return jdbc.sql("select exists (select 1 from report_attachment where report_id = ? and attachment_id = ?)")
                .params(reportId, attachmentId).query(Boolean.class).single();
    }

    long insertMessage(long reportId, String author, String authorName, String body, Instant at) {
        return jdbc.sql("insert into report_message (report_id, author, author_name, body, created_at) "
                        + "values (?, ?, ?, ?, ?) returning id")
                .params(reportId, author, authorName, body, SqlInstants.toSql(at)).query(Long.class).single();
    }

    record MessageRow(long id, String author, String authorName, String body, Instant createdAt) {
    }

    List<MessageRow> messages(long reportId) {
        return jdbc.sql("select id, author, author_name, body, created_at from report_message where report_id = ? "
                        + "order by id")
                .param(reportId)
                .query((rs, n) -> new MessageRow(rs.getLong("id"), rs.getString("author"), rs.getString("author_name"),
                        rs.getString("body"), SqlInstants.read(rs, "created_at")))
                .list();
    }

    void updateCredit(long reportId, boolean wanted, String name) {
        jdbc.sql("update report set credit_wanted = ?, credit_name = ? where id = ?").params(wanted, name, reportId)
                .update();
    }

    void withdraw(long reportId, Instant at) {
        jdbc.sql("update report set withdrawn_at = ?, status = 'withdrawn', status_changed_at = ? where id = ?")
                .params(SqlInstants.toSql(at), SqlInstants.toSql(at), reportId).update();
    }

    void updateStatus(long reportId, String status, Instant at) {
        jdbc.sql("update report set status = ?, status_changed_at = ? where id = ?")
                .params(status, SqlInstants.toSql(at), reportId).update();
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static SubmittedReport map(ResultSet rs, int row) throws SQLException {
        return new SubmittedReport(rs.getLong("id"), rs.getString("tracking_number"),
                SqlInstants.read(rs, "received_at"), SqlInstants.read(rs, "acknowledge_by"), rs.getString("channel"),
                (Long) rs.getObject("source_user_id"), rs.getString("language"), rs.getString("product"),
                rs.getString("product_version"), rs.getString("vulnerability_type"), (Integer) rs.getObject("cwe_id"),
                rs.getString("title"), rs.getString("steps_to_reproduce"), rs.getString("proof_of_concept"),
                rs.getString("impact"), rs.getString("cvss_vector"), rs.getBoolean("already_public"),
                rs.getBoolean("reported_elsewhere"), rs.getString("public_reference"), rs.getBoolean("exploited"),
                rs.getString("reporter_name"), rs.getString("reporter_email"), rs.getString("reporter_organization"),
                rs.getBoolean("anonymous"), rs.getBoolean("credit_wanted"), rs.getString("credit_name"),
                rs.getString("pgp_public_key"), SqlInstants.read(rs, "policy_accepted_at"), rs.getString("status"),
                SqlInstants.read(rs, "status_changed_at"), SqlInstants.read(rs, "withdrawn_at"),
                rs.getString("text_opened_with"), rs.getString("text_pgp_problem"), rs.getBoolean("pgp_attention"));
    }
}
