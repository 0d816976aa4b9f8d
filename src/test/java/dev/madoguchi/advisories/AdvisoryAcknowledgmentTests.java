package dev.madoguchi.advisories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import dev.madoguchi.shared.DisplayTime;
import dev.madoguchi.testing.ReportFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Who an advisory thanks (Mitsubishi Electric policy: credit with consent, the first reporter for duplicates), seen in
 * the preview, which renders exactly what publication will store.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AdvisoryAcknowledgmentTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private ReadyAdvisory ready(String title) throws Exception {
        return ReadyAdvisory.prepare(mvc, jdbc, title, LocalDateTime.now(DisplayTime.JST).plusDays(2).withHour(10)
                .withMinute(0));
    }

    private String preview(ReadyAdvisory a) throws Exception {
        return mvc.perform(get("/desk/advisories/" + a.id() + "/preview/en").cookie(a.author()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long caseOf(String reference) {
        return jdbc.sql("select id from psirt_case where reference = ?").param(reference).query(Long.class).single();
    }

    @Test
    void aReporterWhoConsentedIsThankedUnderTheNameTheyChose() throws Exception {
        ReadyAdvisory a = ready("Consenting finder");
        assertThat(preview(a)).contains("Credit Consenting finder");
    }

    @Test
    void aReporterWhoDidNotConsentIsNotThanked() throws Exception {
        ReadyAdvisory a = ready("Quiet finder");
        jdbc.sql("""
                update report set credit_wanted = false where id in (select report_id from case_report
                where case_id = ?)""").param(caseOf(a.reference())).update();
        assertThat(preview(a)).doesNotContain("Credit Quiet finder");
    }

    @Test
    void forDuplicatesOnlyTheFirstReporterIsThanked() throws Exception {
        ReadyAdvisory a = ready("First finder");
        String duplicate = ReportFixtures.submit(mvc, jdbc, "Second finder", "en").trackingNumber();
        // the duplicate's report joins the original case, as marking a case duplicate does
        jdbc.sql("update case_report set case_id = ? where case_id = ?").params(caseOf(a.reference()),
                caseOf(duplicate)).update();
        assertThat(preview(a)).contains("Credit First finder").doesNotContain("Credit Second finder");
    }

    @Test
    void othersAreThankedOnlyWithTheirConsentRecorded() throws Exception {
        ReadyAdvisory a = ready("Coordinated finder");
        MvcResult refused = mvc.perform(post("/desk/advisories/" + a.id() + "/acknowledgments").cookie(a.author())
                .with(csrf()).param("nameJa", "JPCERT/CC").param("nameEn", "JPCERT/CC").param("consent", " "))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(refused.getFlashMap().get("problemTexts").toString()).contains("consent");
        assertThat(refused.getFlashMap().get("ackNameEn")).as("what was typed is kept").isEqualTo("JPCERT/CC");
        assertThat(preview(a)).doesNotContain("JPCERT/CC</li>");
        mvc.perform(post("/desk/advisories/" + a.id() + "/acknowledgments").cookie(a.author()).with(csrf())
                .param("nameJa", "JPCERT/CC").param("nameEn", "JPCERT/CC")
                .param("consent", "e-mail from JPCERT/CC on 2026-11-20")).andExpect(status().is3xxRedirection());
        assertThat(preview(a)).contains("<li>JPCERT/CC</li>");
    }

    @Test
    void referencesAreOnlyWebAddresses() throws Exception {
        ReadyAdvisory a = ready("Referenced relay");
        mvc.perform(post("/desk/advisories/" + a.id() + "/references").cookie(a.author()).with(csrf())
                .param("source", "JVN").param("identifier", "JVNVU#12345678")
                .param("url", "javascript:alert(1)")).andExpect(status().is3xxRedirection());
        assertThat(preview(a)).doesNotContain("javascript:");
        mvc.perform(post("/desk/advisories/" + a.id() + "/references").cookie(a.author()).with(csrf())
                .param("source", "JVN").param("identifier", "JVNVU#12345678")
                .param("url", "https://jvn.jp/vu/JVNVU12345678/")).andExpect(status().is3xxRedirection());
        assertThat(preview(a)).contains("JVNVU#12345678", "https://jvn.jp/vu/JVNVU12345678/");
    }
}
