package dev.madoguchi.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
class PolicyTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private String page(String lang) throws Exception {
        return mvc.perform(get("/policy").header("Accept-Language", lang)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aNewInstallationPublishesADefaultPolicyInBothLanguages() throws Exception {
        assertThat(page("en")).contains("Vulnerability disclosure policy", "within 5 business days",
                "Vulnerability disclosure policy released.");
        assertThat(page("ja")).contains("脆弱性開示ポリシー", "5営業日以内", "脆弱性開示ポリシーを公開しました。");
    }

    @Test
    void anAdministratorPublishesARevisionThatJoinsTheDatedHistory() throws Exception {
        String name = StaffFixtures.unique("admin");
        StaffFixtures.create(jdbc, name, Role.ADMIN);
        Cookie session = SignedIn.as(mvc, name);
        mvc.perform(post("/admin/policy").cookie(session).with(csrf()).param("textJa", "新しい方針。")
                        .param("textEn", "The new policy.").param("changeJa", "3-2を更新").param("changeEn", "Updated 3-2."))
                .andExpect(redirectedUrl("/policy"));
        String en = page("en");
        assertThat(en).contains("The new policy.", "Updated 3-2.", "Vulnerability disclosure policy released.");
        assertThat(en.indexOf("Updated 3-2.")).isLessThan(en.indexOf("Vulnerability disclosure policy released."));
        assertThat(page("ja")).contains("新しい方針。", "3-2を更新");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'policy.published'").query(Long.class)
                .single()).isOne();
    }

    @Test
    void anIncompleteRevisionIsRefusedWithTheTextKept() throws Exception {
        String name = StaffFixtures.unique("admin");
        StaffFixtures.create(jdbc, name, Role.ADMIN);
        String page = mvc.perform(post("/admin/policy").cookie(SignedIn.as(mvc, name)).with(csrf())
                        .param("textJa", "日本語の本文").param("textEn", "").param("changeJa", "").param("changeEn", "x"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("日本語の本文", "This field is required.");
    }

    @Test
    void onlyAdministratorsEditThePolicy() throws Exception {
        String name = StaffFixtures.unique("psirt");
        StaffFixtures.create(jdbc, name, Role.PSIRT);
        Cookie session = SignedIn.as(mvc, name);
        mvc.perform(get("/admin/policy").cookie(session)).andExpect(status().isNotFound());
        mvc.perform(post("/admin/policy").cookie(session).with(csrf()).param("textJa", "x").param("textEn", "x")
                .param("changeJa", "x").param("changeEn", "x")).andExpect(status().isNotFound());
    }
}
