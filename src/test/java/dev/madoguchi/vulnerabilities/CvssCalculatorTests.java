package dev.madoguchi.vulnerabilities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import dev.madoguchi.shared.Role;
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
class CvssCalculatorTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private Cookie developer() throws Exception {
        String name = StaffFixtures.unique("dev");
        StaffFixtures.create(jdbc, name, Role.DEVELOPER);
        return SignedIn.as(mvc, name);
    }

    @Test
    void theEditorOffersEachBaseMetricInJapaneseAndScoresTheChosenVector() throws Exception {
        Cookie who = developer();
        String page = mvc.perform(get("/cvss").cookie(who).header("Accept-Language", "ja")
                        .param("vector", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("攻撃元区分 (AV)", "ネットワーク (N)", "9.8 CRITICAL",
                "value=\"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\"");
        String fragment = mvc.perform(get("/cvss/result").cookie(who).param("version", "4.0").param("AV", "N")
                        .param("AC", "L").param("AT", "N").param("PR", "N").param("UI", "N").param("VC", "H")
                        .param("VI", "H").param("VA", "H").param("SC", "N").param("SI", "N").param("SA", "N"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(fragment).contains("9.3 CRITICAL").doesNotContain("<html");
        String partial = mvc.perform(get("/cvss/result").cookie(who).header("Accept-Language", "en")
                        .param("version", "3.1").param("AV", "N").param("AC", "bogus"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(partial).contains("Choose a value for every metric").doesNotContain("CRITICAL");
    }
}
