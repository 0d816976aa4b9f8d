package dev.madoguchi.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import dev.madoguchi.shared.DisplayTime;
import dev.madoguchi.shared.NotFoundException;
import dev.madoguchi.shared.Role;
import dev.madoguchi.testing.ReportFixtures;
import dev.madoguchi.testing.SignedIn;
import dev.madoguchi.testing.StaffFixtures;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The publication date agreed for coordinated disclosure (both seed policies agree it with the reporter and
 * JPCERT/CC): who may record it, its rules, its history, and what other modules learn of it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class PublicationAgreementTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PublicationAgreements agreements;
    @Autowired
    CaseDirectory directory;
    @Autowired
    CaseParticipants participants;
    @Autowired
    Divisions divisions;
    @Autowired
    ApplicationEvents events;

    final CaseViewer system = new CaseViewer(0, "test", true, false, false, false);
    final LocalDate today = LocalDate.now(DisplayTime.JST);
    final LocalDate next = today.plusYears(1);
    String handlerName;
    CaseViewer handler;
    Cookie handlerSession;
    ReportFixtures.Submitted report;

    @BeforeEach
    void aCaseAndItsHandler() throws Exception {
        handlerName = StaffFixtures.unique("psirt");
        handler = new CaseViewer(StaffFixtures.create(jdbc, handlerName, Role.PSIRT), handlerName, true, false,
                false, false);
        handlerSession = SignedIn.as(mvc, handlerName);
        report = ReportFixtures.submit(mvc, jdbc, "agree " + StaffFixtures.unique("t"), "en");
    }

    private Case theCase() {
        return directory.visible(report.trackingNumber(), system).orElseThrow();
    }

    private static Instant jst(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(DisplayTime.JST).toInstant();
    }

    private List<AgreedParty> jpcert() {
        return List.of(new AgreedParty("coordinator", "JPCERT/CC", jst(today, 0)));
    }

    private MockHttpServletRequestBuilder agreementForm(String date) {
        return post("/cases/" + report.trackingNumber() + "/publication-agreement").with(csrf())
                .param("date", date).param("time", "10:00")
                .param("reporterAgreed", "on").param("reporterName", "Reporter typed")
                .param("reporterOn", today.minusDays(2).toString())
                .param("coordinatorName", "JPCERT/CC")
                .param("otherAgreed", "on").param("otherName", "Partner vendor typed")
                .param("otherOn", today.minusDays(1).toString());
    }

    private String page(Cookie session, MvcResult after) throws Exception {
        return mvc.perform(get("/cases/" + report.trackingNumber()).cookie(session).flashAttrs(after.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String page(Cookie session) throws Exception {
        return mvc.perform(get("/cases/" + report.trackingNumber()).cookie(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aHandlerRecordsTheAgreedDateWhichTheCasePageShowsInJst() throws Exception {
        MvcResult done = mvc.perform(agreementForm(next.toString()).cookie(handlerSession))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(page(handlerSession, done)).contains("The agreed publication date was recorded.",
                next + " 10:00 JST", "Reporter typed", "Partner vendor typed", "agreed " + today.minusDays(2),
                "by " + handlerName + " (PSIRT)").doesNotContain("No publication date is agreed yet.");
        PublicationAgreement agreed = directory.publicationAgreement(theCase()).orElseThrow();
        assertThat(agreed.publishAt()).isEqualTo(jst(next, 10));
        assertThat(agreed.recordedBy()).isEqualTo(handlerName);
        // the coordinator row was left unmarked: only the parties marked as agreed are recorded
        assertThat(agreed.parties()).extracting(AgreedParty::kind).containsExactly("reporter", "other");
        assertThat(agreed.parties().get(0).agreedAt()).isEqualTo(jst(today.minusDays(2), 0));
    }

    @Test
    void aDeveloperOfTheDivisionSeesTheAgreedDateButMayNotRecordOrWithdrawIt() throws Exception {
        long division = divisions.create("Agreement division " + StaffFixtures.unique("d"));
        participants.addDivision(report.trackingNumber(), system, division);
        String developerName = StaffFixtures.unique("dev");
        long developerId = StaffFixtures.create(jdbc, developerName, Role.DEVELOPER);
        divisions.addMember(division, developerId, developerName);
        Cookie developer = SignedIn.as(mvc, developerName);
        agreements.record(report.trackingNumber(), handler, jst(next, 9), List.of(
                new AgreedParty("reporter", "Reporter Private Name", jst(today, 0)),
                new AgreedParty("coordinator", "JPCERT/CC", jst(today, 0))));

        String seen = page(developer);
        // a reporter's name is contact data, which only PSIRT sees
        assertThat(seen).contains(next + " 09:00 JST", "JPCERT/CC", "Reporter")
                .doesNotContain("Reporter Private Name", "id=\"agreement-form\"", "id=\"agreement-withdraw\"");
        mvc.perform(agreementForm(next.plusDays(1).toString()).cookie(developer)).andExpect(status().isNotFound());
        mvc.perform(agreementForm("not a date").cookie(developer)).andExpect(status().isNotFound());
        mvc.perform(post("/cases/" + report.trackingNumber() + "/publication-agreement/withdraw").with(csrf())
                .cookie(developer).param("reason", "mine")).andExpect(status().isNotFound());
        assertThat(directory.publicationAgreement(theCase()).orElseThrow().publishAt()).isEqualTo(jst(next, 9));
    }

    @Test
    void someoneWhoMayNotSeeTheCaseIsAnsweredLikeAMissingCase() throws Exception {
        String developerName = StaffFixtures.unique("outsider");
        StaffFixtures.create(jdbc, developerName, Role.DEVELOPER);
        Cookie outsider = SignedIn.as(mvc, developerName);
        mvc.perform(agreementForm(next.toString()).cookie(outsider)).andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + report.trackingNumber()).cookie(outsider)).andExpect(status().isNotFound());
    }

    @Test
    void publicationInstantMustLieInTheFuture() throws Exception {
        String past = today.minusDays(3).toString();
        MvcResult refused = mvc.perform(agreementForm(past).cookie(handlerSession))
                .andExpect(status().is3xxRedirection()).andReturn();
        String shown = page(handlerSession, refused);
        assertThat(shown).contains("The publication date and time must lie in the future: " + past + " 10:00 JST");
        // nothing typed is lost: the date, time, names and days come back in the form
        assertThat(shown).contains("value=\"" + past + "\"", "value=\"10:00\"", "value=\"Reporter typed\"",
                "value=\"Partner vendor typed\"", "value=\"" + today.minusDays(1) + "\"");
        assertThat(directory.publicationAgreement(theCase())).isEmpty();
    }

    @Test
    void aRefusalIsExplainedInTheViewersLanguage() throws Exception {
        Cookie japanese = new Cookie("lang", "ja");
        String past = today.minusDays(1).toString();
        MvcResult refused = mvc.perform(agreementForm(past).cookie(handlerSession, japanese)).andReturn();
        String shown = mvc.perform(get("/cases/" + report.trackingNumber()).cookie(handlerSession, japanese)
                        .flashAttrs(refused.getFlashMap()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(shown).contains("公開日時は未来の日時にしてください（" + past + " 10:00 JST は現在",
                "合意した公開日を記録", "value=\"Partner vendor typed\"");
    }

    @Test
    void anAgreementNeedsAPartyBesidesPsirt() throws Exception {
        MvcResult refused = mvc.perform(post("/cases/" + report.trackingNumber() + "/publication-agreement")
                        .with(csrf()).cookie(handlerSession).param("date", next.toString()).param("time", "10:00")
                        .param("coordinatorName", "JPCERT/CC").param("coordinatorOn", today.toString()))
                .andReturn();
        assertThat(page(handlerSession, refused)).contains("Mark at least one party besides PSIRT",
                "value=\"" + today + "\"");
        assertThatThrownBy(() -> agreements.record(report.trackingNumber(), handler, jst(next, 10), List.of()))
                .isInstanceOf(CaseRuleViolation.class).hasMessageContaining("case.agreement.party.required");
    }

    @Test
    void nobodyCanHaveAgreedOnADayStillToCome() {
        assertThatThrownBy(() -> agreements.record(report.trackingNumber(), handler, jst(next, 10),
                List.of(new AgreedParty("coordinator", "JPCERT/CC", jst(today.plusDays(1), 0)))))
                .isInstanceOf(CaseRuleViolation.class).hasMessageContaining("case.agreement.agreed-on.future");
        assertThat(directory.publicationAgreement(theCase())).isEmpty();
    }

    @Test
    void changingTheDateKeepsTheSupersededAgreementInTheHistory() throws Exception {
        agreements.record(report.trackingNumber(), handler, jst(next, 10), jpcert());
        agreements.record(report.trackingNumber(), handler, jst(next.plusDays(7), 15), jpcert());

        assertThat(directory.publicationAgreement(theCase()).orElseThrow().publishAt())
                .isEqualTo(jst(next.plusDays(7), 15));
        List<PublicationAgreements.AgreementEntry> all = agreements.all(theCase().id());
        assertThat(all).hasSize(2);
        assertThat(all.get(0).inForce()).isTrue();
        assertThat(all.get(1).supersededAt()).isNotNull();
        assertThat(all.get(1).agreement().publishAt()).isEqualTo(jst(next, 10));
        assertThat(page(handlerSession)).contains("id=\"agreement-history\"", next + " 10:00 JST",
                next.plusDays(7) + " 15:00 JST", "Superseded");
        assertThat(jdbc.sql("select summary from case_event where case_id = ? and kind = 'publication-agreed' "
                + "order by id").param(theCase().id()).query(String.class).list())
                .last().asString().contains(next + " 10:00 JST", "was");
    }

    @Test
    void withdrawingLeavesNoDateAgreed() throws Exception {
        agreements.record(report.trackingNumber(), handler, jst(next, 10), jpcert());
        MvcResult refused = mvc.perform(post("/cases/" + report.trackingNumber() + "/publication-agreement/withdraw")
                .with(csrf()).cookie(handlerSession).param("reason", " ")).andReturn();
        assertThat(page(handlerSession, refused)).contains("Give a reason.");
        assertThat(directory.publicationAgreement(theCase())).isPresent();

        mvc.perform(post("/cases/" + report.trackingNumber() + "/publication-agreement/withdraw").with(csrf())
                .cookie(handlerSession).param("reason", "the fix slipped")).andExpect(status().is3xxRedirection());
        assertThat(directory.publicationAgreement(theCase())).isEmpty();
        assertThat(page(handlerSession)).contains("No publication date is agreed yet.", "the fix slipped");
        assertThatThrownBy(() -> agreements.withdraw(report.trackingNumber(), handler, "again"))
                .isInstanceOf(CaseRuleViolation.class).hasMessageContaining("case.agreement.none");
    }

    @Test
    void eachActIsOnTheTimelineInTheAuditTrailAndPublishedAsAnEvent() {
        Case c = theCase();
        agreements.record(report.trackingNumber(), handler, jst(next, 10), jpcert());
        agreements.withdraw(report.trackingNumber(), handler, "postponed");

        assertThat(events.stream(PublicationDateAgreed.class))
                .containsExactly(new PublicationDateAgreed(c.id(), c.reference(), jst(next, 10)));
        assertThat(events.stream(PublicationAgreementWithdrawn.class))
                .containsExactly(new PublicationAgreementWithdrawn(c.id(), c.reference()));
        assertThat(jdbc.sql("select kind from case_event where case_id = ? and kind like 'publication%' order by id")
                .param(c.id()).query(String.class).list())
                .containsExactly("publication-agreed", "publication-agreement-withdrawn");
        assertThat(jdbc.sql("select action from audit_event where object_type = 'case' and object_id = ? "
                        + "and action like 'case.publication%' order by id")
                .param(c.reference()).query(String.class).list())
                .containsExactly("case.publication-agreed", "case.publication-agreement-withdrawn");
    }

    @Test
    void onlyHandlersAndAdministratorsSpeakForPsirtOthersAreAnsweredLikeAMissingCase() {
        assertThat(agreements.handled(report.trackingNumber(), new CaseViewer(0, "admin", false, true, false, false))
                .reference()).isEqualTo(report.trackingNumber());
        assertThatThrownBy(() -> agreements.handled(report.trackingNumber(),
                new CaseViewer(0, "dev", false, false, true, false))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> agreements.handled(report.trackingNumber(),
                new CaseViewer(0, "coordinator", false, false, false, true))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void byIdFindsACaseWithoutAViewerForServerSideJobs() {
        assertThat(directory.byId(theCase().id())).map(Case::reference).contains(report.trackingNumber());
        assertThat(directory.byId(-1)).isEmpty();
    }
}
