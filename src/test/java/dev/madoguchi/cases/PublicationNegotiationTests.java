package dev.madoguchi.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import dev.madoguchi.shared.DisplayTime;
import dev.madoguchi.shared.Role;
import dev.madoguchi.testing.MovableClock;
import dev.madoguchi.testing.ReportFixtures;
import dev.madoguchi.testing.SignedIn;
import dev.madoguchi.testing.StaffFixtures;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Negotiating the publication date (issue 10): PSIRT, the coordinators of the case and the reporter propose and
 * accept; acceptance by every required party is the agreement; a new proposal reopens it; reminders go once.
 */
@SpringBootTest(properties = "madoguchi.organization.public-url=https://psirt.example.com")
@AutoConfigureMockMvc
@RecordApplicationEvents
class PublicationNegotiationTests {

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Instant.now());
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;
    @Autowired
    CaseParticipants participants;
    @Autowired
    CaseDirectory directory;
    @Autowired
    Divisions divisions;
    @Autowired
    PublicationReminders reminders;
    @Autowired
    ApplicationEvents events;

    final CaseViewer system = new CaseViewer(0, "test", true, false, false, false);
    LocalDate next;
    ReportFixtures.Submitted report;
    String handlerName;
    Cookie handler;
    String coordinatorName;
    Cookie coordinator;

    @BeforeEach
    void aCaseWithItsHandlerCoordinatorAndReporter() throws Exception {
        clock.moveTo(Instant.now());
        next = LocalDate.now(DisplayTime.JST).plusMonths(2);
        handlerName = StaffFixtures.unique("psirt");
        StaffFixtures.create(jdbc, handlerName, Role.PSIRT);
        handler = SignedIn.as(mvc, handlerName);
        report = ReportFixtures.submit(mvc, jdbc, "negotiate " + StaffFixtures.unique("t"), "en");
        participants.assign(report.trackingNumber(), system, handlerName);
        coordinatorName = StaffFixtures.unique("jpcert");
        StaffFixtures.create(jdbc, coordinatorName, Role.COORDINATOR);
        participants.addCoordinator(report.trackingNumber(), system, coordinatorName);
        coordinator = SignedIn.as(mvc, coordinatorName);
    }

    private static Instant jst(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(DisplayTime.JST).toInstant();
    }

    private String casePath() {
        return "/cases/" + report.trackingNumber();
    }

    private MvcResult propose(Cookie who, LocalDate day, String time) throws Exception {
        return mvc.perform(post(casePath() + "/publication-proposals").with(csrf()).cookie(who)
                .param("date", day.toString()).param("time", time)).andReturn();
    }

    private long openProposal() {
        return jdbc.sql("select p.id from publication_proposal p join psirt_case c on c.id = p.case_id "
                + "where c.reference = ? and p.closed_at is null").param(report.trackingNumber())
                .query(Long.class).single();
    }

    private MvcResult accept(Cookie who, long proposal) throws Exception {
        return mvc.perform(post(casePath() + "/publication-proposals/" + proposal + "/accept").with(csrf())
                .cookie(who)).andReturn();
    }

    private MvcResult reporterAccepts(long proposal) throws Exception {
        return mvc.perform(post(report.statusPath() + "/sections/publication-date/accept").with(csrf())
                .param("proposal", Long.toString(proposal))).andExpect(status().is3xxRedirection()).andReturn();
    }

    private String statusPage() throws Exception {
        return mvc.perform(get(report.statusPath())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private List<String> mailTo(String category) {
        return jdbc.sql("select recipient from outbox_message where category = ? and reference_id in (?, ?) "
                        + "order by id").params(category, report.trackingNumber(), Long.toString(report.reportId()))
                .query(String.class).list();
    }

    private PublicationAgreement agreement() {
        return directory.publicationAgreement(directory.visible(report.trackingNumber(), system).orElseThrow())
                .orElse(null);
    }

    /** Proposal by PSIRT, counter-proposal by the coordinator, acceptance by everyone: the agreed date. */
    private void agreeOn(LocalDate day) throws Exception {
        propose(handler, day.minusDays(1), "10:00");
        assertThat(propose(coordinator, day, "15:00").getResponse().getStatus()).isEqualTo(302);
        long counter = openProposal();
        reporterAccepts(counter);
        accept(handler, counter);
    }

    @Test
    void acceptanceByEveryRequiredPartyOfTheCounterProposalIsTheAgreement() throws Exception {
        propose(handler, next, "10:00");
        long first = openProposal();
        assertThat(mailTo("publication-news")).containsExactly(coordinatorName + "@example.test");
        assertThat(mailTo("report-status-news")).containsExactly("reporter@example.jp");
        assertThat(statusPage()).contains("Proposed publication:", next + " 10:00 JST", "Accept this date");

        propose(coordinator, next.plusDays(1), "15:00");
        long counter = openProposal();
        assertThat(counter).isNotEqualTo(first);
        // the superseded proposal can no longer be accepted
        MvcResult stale = accept(handler, first);
        assertThat(stale.getFlashMap().get("problemTexts").toString()).contains("no longer open");

        reporterAccepts(counter);
        assertThat(agreement()).isNull();
        assertThat(statusPage()).contains("You accepted this date");
        MvcResult done = accept(handler, counter);
        assertThat(done.getResponse().getStatus()).isEqualTo(302);

        PublicationAgreement agreed = agreement();
        assertThat(agreed.publishAt()).isEqualTo(jst(next.plusDays(1), 15));
        assertThat(agreed.recordedBy()).isEqualTo(handlerName);
        assertThat(agreed.parties()).extracting(AgreedParty::kind).containsExactly("reporter", "coordinator");
        assertThat(events.stream(PublicationDateAgreed.class))
                .anyMatch(e -> e.reference().equals(report.trackingNumber())
                        && e.publishAt().equals(jst(next.plusDays(1), 15)));
        assertThat(statusPage()).contains("Agreed publication:", next.plusDays(1) + " 15:00 JST");
        String page = mvc.perform(get(casePath()).cookie(handler)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("publication-counter-proposed", "publication-proposal-accepted",
                "publication-agreed");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'case.publication-agreed' "
                + "and object_id = ?").param(report.trackingNumber()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theReporterCounterProposesOnTheStatusPageAndNeedsCsrf() throws Exception {
        propose(handler, next, "10:00");
        long open = openProposal();
        mvc.perform(post(report.statusPath() + "/sections/publication-date/accept")
                .param("proposal", Long.toString(open))).andExpect(status().isForbidden());
        mvc.perform(post(report.statusPath() + "/sections/publication-date/propose").with(csrf())
                .param("date", next.plusDays(3).toString()).param("time", "09:30"))
                .andExpect(status().is3xxRedirection());
        assertThat(openProposal()).isNotEqualTo(open);
        assertThat(statusPage()).contains("You proposed:", next.plusDays(3) + " 09:30 JST");
        String page = mvc.perform(get(casePath()).cookie(coordinator)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(next.plusDays(3) + " 09:30 JST", "the reporter", "id=\"proposal-accept\"");
        // a date already past is refused with the reason, and what was typed comes back
        MvcResult refused = mvc.perform(post(report.statusPath() + "/sections/publication-date/propose")
                .with(csrf()).param("date", "2001-01-01").param("time", "09:00")).andReturn();
        // the reporter's browser follows the redirect with its session, which holds the refused form
        String shown = mvc.perform(get(report.statusPath()).cookie(refused.getResponse().getCookies())).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(shown).contains("must lie in the future", "value=\"2001-01-01\"");
    }

    @Test
    void aNewProposalAfterTheAgreementWithdrawsItAndTellsEveryone() throws Exception {
        agreeOn(next);
        assertThat(agreement()).isNotNull();
        int newsBefore = mailTo("publication-news").size();
        int reporterNewsBefore = mailTo("report-status-news").size();

        propose(coordinator, next.plusDays(7), "11:00");

        assertThat(agreement()).isNull();
        assertThat(jdbc.sql("select withdrawn_reason from publication_agreement a join psirt_case c on c.id = "
                + "a.case_id where c.reference = ?").param(report.trackingNumber()).query(String.class).list())
                .containsExactly("date changed");
        assertThat(events.stream(PublicationAgreementWithdrawn.class))
                .anyMatch(e -> e.reference().equals(report.trackingNumber()));
        assertThat(mailTo("publication-news").subList(newsBefore, mailTo("publication-news").size()))
                .containsExactly(handlerName + "@example.test");
        assertThat(mailTo("report-status-news")).hasSize(reporterNewsBefore + 1);
        // unencrypted news carries no date
        assertThat(jdbc.sql("select subject from outbox_message where category = 'publication-news' order by id "
                + "desc limit 1").query(String.class).single()).contains("見直し").doesNotContain(
                next.plusDays(7).toString());
    }

    @Test
    void someoneWhoIsNoPartyToTheCaseCannotProposeOrAccept() throws Exception {
        propose(handler, next, "10:00");
        long open = openProposal();
        // a developer of the case's division sees the negotiation but is no party to it
        long division = divisions.create("Negotiation division " + StaffFixtures.unique("d"));
        participants.addDivision(report.trackingNumber(), system, division);
        String developerName = StaffFixtures.unique("dev");
        divisions.addMember(division, StaffFixtures.create(jdbc, developerName, Role.DEVELOPER), developerName);
        Cookie developer = SignedIn.as(mvc, developerName);
        assertThat(mvc.perform(get(casePath()).cookie(developer)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains(next + " 10:00 JST")
                .doesNotContain("id=\"proposal-accept\"", "id=\"proposal-form\"");
        assertThat(accept(developer, open).getResponse().getStatus()).isEqualTo(404);
        assertThat(propose(developer, next.plusDays(1), "10:00").getResponse().getStatus()).isEqualTo(404);
        // a coordinator of another case sees nothing and does nothing
        String otherName = StaffFixtures.unique("other-coordinator");
        StaffFixtures.create(jdbc, otherName, Role.COORDINATOR);
        ReportFixtures.Submitted other = ReportFixtures.submit(mvc, jdbc, "other " + StaffFixtures.unique("t"), "en");
        participants.addCoordinator(other.trackingNumber(), system, otherName);
        Cookie outsider = SignedIn.as(mvc, otherName);
        mvc.perform(get(casePath()).cookie(outsider)).andExpect(status().isNotFound());
        assertThat(accept(outsider, open).getResponse().getStatus()).isEqualTo(404);
        assertThat(propose(outsider, next.plusDays(1), "10:00").getResponse().getStatus()).isEqualTo(404);
        // a section that does not exist, or a link that does not, is a missing page
        mvc.perform(post(report.statusPath() + "/sections/nothing/accept").with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(openProposal()).isEqualTo(open);
        assertThat(jdbc.sql("select count(*) from publication_proposal_acceptance where proposal_id = ?")
                .param(open).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theReminderGoesSevenDaysBeforeThePublicationOnceThenTwoDaysBefore() throws Exception {
        long division = divisions.create("Reminded division " + StaffFixtures.unique("d"));
        participants.addDivision(report.trackingNumber(), system, division);
        String developerName = StaffFixtures.unique("dev");
        divisions.addMember(division, StaffFixtures.create(jdbc, developerName, Role.DEVELOPER), developerName);
        agreeOn(next);
        Instant publishAt = agreement().publishAt();

        clock.moveTo(publishAt.minus(Duration.ofDays(8)));
        reminders.remind();
        assertThat(mailTo("publication-reminder")).isEmpty();

        clock.moveTo(publishAt.minus(Duration.ofDays(7)).plusSeconds(60));
        reminders.remind();
        reminders.remind();
        clock.advance(Duration.ofDays(1));
        reminders.remind();
        assertThat(mailTo("publication-reminder")).containsExactlyInAnyOrder(handlerName + "@example.test",
                developerName + "@example.test");

        clock.moveTo(publishAt.minus(Duration.ofDays(2)).plusSeconds(60));
        reminders.remind();
        reminders.remind();
        assertThat(mailTo("publication-reminder")).hasSize(4);
    }

    @Test
    void anAgreementRecordedByPsirtClosesTheOpenProposalAndTellsEveryParty() throws Exception {
        propose(coordinator, next, "15:00");
        long open = openProposal();
        int coordinatorNews = mailTo("publication-news").size();
        int reporterNews = mailTo("report-status-news").size();

        mvc.perform(post(casePath() + "/publication-agreement").with(csrf()).cookie(handler)
                        .param("date", next.plusDays(3).toString()).param("time", "10:00")
                        .param("coordinatorAgreed", "on").param("coordinatorName", "JPCERT/CC")
                        .param("coordinatorOn", LocalDate.now(DisplayTime.JST).toString()))
                .andExpect(status().is3xxRedirection());

        assertThat(agreement().publishAt()).isEqualTo(jst(next.plusDays(3), 10));
        assertThat(jdbc.sql("select outcome from publication_proposal where id = ?").param(open)
                .query(String.class).single()).isEqualTo("superseded");
        assertThat(mailTo("publication-news").subList(coordinatorNews, mailTo("publication-news").size()))
                .containsExactly(coordinatorName + "@example.test");
        assertThat(mailTo("report-status-news")).hasSize(reporterNews + 1);
        // the coordinator can no longer accept the overtaken proposal
        accept(coordinator, open);
        assertThat(agreement().publishAt()).isEqualTo(jst(next.plusDays(3), 10));

        mvc.perform(post(casePath() + "/publication-agreement/withdraw").with(csrf()).cookie(handler)
                .param("reason", "the fix slipped")).andExpect(status().is3xxRedirection());
        assertThat(agreement()).isNull();
        assertThat(mailTo("publication-news")).hasSize(coordinatorNews + 2);
        assertThat(mailTo("report-status-news")).hasSize(reporterNews + 2);
    }

    @Test
    void noReminderGoesWhileTheAdvisoryIsApprovedAndAnEditWithdrawingTheApprovalBringsItBack() throws Exception {
        agreeOn(next);
        Instant publishAt = agreement().publishAt();
        mvc.perform(post(casePath() + "/vulnerabilities").with(csrf()).cookie(handler).param("titleEn", "Crash")
                .param("cvssV3", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H"))
                .andExpect(status().is3xxRedirection());
        String location = mvc.perform(post(casePath() + "/advisories").with(csrf()).cookie(handler))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String advisory = location.substring(location.lastIndexOf('/') + 1);
        // the outcome of a second PSIRT member's approval (complete texts, valid CSAF: the advisories tests pin those)
        jdbc.sql("update advisory set approved_edition = edition, approved_by = 'reviewer', approved_at = now() "
                + "where id = ?").param(advisory).update();

        clock.moveTo(publishAt.minus(Duration.ofDays(7)).plusSeconds(60));
        reminders.remind();
        assertThat(mailTo("publication-reminder")).isEmpty();

        mvc.perform(post("/desk/advisories/" + advisory + "/texts/overview").with(csrf()).cookie(handler)
                .param("ja", "概要").param("en", "Overview")).andExpect(status().is3xxRedirection());
        clock.moveTo(publishAt.minus(Duration.ofDays(5)));
        reminders.remind();
        assertThat(mailTo("publication-reminder")).containsExactly(handlerName + "@example.test");
    }

    @Test
    void aVulnerabilityFoundAfterTheApprovalAndInNoAdvisoryStillBringsTheReminder() throws Exception {
        agreeOn(next);
        Instant publishAt = agreement().publishAt();
        mvc.perform(post(casePath() + "/vulnerabilities").with(csrf()).cookie(handler).param("titleEn", "Crash")
                .param("cvssV3", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H"))
                .andExpect(status().is3xxRedirection());
        String location = mvc.perform(post(casePath() + "/advisories").with(csrf()).cookie(handler))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        jdbc.sql("update advisory set approved_edition = edition, approved_by = 'reviewer', approved_at = now() "
                + "where id = ?").param(location.substring(location.lastIndexOf('/') + 1)).update();
        mvc.perform(post(casePath() + "/vulnerabilities").with(csrf()).cookie(handler).param("titleEn", "Leak")
                .param("cvssV3", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N"))
                .andExpect(status().is3xxRedirection());

        clock.moveTo(publishAt.minus(Duration.ofDays(7)).plusSeconds(60));
        reminders.remind();
        assertThat(mailTo("publication-reminder")).containsExactly(handlerName + "@example.test");
    }
}
