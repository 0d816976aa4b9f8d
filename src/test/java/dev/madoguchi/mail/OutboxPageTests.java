package dev.madoguchi.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.madoguchi.shared.Language;
import dev.madoguchi.shared.Role;
import dev.madoguchi.testing.SignedIn;
import dev.madoguchi.testing.StaffFixtures;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 10: staff can see the outbox and its failures (ADMIN and PSIRT; others get the answer of a missing page), but
 * never the bodies, and send a failed message again.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SmtpServerUnderTest.Time.class)
class OutboxPageTests extends SmtpServerUnderTest {

    private static final String PRIVATE_LINK = "https://psirt.example/status/secret-token-42";

    @Autowired
    MockMvc mvc;

    /** A message that failed for good, whose body holds a private link. */
    private long failedMessage() {
        smtp.stop();
        long id = queue("reporter@example.jp", Language.JA, "[MDG-2026-0009] お知らせ", "Link: " + PRIVATE_LINK, "p1");
        sender.sendDue();
        jdbc.sql("update outbox_message set status = 'failed' where id = ?").param(id).update();
        startSmtp();
        return id;
    }

    private Cookie signedIn(Role role) throws Exception {
        String name = StaffFixtures.unique(role.name().toLowerCase());
        StaffFixtures.create(jdbc, name, role);
        return SignedIn.as(mvc, name);
    }

    @Test
    void psirtSeesAFailureWithItsErrorButNeverTheBody() throws Exception {
        long id = failedMessage();
        String lastError = jdbc.sql("select last_error from outbox_message where id = ?").param(id)
                .query(String.class).single();

        String page = mvc.perform(get("/admin/outbox").param("status", "failed").cookie(signedIn(Role.PSIRT)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("message-" + id, "reporter@example.jp", "[MDG-2026-0009] お知らせ", "report-news",
                lastError.substring(0, 20), "/admin/outbox/" + id + "/retry");
        assertThat(page).doesNotContain("secret-token-42");
    }

    @Test
    void theFailedFilterLeavesOutSentMessages() throws Exception {
        long failed = failedMessage();
        long sent = queue("other@example.jp", Language.EN, "sent one", "x", "p2");
        sender.sendDue();
        assertThat(statusOf(sent)).isEqualTo("sent");

        String page = mvc.perform(get("/admin/outbox").param("status", "failed").cookie(signedIn(Role.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("message-" + failed).doesNotContain("message-" + sent);
    }

    @Test
    void theOutboxIsNotFoundForADeveloper() throws Exception {
        long id = failedMessage();
        Cookie developer = signedIn(Role.DEVELOPER);

        mvc.perform(get("/admin/outbox").cookie(developer)).andExpect(status().isNotFound());
        mvc.perform(post("/admin/outbox/" + id + "/retry").with(csrf()).cookie(developer))
                .andExpect(status().isNotFound());
        assertThat(statusOf(id)).isEqualTo("failed");
    }

    @Test
    void retryNowQueuesAFailedMessageAgainIsAuditedAndItIsSentOnce() throws Exception {
        long id = failedMessage();

        mvc.perform(post("/admin/outbox/" + id + "/retry").with(csrf()).cookie(signedIn(Role.PSIRT)))
                .andExpect(status().is3xxRedirection());

        assertThat(statusOf(id)).isEqualTo("queued");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'mail.retry-requested' and object_id = ?")
                .param(Long.toString(id)).query(Integer.class).single()).isEqualTo(1);
        sender.sendDue();
        sender.sendDue();
        assertThat(received()).hasSize(1);
        assertThat(statusOf(id)).isEqualTo("sent");
    }

    @Test
    void retryNowNeedsTheCsrfToken() throws Exception {
        long id = failedMessage();

        int answer = mvc.perform(post("/admin/outbox/" + id + "/retry").cookie(signedIn(Role.PSIRT)))
                .andReturn().getResponse().getStatus();

        assertThat(answer).isGreaterThanOrEqualTo(400);
        assertThat(statusOf(id)).isEqualTo("failed");
    }

    @Test
    void retryNowRefusesAMessageThatWasSent() throws Exception {
        long id = queue("other@example.jp", Language.EN, "sent one", "x", "p3");
        sender.sendDue();

        mvc.perform(post("/admin/outbox/" + id + "/retry").with(csrf()).cookie(signedIn(Role.ADMIN)))
                .andExpect(status().isNotFound());
        assertThat(statusOf(id)).isEqualTo("sent");
        assertThat(received()).hasSize(1);
    }
}
