package dev.madoguchi.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.madoguchi.intake.IntakeFixtures.Submitted;
import dev.madoguchi.mail.Outbox;
import dev.madoguchi.mail.QueuedMail;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class LostLinkTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Outbox outbox;

    private String ask(String email, String tracking, String address) throws Exception {
        return mvc.perform(post("/report/lost-link").with(csrf()).param("email", email).param("trackingNumber", tracking)
                        .with(r -> {
                            r.setRemoteAddr(address);
                            return r;
                        }))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long reportId(Submitted report) {
        return jdbc.sql("select id from report where tracking_number = ?").param(report.trackingNumber())
                .query(Long.class).single();
    }

    @Test
    void theAnswerIsTheSameWhetherOrNotThePairExists() throws Exception {
        Submitted report = IntakeFixtures.submit(mvc);
        String matching = ask("HANAKO@example.jp", report.trackingNumber(), "192.0.2.10");
        String wrongEmail = ask("someone@example.jp", report.trackingNumber(), "192.0.2.11");
        String unknown = ask("hanako@example.jp", "MDG-1999-9999", "192.0.2.12");
        String strip = "name=\"_csrf\" value=\"[^\"]*\"";
        assertThat(matching.replaceAll(strip, "")).isEqualTo(wrongEmail.replaceAll(strip, ""))
                .isEqualTo(unknown.replaceAll(strip, ""))
                .contains("If the e-mail address and tracking number match a report");
    }

    @Test
    void aMatchSendsANewLinkAndTheOldOneStopsWorking() throws Exception {
        Submitted report = IntakeFixtures.submit(mvc);
        ask("hanako@example.jp", report.trackingNumber(), "192.0.2.20");
        mvc.perform(get(report.statusPath())).andExpect(status().isNotFound());
        List<QueuedMail> mails = outbox.about("report", Long.toString(reportId(report)));
        assertThat(mails).extracting(QueuedMail::category).containsExactly("report-confirmation", "report-status-link");
        String newLink = mails.get(1).body().lines().filter(l -> l.contains("/r/")).findFirst().orElseThrow();
        mvc.perform(get(newLink.replaceFirst("^https?://[^/]+", "").strip())).andExpect(status().isOk());
    }

    @Test
    void aMismatchSendsNothingAndChangesNothing() throws Exception {
        Submitted report = IntakeFixtures.submit(mvc);
        ask("other@example.jp", report.trackingNumber(), "192.0.2.30");
        mvc.perform(get(report.statusPath())).andExpect(status().isOk());
        assertThat(outbox.about("report", Long.toString(reportId(report)))).hasSize(1);
    }

    @Test
    void requestsAreLimitedPerAddressSoPairsCannotBeGuessed() throws Exception {
        for (int i = 0; i < 10; i++) {
            ask("a" + i + "@example.jp", "MDG-2026-" + i, "192.0.2.40");
        }
        mvc.perform(post("/report/lost-link").with(csrf()).param("email", "x@example.jp").param("trackingNumber", "x")
                        .with(r -> {
                            r.setRemoteAddr("192.0.2.40");
                            return r;
                        }))
                .andExpect(status().isTooManyRequests());
    }
}
