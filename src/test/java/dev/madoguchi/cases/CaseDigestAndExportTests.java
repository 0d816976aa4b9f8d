package dev.madoguchi.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.madoguchi.mail.Outbox;
import dev.madoguchi.mail.QueuedMail;
import dev.madoguchi.shared.Language;
import dev.madoguchi.shared.Role;
import dev.madoguchi.testing.ReportFixtures;
import dev.madoguchi.testing.SignedIn;
import dev.madoguchi.testing.StaffFixtures;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class CaseDigestAndExportTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseDigest digest;
    @Autowired
    Outbox outbox;

    @Test
    void theMorningDigestNamesOverdueCasesByReferenceOnly() throws Exception {
        String handler = StaffFixtures.unique("handler");
        long id = StaffFixtures.create(jdbc, handler, Role.PSIRT);
        ReportFixtures.Submitted r = ReportFixtures.submit(mvc, jdbc, "Secret overflow title", "en");
        jdbc.sql("update psirt_case set acknowledge_by = now() - interval '1 day' where reference = ?")
                .param(r.trackingNumber()).update();
        assertThat(digest.send()).isPositive();
        List<QueuedMail> mails = outbox.about("staff", Long.toString(id));
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.category()).isEqualTo("case-digest");
            assertThat(mail.body()).contains(r.trackingNumber(), "期限超過").doesNotContain("Secret overflow title");
        });
    }

    @Test
    void theDigestIsWrittenInTheHandlersLanguage() throws Exception {
        String handler = StaffFixtures.unique("handler");
        long id = StaffFixtures.create(jdbc, handler, Role.PSIRT);
        jdbc.sql("update staff_user set language = 'en' where id = ?").param(id).update();
        ReportFixtures.Submitted r = ReportFixtures.submit(mvc, jdbc, "Overflow", "en");
        jdbc.sql("update psirt_case set acknowledge_by = now() - interval '1 day' where reference = ?")
                .param(r.trackingNumber()).update();
        digest.send();
        assertThat(outbox.about("staff", Long.toString(id))).singleElement().satisfies(mail -> {
            assertThat(mail.language()).isEqualTo(Language.EN.tag());
            assertThat(mail.body()).contains(r.trackingNumber(), "overdue").doesNotContain("期限超過");
        });
    }

    @Test
    void theExportHoldsExactlyTheVisibleCasesAndNeutralisesFormulas() throws Exception {
        ReportFixtures.Submitted r = ReportFixtures.submit(mvc, jdbc, "=HYPERLINK(1)", "en");
        String psirt = StaffFixtures.unique("psirt");
        StaffFixtures.create(jdbc, psirt, Role.PSIRT);
        Cookie session = SignedIn.as(mvc, psirt);
        byte[] csv = mvc.perform(get("/cases/export.csv").cookie(session)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFreference,").contains(r.trackingNumber()).contains("\"'=HYPERLINK(1)\"");
        mvc.perform(get("/cases/export.json").cookie(session)).andExpect(status().isOk())
                .andExpect(r2 -> assertThat(r2.getResponse().getContentAsString()).contains(r.trackingNumber()));

        String developer = StaffFixtures.unique("developer");
        StaffFixtures.create(jdbc, developer, Role.DEVELOPER);
        Cookie devSession = SignedIn.as(mvc, developer);
        assertThat(mvc.perform(get("/cases/export.csv").param("state", "all").cookie(devSession)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain(r.trackingNumber());
        assertThat(mvc.perform(get("/cases/export.json").param("state", "all").cookie(devSession)).andReturn()
                .getResponse().getContentAsString()).isEqualTo("[]");
    }
}
