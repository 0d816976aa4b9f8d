package dev.madoguchi.cases;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.madoguchi.attachments.AttachmentInfo;
import dev.madoguchi.attachments.Attachments;
import dev.madoguchi.intake.ReporterThread;
import dev.madoguchi.shared.NotFoundException;
import dev.madoguchi.shared.SqlInstants;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's threads: with each reporter (their report's conversation, seen on their status page), with the
 * coordinators, and internal notes that never leave Madoguchi. Who may read a thread may write in it: internal notes
 * for PSIRT and the case's developers, the coordinator thread for PSIRT and the case's coordinators, replies to a
 * reporter for PSIRT. A coordinator's mail joins the coordinator thread too ({@link CoordinatorMail}), with its files;
 * those files are for that thread's readers only.
 */
@Component
class CaseConversation {

    static final int MAX_BODY = 20_000;

    private final Cases cases;
    private final CaseTimeline timeline;
    private final ReporterThread reports;
    private final Attachments attachments;
    private final JdbcClient jdbc;
    private final Clock clock;

    CaseConversation(Cases cases, CaseTimeline timeline, ReporterThread reports, Attachments attachments,
            JdbcClient jdbc, Clock clock) {
        this.attachments = attachments;
        this.cases = cases;
        this.timeline = timeline;
        this.reports = reports;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the viewer may read and write a thread of this case: by how they take part in it, not by role alone. */
    boolean mayUse(CaseViewer viewer, long caseId, String thread) {
        return switch (thread) {
            case "internal" -> viewer.seesAll() || viewer.developer() && cases.inDivisionOf(caseId, viewer.userId());
            case "coordinator" -> viewer.seesAll()
                    || viewer.coordinator() && cases.coordinatorOf(caseId, viewer.userId());
            default -> false;
        };
    }

    List<CaseMessage> messages(long caseId, String thread) {
        return jdbc.sql("select id, thread, author, body, created_at from case_message where case_id = ? "
                        + "and thread = ? order by id")
                .params(caseId, thread)
                .query((rs, n) -> new CaseMessage(rs.getLong("id"), rs.getString("thread"), rs.getString("author"),
                        rs.getString("body"), SqlInstants.read(rs, "created_at")))
                .list();
    }

    @Transactional
    void post(String reference, CaseViewer viewer, String thread, String body) {
        Case c = cases.find(reference, viewer).orElseThrow(() -> new NotFoundException("case " + reference));
        if (!mayUse(viewer, c.id(), thread)) {
            throw new NotFoundException("thread");
        }
        String text = checked(body);
        long id = jdbc.sql("insert into case_message (case_id, thread, author_id, author, body, created_at) "
                        + "values (?, ?, ?, ?, ?, ?) returning id")
                .params(c.id(), thread, viewer.userId(), viewer.username(), text, SqlInstants.toSql(clock.instant()))
                .query(Long.class).single();
        cases.addThreadText(c.id(), thread, text);
        timeline.record(c, viewer.username(), thread.equals("internal") ? "note-added" : "coordinator-message",
                "message " + id);
    }

    /**
     * A coordinator's mail in the coordinator thread, with its files already stored (sealed at rest); the sender was
     * checked by {@link CoordinatorMail}. Returns the message's id.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    long addMail(Case c, String sender, String mailMessageId, String body, List<Long> attachmentIds) {
        long id = jdbc.sql("insert into case_message (case_id, thread, author, body, created_at, mail_message_id) "
                        + "values (?, 'coordinator', ?, ?, ?, ?) returning id")
                .params(c.id(), sender, body, SqlInstants.toSql(clock.instant()), mailMessageId)
                .query(Long.class).single();
        for (long attachment : attachmentIds) {
            jdbc.sql("insert into case_message_attachment (message_id, attachment_id) values (?, ?)")
                    .params(id, attachment).update();
        }
        cases.addThreadText(c.id(), "coordinator", body);
        return id;
    }

    /** The files of a thread's messages, by message id. */
    Map<Long, List<AttachmentInfo>> files(long caseId, String thread) {
        Map<Long, Long> messageOf = jdbc.sql("select a.attachment_id, a.message_id from case_message_attachment a "
                        + "join case_message m on m.id = a.message_id where m.case_id = ? and m.thread = ?")
                .params(caseId, thread)
                .query((rs, n) -> Map.entry(rs.getLong("attachment_id"), rs.getLong("message_id"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return attachments.infos(messageOf.keySet()).stream()
                .collect(Collectors.groupingBy(info -> messageOf.get(info.id())));
    }

    /** The messages of a thread that came by mail: shown as written, not as Markdown. */
    Set<Long> mailed(long caseId, String thread) {
        return Set.copyOf(jdbc.sql("select id from case_message where case_id = ? and thread = ? "
                + "and mail_message_id is not null").params(caseId, thread).query(Long.class).list());
    }

    /** The thread of the case whose message holds the file, if one does. */
    Optional<String> threadOfFile(long caseId, long messageId, long attachmentId) {
        return jdbc.sql("select m.thread from case_message m join case_message_attachment a on a.message_id = m.id "
                        + "where m.case_id = ? and m.id = ? and a.attachment_id = ?")
                .params(caseId, messageId, attachmentId).query(String.class).optional();
    }

    @Transactional
    void replyToReporter(String reference, CaseViewer viewer, long reportId, String body) {
        Case c = cases.find(reference, viewer).orElseThrow(() -> new NotFoundException("case " + reference));
        if (!viewer.handles() || !cases.reportIds(c.id()).contains(reportId)) {
            throw new NotFoundException("report");
        }
        long id = reports.replyFromPsirt(reportId, viewer.username(), checked(body));
        timeline.record(c, viewer.username(), "reporter-replied", "message " + id + " to report " + reportId);
    }

    private static String checked(String body) {
        if (body == null || body.isBlank()) {
            throw new CaseRuleViolation("case.message.required");
        }
        if (body.strip().length() > MAX_BODY) {
            throw new CaseRuleViolation("case.message.too-long", MAX_BODY);
        }
        return body.strip();
    }
}
