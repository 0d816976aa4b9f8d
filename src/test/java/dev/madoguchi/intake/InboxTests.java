package dev.madoguchi.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.madoguchi.intake.IntakeFixtures.Submitted;
import dev.madoguchi.shared.Role;
import dev.madoguchi.testing.SignedIn;
import dev.madoguchi.testing.StaffFixtures;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class InboxTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private Cookie staff(Role role) throws Exception {
        String name = StaffFixtures.unique(role.name().toLowerCase());
        StaffFixtures.create(jdbc, name, role);
        return SignedIn.as(mvc, name);
    }

    private long attachmentOf(Submitted report) {
        return jdbc.sql("select ra.attachment_id from report_attachment ra join report r on r.id = ra.report_id "
                + "where r.tracking_number = ?").param(report.trackingNumber()).query(Long.class).single();
    }

    @Test
    void psirtSeesNewReportsNewestFirstWithTheirReplyDeadline() throws Exception {
        Submitted older = IntakeFixtures.submit(mvc);
        Submitted newer = IntakeFixtures.submit(mvc);
        String page = mvc.perform(get("/desk/reports").cookie(staff(Role.PSIRT))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page.indexOf(newer.trackingNumber())).isLessThan(page.indexOf(older.trackingNumber()))
                .isPositive();
        assertThat(page).contains("Reply by");
    }

    @Test
    void viewingAReportAndDownloadingItsFilesAreAudited() throws Exception {
        Submitted report = IntakeFixtures.submit(mvc, ReportSamples.formFields(),
                new MockMultipartFile("files", "exploit.py", "text/x-python", "print('pwn')".getBytes()));
        String name = StaffFixtures.unique("handler");
        StaffFixtures.create(jdbc, name, Role.PSIRT);
        Cookie session = SignedIn.as(mvc, name);
        String page = mvc.perform(get("/desk/reports/" + report.trackingNumber()).cookie(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("hanako@example.jp", "exploit.py", "Hanako Yamada (Example Lab)");
        long file = attachmentOf(report);
        byte[] bytes = mvc.perform(get("/desk/reports/" + report.trackingNumber() + "/files/" + file).cookie(session))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/octet-stream"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("print('pwn')");
        List<String> audit = jdbc.sql("select action from audit_event where actor = ? order by id").param(name)
                .query(String.class).list();
        assertThat(audit).containsSubsequence("report.viewed", "report.attachment-downloaded");
    }

    @Test
    void developersAndCoordinatorsSeeNoReportsTheyDidNotSubmit() throws Exception {
        Submitted report = IntakeFixtures.submit(mvc, ReportSamples.formFields(),
                new MockMultipartFile("files", "a.txt", "text/plain", "a".getBytes()));
        long file = attachmentOf(report);
        for (Role role : List.of(Role.DEVELOPER, Role.COORDINATOR)) {
            Cookie session = staff(role);
            mvc.perform(get("/desk/reports").cookie(session)).andExpect(status().isNotFound());
            mvc.perform(get("/desk/reports/" + report.trackingNumber()).cookie(session)).andExpect(status().isNotFound());
            mvc.perform(get("/desk/reports/" + report.trackingNumber() + "/files/" + file).cookie(session))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/desk/reports/" + report.trackingNumber())).andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void aFileOfAnotherReportIsNotReachableThroughThisReportsAddress() throws Exception {
        Submitted one = IntakeFixtures.submit(mvc, ReportSamples.formFields(),
                new MockMultipartFile("files", "one.txt", "text/plain", "1".getBytes()));
        Submitted two = IntakeFixtures.submit(mvc, ReportSamples.formFields(),
                new MockMultipartFile("files", "two.txt", "text/plain", "2".getBytes()));
        mvc.perform(get("/desk/reports/" + one.trackingNumber() + "/files/" + attachmentOf(two)).cookie(staff(Role.PSIRT)))
                .andExpect(status().isNotFound());
    }
}
