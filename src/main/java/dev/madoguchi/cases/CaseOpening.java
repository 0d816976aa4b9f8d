package dev.madoguchi.cases;

import java.sql.Timestamp;

import dev.madoguchi.intake.ReportSubmitted;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every accepted report opens a case in the state {@code received}, in the report's own transaction: there is never
 * a report without a case.
 */
@Component
class CaseOpening {

    private final JdbcClient jdbc;

    CaseOpening(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ReportSubmitted submitted) {
        Timestamp at = Timestamp.from(submitted.receivedAt());
        long caseId = jdbc.sql("insert into psirt_case (state, opened_at, updated_at) values ('received', ?, ?) "
                + "returning id").params(at, at).query(Long.class).single();
        jdbc.sql("insert into case_report (case_id, report_id) values (?, ?)").params(caseId, submitted.reportId())
                .update();
    }
}
