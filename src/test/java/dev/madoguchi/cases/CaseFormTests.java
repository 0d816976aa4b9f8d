package dev.madoguchi.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.charset.StandardCharsets;

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
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
class CaseFormTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRefusedActReturnsToTheCaseSayingWhyWithWhatWasTyped() throws Exception {
        String name = StaffFixtures.unique("psirt");
        StaffFixtures.create(jdbc, name, Role.PSIRT);
        Cookie session = SignedIn.as(mvc, name);
        ReportFixtures.Submitted r = ReportFixtures.submit(mvc, jdbc, "refused act", "en");
        MvcResult refused = mvc.perform(post("/cases/" + r.trackingNumber() + "/close").cookie(session).with(csrf())
                        .param("resolution", "out-of-scope-website").param("note", "It is our corporate site")
                        .param("referral", ""))
                .andExpect(redirectedUrl("/cases/" + r.trackingNumber())).andReturn();
        String page = mvc.perform(get("/cases/" + r.trackingNumber()).cookie(session)
                        .flashAttrs(refused.getFlashMap()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Say where the reporter was referred to.", "It is our corporate site");
        assertThat(jdbc.sql("select state from psirt_case where reference = ?").param(r.trackingNumber())
                .query(String.class).single()).isEqualTo("received");
    }
}
