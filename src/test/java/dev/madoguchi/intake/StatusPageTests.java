package dev.madoguchi.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import dev.madoguchi.intake.IntakeFixtures.Submitted;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class StatusPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theStatusPageShowsTheReportItsStateAndTheReplyDeadlinePrivately() throws Exception {
        Submitted report = IntakeFixtures.submit(mvc);
        mvc.perform(get(report.statusPath()))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Robots-Tag", "noindex, nofollow"))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
        assertThat(page(report.statusPath())).contains(report.trackingNumber(), "Stored XSS in the web console",
                "Received. PSIRT will reply to you by the date shown.", "Reply expected by");
    }

    @Test
    void onlyTheSha256OfTheTokenIsStoredAndItsValueIsNotInTheDatabase() throws Exception {
        Submitted report = IntakeFixtures.submit(mvc);
        assertThat(report.token()).hasSize(43);
        assertThat(jdbc.sql("select count(*) from report_status_link where token_hash = ?")
                .param(StatusLinks.hash(report.token())).query(Long.class).single()).isOne();
        String dump = String.join("\n", jdbc.sql("select r::text from report r").query(String.class).list())
                + String.join("\n", jdbc.sql("select l::text from report_status_link l").query(String.class).list())
                + String.join("\n", jdbc.sql("select encode(body_sealed, 'escape') from outbox_message")
                        .query(String.class).list());
        assertThat(dump).doesNotContain(report.token());
    }

    @Test
    void aWrongMalformedOrRevokedTokenGetsTheSame404AsAnyUnknownPage() throws Exception {
        Submitted report = IntakeFixtures.submit(mvc);
        String other = report.token().substring(0, 42) + (report.token().endsWith("A") ? "B" : "A");
        mvc.perform(get("/r/" + other)).andExpect(status().isNotFound());
        mvc.perform(get("/r/short")).andExpect(status().isNotFound());
        mvc.perform(get("/r/" + report.token() + "'--")).andExpect(status().isNotFound());
        jdbc.sql("update report_status_link set revoked_at = now() where token_hash = ?")
                .param(StatusLinks.hash(report.token())).update();
        mvc.perform(get(report.statusPath())).andExpect(status().isNotFound());
        mvc.perform(post(report.statusPath() + "/withdraw").with(csrf()).param("confirm", "true"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theReporterWritesToPsirtWithAFileAndSeesTheMessage() throws Exception {
        Submitted report = IntakeFixtures.submit(mvc);
        mvc.perform(multipart(report.statusPath() + "/messages")
                        .file(new MockMultipartFile("files", "more.txt", "text/plain", "more detail".getBytes()))
                        .param("body", "Here is a second trace.").with(csrf()))
                .andExpect(redirectedUrl(report.statusPath() + "#conversation"));
        String page = page(report.statusPath());
        assertThat(page).contains("Here is a second trace.", "more.txt");
        assertThat(jdbc.sql("select actor from audit_event where action = 'report.message-from-reporter'")
                .query(String.class).list()).contains("reporter:" + report.trackingNumber());
    }

    @Test
    void anEmptyMessageIsRefusedAndWhatWasTypedStays() throws Exception {
        Submitted report = IntakeFixtures.submit(mvc);
        String page = mvc.perform(multipart(report.statusPath() + "/messages")
                        .file(new MockMultipartFile("files", "keep-me.txt", "text/plain", "x".getBytes()))
                        .param("body", "   ").with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("This field is required.", "Please choose these files again:", "keep-me.txt");
    }

    @Test
    void theReporterChangesTheCreditAndWithdrawsTheReportAfterWhichNoNameCanBeGiven() throws Exception {
        Submitted report = IntakeFixtures.submit(mvc);
        mvc.perform(post(report.statusPath() + "/credit").with(csrf()).param("wanted", "true").param("name", "H. Y."))
                .andExpect(redirectedUrl(report.statusPath()));
        assertThat(jdbc.sql("select credit_name from report where tracking_number = ?").param(report.trackingNumber())
                .query(String.class).single()).isEqualTo("H. Y.");
        mvc.perform(post(report.statusPath() + "/credit").with(csrf()).param("name", "ignored"))
                .andExpect(redirectedUrl(report.statusPath()));
        assertThat(jdbc.sql("select credit_wanted from report where tracking_number = ?")
                .param(report.trackingNumber()).query(Boolean.class).single()).isFalse();

        mvc.perform(post(report.statusPath() + "/withdraw").with(csrf()))
                .andExpect(status().isOk());
        assertThat(page(report.statusPath())).contains("Received.");
        mvc.perform(post(report.statusPath() + "/withdraw").with(csrf()).param("confirm", "true"))
                .andExpect(redirectedUrl(report.statusPath()));
        assertThat(page(report.statusPath())).contains("You withdrew this report.").doesNotContain("Write to PSIRT");
        mvc.perform(post(report.statusPath() + "/credit").with(csrf()).param("wanted", "true").param("name", "Late"))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select credit_wanted from report where tracking_number = ?")
                .param(report.trackingNumber()).query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("select action from audit_event where actor = ? and action like 'report.%' order by id")
                .param("reporter:" + report.trackingNumber()).query(String.class).list())
                .containsExactly("report.credit-changed", "report.credit-changed", "report.withdrawn");
    }

    @Test
    void theTokenOpensOnlyItsOwnReportsFiles() throws Exception {
        Submitted mine = IntakeFixtures.submit(mvc, ReportSamples.formFields(),
                new MockMultipartFile("files", "mine.txt", "text/plain", "mine".getBytes()));
        Submitted theirs = IntakeFixtures.submit(mvc, ReportSamples.formFields(),
                new MockMultipartFile("files", "theirs.txt", "text/plain", "theirs".getBytes()));
        long mineFile = attachmentOf(mine);
        long theirFile = attachmentOf(theirs);
        mvc.perform(get(mine.statusPath() + "/files/" + mineFile))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/octet-stream"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")));
        mvc.perform(get(mine.statusPath() + "/files/" + theirFile)).andExpect(status().isNotFound());
    }

    private long attachmentOf(Submitted report) {
        return jdbc.sql("select ra.attachment_id from report_attachment ra join report r on r.id = ra.report_id "
                + "where r.tracking_number = ?").param(report.trackingNumber()).query(Long.class).single();
    }
}
