package dev.madoguchi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;

import dev.madoguchi.shared.Language;
import jakarta.servlet.http.Cookie;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class LanguageTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theBrowsersPreferredLanguageIsTheDefault() throws Exception {
        mvc.perform(get("/sign-in").header("Accept-Language", "ja-JP,ja;q=0.9,en;q=0.8"))
                .andExpect(content().string(Matchers.containsString("<html lang=\"ja\">")))
                .andExpect(content().string(Matchers.containsString("サインイン")));
        mvc.perform(get("/sign-in").header("Accept-Language", "en-GB,en;q=0.9"))
                .andExpect(content().string(Matchers.containsString("<html lang=\"en\">")));
    }

    @Test
    void anUnsupportedOrMissingLanguageFallsBackToTheConfiguredDefault() throws Exception {
        mvc.perform(get("/sign-in").header("Accept-Language", "fr-FR"))
                .andExpect(content().string(Matchers.containsString("<html lang=\"en\">")));
        mvc.perform(get("/sign-in"))
                .andExpect(content().string(Matchers.containsString("<html lang=\"en\">")));
    }

    @Test
    void choosingALanguageIsRememberedInACookieOverTheBrowserSetting() throws Exception {
        mvc.perform(get("/sign-in").param("lang", "ja").header("Accept-Language", "en"))
                .andExpect(cookie().value("lang", "ja"))
                .andExpect(cookie().httpOnly("lang", true))
                .andExpect(content().string(Matchers.containsString("<html lang=\"ja\">")));
        mvc.perform(get("/").cookie(new Cookie("lang", "ja")).header("Accept-Language", "en"))
                .andExpect(content().string(Matchers.containsString("製品セキュリティ")));
    }

    @Test
    void theSwitchLinksKeepThePageAndItsQuery() throws Exception {
        mvc.perform(get("/sign-in?signed-out&lang=en"))
                .andExpect(content().string(Matchers.containsString("href=\"/sign-in?signed-out&amp;lang=ja\"")));
    }

    @Test
    void acceptLanguageParsingPicksTheBestSupportedMatch() {
        LanguageResolver resolver = new LanguageResolver(Language.EN);
        assertThat(resolver.fromAcceptLanguage("de, ja;q=0.5, en;q=0.4")).isEqualTo(Language.JA);
        assertThat(resolver.fromAcceptLanguage("en-US, ja;q=0.1")).isEqualTo(Language.EN);
        assertThat(resolver.fromAcceptLanguage("not a header;;;")).isEqualTo(Language.EN);
        assertThat(new LanguageResolver(Language.JA).fromAcceptLanguage(null)).isEqualTo(Language.JA);
    }
}
