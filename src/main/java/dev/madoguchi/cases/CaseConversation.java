package dev.madoguchi.cases;

import java.time.Clock;
import java.util.List;

import dev.madoguchi.intake.ReporterThread;
import dev.madoguchi.shared.NotFoundException;
import dev.madoguchi.shared.SqlInstants;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's threads: with each reporter (their report's conversation, seen on their status page), with the
 * coordinators, and internal notes that never leave Madoguchi. Who may read a thread may write in it: internal notes
 * for PSIRT and the case's developers, the coordinator thread for PSIRT and the case's coordinators, replies to a
 * reporter for PSIRT.
 */
@Component
class CaseConversation {

    static final int MAX_BODY = 20_000;

    private final Cases cases;
    private final CaseTimeline timeline;
    private final ReporterThread reports;
    private final JdbcClient jdbc;
    private final Clock clock;

    CaseConversation(Cases cases, CaseTimeline timeline, ReporterThread reports, JdbcClient jdbc, Clock clock) {
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
