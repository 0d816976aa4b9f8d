package dev.madoguchi.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.time.Duration;
import java.util.List;

import dev.madoguchi.intake.ReportMessage;
import dev.madoguchi.intake.ReporterThread;
import dev.madoguchi.shared.Role;
import dev.madoguchi.testing.ReportFixtures;
import dev.madoguchi.testing.StaffFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class CaseWorkflowTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseWorkflow workflow;
    @Autowired
    CaseClosing closing;
    @Autowired
    Cases cases;
    @Autowired
    ReporterThread reports;

    CaseViewer handler;
    CaseViewer secondHandler;
    CaseViewer developer;

    private CaseViewer staff(Role role) {
        String name = StaffFixtures.unique(role.name().toLowerCase());
        long id = StaffFixtures.create(jdbc, name, role);
        return new CaseViewer(id, name, role == Role.PSIRT, role == Role.ADMIN, role == Role.DEVELOPER,
                role == Role.COORDINATOR);
    }

    @BeforeEach
    void people() {
        handler = staff(Role.PSIRT);
        secondHandler = staff(Role.PSIRT);
        developer = staff(Role.DEVELOPER);
    }

    private ReportFixtures.Submitted report(String title) throws Exception {
        return ReportFixtures.submit(mvc, jdbc, title, "en");
    }

    private Case caseOf(ReportFixtures.Submitted report) {
        return cases.find(report.trackingNumber(), handler).orElseThrow();
    }

    private List<String> psirtMessages(ReportFixtures.Submitted report) {
        return reports.messages(report.reportId()).stream().filter(m -> !m.fromReporter()).map(ReportMessage::body)
                .toList();
    }

    @Test
    void everyReportOpensACaseInStateReceivedWithItsAcknowledgmentDeadline() throws Exception {
        ReportFixtures.Submitted r = report("opens a case");
        Case c = caseOf(r);
        assertThat(c.state()).isEqualTo(CaseState.RECEIVED);
        assertThat(c.acknowledgeBy()).isEqualTo(reports.report(r.reportId()).orElseThrow().acknowledgeBy());
        assertThat(cases.events(c.id())).extracting(CaseEvent::kind).containsExactly("opened");
    }

    @Test
    void acknowledgingRepliesFromTheTemplateStopsTheClockAndStartsTheTriageClock() throws Exception {
        ReportFixtures.Submitted r = report("acknowledge me");
        workflow.acknowledge(r.trackingNumber(), handler, "");
        Case c = caseOf(r);
        assertThat(c.state()).isEqualTo(CaseState.ACKNOWLEDGED);
        assertThat(c.acknowledgedAt()).isNotNull();
        assertThat(c.triageBy()).isAfter(c.acknowledgedAt().plus(Duration.ofDays(13)));
        assertThat(psirtMessages(r)).singleElement().asString().contains("Dear Reporter acknowledge me",
                r.trackingNumber());
        assertThat(reports.report(r.reportId()).orElseThrow().status()).isEqualTo("acknowledged");
        assertThat(jdbc.sql("select category from outbox_message where reference_id = ? order by id")
                .param(Long.toString(r.reportId())).query(String.class).list())
                .containsExactly("report-confirmation", "report-news");
    }

    @Test
    void anIllegalTransitionIsRefusedWithTheStatesNamed() throws Exception {
        ReportFixtures.Submitted r = report("illegal");
        assertThatThrownBy(() -> workflow.startTriage(r.trackingNumber(), handler))
                .isInstanceOf(CaseRuleViolation.class)
                .satisfies(e -> assertThat(((CaseRuleViolation) e).arguments()).containsExactly("received", "triage"));
        assertThatThrownBy(() -> workflow.advance(r.trackingNumber(), handler, CaseState.PUBLISHED))
                .isInstanceOf(CaseRuleViolation.class);
        assertThat(caseOf(r).state()).isEqualTo(CaseState.RECEIVED);
    }

    @Test
    void acceptingNeedsAllThreeCriteria() throws Exception {
        ReportFixtures.Submitted r = report("triage me");
        workflow.acknowledge(r.trackingNumber(), handler, "Thanks");
        workflow.startTriage(r.trackingNumber(), handler);
        workflow.recordTriage(r.trackingNumber(), handler, new Triage(true, "memory corruption", true, "crashes",
                null, null));
        assertThatThrownBy(() -> workflow.accept(r.trackingNumber(), handler, ""))
                .isInstanceOf(CaseRuleViolation.class).hasMessageContaining("case.accept-needs-criteria");
        workflow.recordTriage(r.trackingNumber(), handler, new Triage(true, "memory corruption", true, "crashes",
                true, "nothing public"));
        workflow.accept(r.trackingNumber(), handler, "");
        Case c = caseOf(r);
        assertThat(c.state()).isEqualTo(CaseState.INVESTIGATING);
        assertThat(c.triage().reproducibleNote()).isEqualTo("crashes");
        assertThat(psirtMessages(r)).hasSize(2).last().asString().contains("new vulnerability");
    }

    @Test
    void askingForInformationPausesTheTriageClockUntilTheReporterAnswers() throws Exception {
        ReportFixtures.Submitted r = report("pause me");
        workflow.acknowledge(r.trackingNumber(), handler, "");
        Case before = caseOf(r);
        workflow.requestInformation(r.trackingNumber(), handler, "Which firmware exactly?");
        assertThat(caseOf(r).waitingForReporter()).isTrue();
        assertThat(CaseClock.of(caseOf(r), java.time.Instant.now(), Duration.ofDays(1)))
                .filteredOn(k -> k.kind().equals("triage")).extracting(CaseClock::status).containsExactly("paused");
        jdbc.sql("update psirt_case set waiting_for_reporter_since = waiting_for_reporter_since - interval '2 days' "
                + "where id = ?").param(before.id()).update();

        mvc.perform(multipart(r.statusPath() + "/messages").param("body", "Firmware 1.08J").with(csrf()));

        Case after = caseOf(r);
        assertThat(after.waitingForReporter()).isFalse();
        assertThat(Duration.between(before.triageBy(), after.triageBy())).isBetween(Duration.ofHours(47),
                Duration.ofHours(49));
        assertThat(cases.events(after.id())).extracting(CaseEvent::kind).contains("information-requested",
                "reporter-answered");
    }

    @Test
    void closingAsNotAVulnerabilityNeedsASecondPsirtMemberNeverTheProposer() throws Exception {
        ReportFixtures.Submitted r = report("not a bug");
        assertThat(closing.close(r.trackingNumber(), handler, Resolution.NOT_A_VULNERABILITY, "works as designed",
                null, "")).isFalse();
        assertThat(caseOf(r).state()).isEqualTo(CaseState.RECEIVED);
        assertThatThrownBy(() -> closing.approve(r.trackingNumber(), handler, ""))
                .isInstanceOf(CaseRuleViolation.class).hasMessageContaining("case.own-proposal");
        assertThatThrownBy(() -> closing.close(r.trackingNumber(), secondHandler, Resolution.SPAM, "x", null, ""))
                .isInstanceOf(CaseRuleViolation.class).hasMessageContaining("case.proposal-pending");
        closing.approve(r.trackingNumber(), secondHandler, "");
        Case c = caseOf(r);
        assertThat(c.state()).isEqualTo(CaseState.CLOSED);
        assertThat(c.resolution()).isEqualTo(Resolution.NOT_A_VULNERABILITY);
        assertThat(psirtMessages(r)).singleElement().asString().contains("does not identify a product security issue");
        assertThat(reports.report(r.reportId()).orElseThrow().status()).isEqualTo("closed");
        assertThat(jdbc.sql("select decided_by <> proposed_by from case_closure_proposal where case_id = ?")
                .param(c.id()).query(Boolean.class).single()).isTrue();
    }

    @Test
    void closingAsNotReproducibleNeedsNoSecondApprovalAndOutOfScopeNeedsAReferral() throws Exception {
        ReportFixtures.Submitted r = report("cannot reproduce");
        assertThat(closing.close(r.trackingNumber(), handler, Resolution.NOT_REPRODUCIBLE, "tried twice", null, ""))
                .isTrue();
        assertThat(caseOf(r).state()).isEqualTo(CaseState.CLOSED);
        ReportFixtures.Submitted web = report("website bug");
        assertThatThrownBy(() -> closing.close(web.trackingNumber(), handler, Resolution.OUT_OF_SCOPE_WEBSITE,
                "our website", "", "")).hasMessageContaining("case.referral.required");
        closing.close(web.trackingNumber(), handler, Resolution.OUT_OF_SCOPE_WEBSITE, "our website",
                "Example-CSIRT csirt@example.com", "");
        closing.approve(web.trackingNumber(), secondHandler, "");
        assertThat(psirtMessages(web)).singleElement().asString().contains("Example-CSIRT csirt@example.com");
    }

    @Test
    void aMergedDuplicateKeepsTheFirstReporterCreditedAndTellsTheLaterOneNothingMore() throws Exception {
        ReportFixtures.Submitted first = report("Overflow in FTP - first");
        ReportFixtures.Submitted later = report("Overflow in FTP - later");
        workflow.acknowledge(first.trackingNumber(), handler, "");
        closing.merge(later.trackingNumber(), first.trackingNumber(), handler);

        Case target = caseOf(first);
        assertThat(cases.reportIds(target.id())).containsExactly(first.reportId(), later.reportId());
        Case merged = caseOf(later);
        assertThat(merged.state()).isEqualTo(CaseState.CLOSED);
        assertThat(merged.resolution()).isEqualTo(Resolution.DUPLICATE);
        assertThat(merged.mergedInto()).isEqualTo(first.trackingNumber());
        List<String> toLater = psirtMessages(later);
        assertThat(toLater).singleElement().asString().contains("reported to us before")
                .doesNotContain(first.trackingNumber(), "Overflow in FTP - first");
        assertThat(reports.report(later.reportId()).orElseThrow().status()).isEqualTo("closed");
    }

    @Test
    void mergingAnEarlierReportIntoALaterCaseMakesItsReporterTheFirst() throws Exception {
        ReportFixtures.Submitted earlier = report("earlier");
        ReportFixtures.Submitted later = report("later");
        closing.merge(earlier.trackingNumber(), later.trackingNumber(), handler);
        assertThat(cases.reportIds(caseOf(later).id())).containsExactly(earlier.reportId(), later.reportId());
        assertThat(psirtMessages(earlier)).isEmpty();
    }

    @Test
    void aClosedCaseReopensWithAReasonIntoTheStateItWasClosedFrom() throws Exception {
        ReportFixtures.Submitted r = report("reopen me");
        workflow.acknowledge(r.trackingNumber(), handler, "");
        workflow.startTriage(r.trackingNumber(), handler);
        closing.close(r.trackingNumber(), handler, Resolution.NOT_REPRODUCIBLE, "no luck", null, "");
        assertThatThrownBy(() -> closing.reopen(r.trackingNumber(), handler, " "))
                .hasMessageContaining("case.reason.required");
        closing.reopen(r.trackingNumber(), handler, "the reporter sent a video");
        Case c = caseOf(r);
        assertThat(c.state()).isEqualTo(CaseState.TRIAGE);
        assertThat(c.resolution()).isNull();
        assertThat(cases.events(c.id()).get(cases.events(c.id()).size() - 1).summary())
                .contains("the reporter sent a video");
    }

    @Test
    void onlyHandlersRunTheWorkflow() throws Exception {
        ReportFixtures.Submitted r = report("not yours");
        assertThatThrownBy(() -> workflow.acknowledge(r.trackingNumber(), developer, ""))
                .isInstanceOf(dev.madoguchi.shared.NotFoundException.class);
        assertThat(caseOf(r).state()).isEqualTo(CaseState.RECEIVED);
    }

    @Test
    void everyActIsOnTheTimelineAndInTheAuditTrail() throws Exception {
        ReportFixtures.Submitted r = report("audited");
        workflow.acknowledge(r.trackingNumber(), handler, "");
        workflow.startTriage(r.trackingNumber(), handler);
        assertThat(cases.events(caseOf(r).id())).extracting(CaseEvent::kind)
                .containsExactly("opened", "acknowledged", "triage-started");
        assertThat(jdbc.sql("select action from audit_event where object_type = 'case' and object_id = ? order by id")
                .param(r.trackingNumber()).query(String.class).list())
                .containsExactly("case.opened", "case.acknowledged", "case.triage-started");
    }
}
