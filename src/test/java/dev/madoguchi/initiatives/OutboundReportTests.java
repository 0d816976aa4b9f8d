package dev.madoguchi.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import dev.madoguchi.shared.Role;
import dev.madoguchi.testing.MovableClock;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Outbound reports (issue 10, notification initiatives): PSIRT records, sends and follows them up. */
@SpringBootTest
@AutoConfigureMockMvc
class OutboundReportTests {

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Instant.parse("2026-11-20T01:00:00Z"));
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Initiatives initiatives;
    @Autowired
    MovableClock clock;

    Cookie psirt;
    String psirtName;

    @BeforeEach
    void aPsirtHandler() throws Exception {
        psirtName = StaffFixtures.unique("psirt");
        StaffFixtures.create(jdbc, psirtName, Role.PSIRT);
        psirt = SignedIn.as(mvc, psirtName);
    }

    private long create(String title) throws Exception {
        MvcResult created = mvc.perform(post("/initiatives").with(csrf()).cookie(psirt).param("title", title)
                        .param("channel", "jpcert").param("recipient", "Example Router Co.")
                        .param("summary", "Stack overflow in the web UI").param("product", "XR-100")
                        .param("versions", "1.0 to 1.4").param("finder", psirtName))
                .andExpect(status().is3xxRedirection()).andReturn();
        String detail = created.getResponse().getRedirectedUrl();
        // following the redirect takes the "saved" notice out of the session, as a browser would
        assertThat(page(detail, created, Locale.ENGLISH)).contains(title, "The outbound report was saved.");
        return Long.parseLong(detail.replaceAll(".*/", ""));
    }

    private MvcResult move(long id, String to) throws Exception {
        return mvc.perform(post("/initiatives/" + id + "/state").with(csrf()).cookie(psirt).param("to", to)
                .locale(Locale.ENGLISH)).andExpect(status().is3xxRedirection()).andReturn();
    }

    private String page(String path, MvcResult after, Locale locale) throws Exception {
        var request = get(path).cookie(psirt).locale(locale);
        if (after != null) {
            request = request.flashAttrs(after.getFlashMap());
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void sendingSetsTheReplyByDateSkippingTheWeekendAndHolidayAndEachActIsAudited() throws Exception {
        clock.moveTo(Instant.parse("2026-11-20T01:00:00Z")); // Friday 10:00 JST; Monday 23 is a national holiday
        long id = create(StaffFixtures.unique("Router overflow"));
        move(id, "sent");
        OutboundReport sent = initiatives.get(id);
        assertThat(sent.state()).isEqualTo(InitiativeState.SENT);
        // Tue 24, Wed 25, Thu 26, Fri 27, Mon 30: the weekend and Labour Thanksgiving Day are not counted
        assertThat(sent.replyBy()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(sent.disclosureTarget()).isEqualTo(LocalDate.of(2027, 2, 18));

        mvc.perform(post("/initiatives/" + id + "/notes").with(csrf()).cookie(psirt).param("notedOn", "2026-11-24")
                .param("note", "JPCERT/CC assigned VU#12345678")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/initiatives/" + id + "/state").with(csrf()).cookie(psirt).param("to", "resolved")
                .param("outcome", "Fixed in 1.5")).andExpect(status().is3xxRedirection());

        assertThat(initiatives.get(id).state()).isEqualTo(InitiativeState.RESOLVED);
        assertThat(initiatives.get(id).outcome()).isEqualTo("Fixed in 1.5");
        assertThat(initiatives.notes(id)).extracting(ReplyNote::note).containsExactly("JPCERT/CC assigned VU#12345678");
        assertThat(page("/initiatives/" + id, null, Locale.ENGLISH)).contains("VU#12345678", "2026-11-30", "Resolved");
        assertThat(jdbc.sql("select action from audit_event where object_type = 'outbound-report' and object_id = ? "
                + "order by id").param(String.valueOf(id)).query(String.class).list())
                .containsExactly("initiative.created", "initiative.sent", "initiative.noted", "initiative.resolved");
    }

    @Test
    void aDraftCannotBeResolvedAndTheReasonIsGivenInTheUsersLanguage() throws Exception {
        long id = create(StaffFixtures.unique("Draft"));
        MvcResult refused = move(id, "resolved");
        assertThat(initiatives.get(id).state()).isEqualTo(InitiativeState.DRAFT);
        assertThat(page("/initiatives/" + id, refused, Locale.ENGLISH))
                .contains("A draft can only be sent or withdrawn, not moved to &#39;resolved&#39;.");
    }

    @Test
    void aRefusedFormKeepsWhatWasTyped() throws Exception {
        MvcResult refused = mvc.perform(post("/initiatives").with(csrf()).cookie(psirt).locale(Locale.JAPANESE)
                        .param("title", "共通ライブラリの脆弱性").param("channel", "vendor").param("recipient", "")
                        .param("summary", "整数オーバーフロー").param("finder", psirtName))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(page("/initiatives/new", refused, Locale.JAPANESE))
                .contains("件名、届出先、概要、発見者を入力してください。", "共通ライブラリの脆弱性", "整数オーバーフロー");
    }

    @Test
    void aFinderWhoIsNotOnTheStaffIsRefused() throws Exception {
        String title = StaffFixtures.unique("Nobody found it");
        MvcResult refused = mvc.perform(post("/initiatives").with(csrf()).cookie(psirt).locale(Locale.ENGLISH)
                        .param("title", title).param("channel", "ipa").param("recipient", "IPA")
                        .param("summary", "Path traversal").param("finder", "no-such-person"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(page("/initiatives/new", refused, Locale.ENGLISH))
                .contains("There is no staff account &#39;no-such-person&#39;.", title);
        assertThat(initiatives.queue()).extracting(OutboundReport::title).doesNotContain(title);
    }

    @Test
    void theDisclosureTargetIsEditedAndABadDateIsRefusedWithTheTypedValuesKept() throws Exception {
        long id = create(StaffFixtures.unique("Editable"));
        MvcResult refused = mvc.perform(post("/initiatives/" + id).with(csrf()).cookie(psirt).locale(Locale.JAPANESE)
                        .param("title", "改題").param("channel", "vendor").param("recipient", "Example Router Co.")
                        .param("summary", "概要").param("finder", psirtName).param("disclosureTarget", "来年の春"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(page("/initiatives/" + id + "/edit", refused, Locale.JAPANESE))
                .contains("「来年の春」は日付ではありません。", "改題", "来年の春");
        mvc.perform(post("/initiatives/" + id).with(csrf()).cookie(psirt).param("title", "改題")
                        .param("channel", "vendor").param("recipient", "Example Router Co.").param("summary", "概要")
                        .param("finder", psirtName).param("disclosureTarget", "2027-03-31"))
                .andExpect(status().is3xxRedirection());
        move(id, "sent");
        // a target typed before sending is kept rather than replaced by the 90-day default
        assertThat(initiatives.get(id).disclosureTarget()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(initiatives.get(id).title()).isEqualTo("改題");
    }

    @Test
    void theQueueShowsTheNearestDeadlineFirstAndMarksOverdueOnes() throws Exception {
        clock.moveTo(Instant.parse("2026-11-10T01:00:00Z"));
        String late = StaffFixtures.unique("Late");
        move(create(late), "sent"); // reply by 2026-11-17
        clock.moveTo(Instant.parse("2026-11-20T01:00:00Z"));
        String fresh = StaffFixtures.unique("Fresh");
        move(create(fresh), "sent"); // reply by 2026-11-30
        clock.moveTo(Instant.parse("2026-11-25T01:00:00Z"));

        String queue = page("/initiatives", null, Locale.ENGLISH);
        int lateAt = queue.indexOf(late);
        int freshAt = queue.indexOf(fresh);
        assertThat(lateAt).isPositive().isLessThan(freshAt);
        assertThat(queue.substring(lateAt, freshAt)).contains("2026-11-17", "Overdue");
        assertThat(queue.substring(freshAt, queue.indexOf("</tr>", freshAt))).contains("2026-11-30")
                .doesNotContain("Overdue");
    }

    @Test
    void developersAndCoordinatorsGetNotFoundOnEveryRoute() throws Exception {
        long id = create(StaffFixtures.unique("Hidden"));
        for (Role role : new Role[] {Role.DEVELOPER, Role.COORDINATOR}) {
            String name = StaffFixtures.unique(role.name().toLowerCase(Locale.ROOT));
            StaffFixtures.create(jdbc, name, role);
            Cookie other = SignedIn.as(mvc, name);
            for (String path : new String[] {"/initiatives", "/initiatives/new", "/initiatives/" + id,
                    "/initiatives/" + id + "/edit"}) {
                mvc.perform(get(path).cookie(other)).andExpect(status().isNotFound());
            }
            for (String path : new String[] {"/initiatives", "/initiatives/" + id, "/initiatives/" + id + "/state",
                    "/initiatives/" + id + "/notes"}) {
                mvc.perform(post(path).with(csrf()).cookie(other).param("to", "withdrawn").param("note", "x")
                        .param("title", "x")).andExpect(status().isNotFound());
            }
        }
        assertThat(initiatives.get(id).state()).isEqualTo(InitiativeState.DRAFT);
        assertThat(initiatives.notes(id)).isEmpty();
    }
}
