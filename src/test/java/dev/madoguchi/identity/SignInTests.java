package dev.madoguchi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

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
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
class SignInTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private List<String> auditOf(String actor) {
        return jdbc.sql("select action || ' ' || summary from audit_event where actor = ? order by id").param(actor)
                .query(String.class).list();
    }

    @Test
    void theRightPasswordSignsInLeadsToTheDeskAndIsAudited() throws Exception {
        String name = StaffFixtures.unique("psirt");
        StaffFixtures.create(jdbc, name, Role.PSIRT);
        mvc.perform(formLogin("/sign-in").user(name).password(StaffFixtures.PASSWORD))
                .andExpect(redirectedUrl("/desk"))
                .andExpect(authenticated().withUsername(name).withRoles("PSIRT"));
        assertThat(auditOf(name)).containsExactly("sign-in.succeeded ");
        assertThat(jdbc.sql("select last_sign_in_at is not null from staff_user where username = ?").param(name)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aWrongPasswordIsRefusedAndAudited() throws Exception {
        String name = StaffFixtures.unique("psirt");
        StaffFixtures.create(jdbc, name, Role.PSIRT);
        mvc.perform(formLogin("/sign-in").user(name).password("not the password"))
                .andExpect(redirectedUrl("/sign-in?error"))
                .andExpect(unauthenticated());
        assertThat(auditOf(name)).containsExactly("sign-in.failed reason: bad credentials");
    }

    @Test
    void anUnknownUserGetsExactlyTheAnswerOfAWrongPassword() throws Exception {
        String name = StaffFixtures.unique("nobody");
        mvc.perform(formLogin("/sign-in").user(name).password("whatever"))
                .andExpect(redirectedUrl("/sign-in?error"))
                .andExpect(unauthenticated());
        assertThat(auditOf(name)).containsExactly("sign-in.failed reason: bad credentials (no such user)");
    }

    @Test
    void fiveFailuresLockTheAccountEvenAgainstTheRightPassword() throws Exception {
        String name = StaffFixtures.unique("target");
        StaffFixtures.create(jdbc, name, Role.PSIRT);
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/sign-in").user(name).password("guess " + i)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin("/sign-in").user(name).password(StaffFixtures.PASSWORD))
                .andExpect(redirectedUrl("/sign-in?error"))
                .andExpect(unauthenticated());
        List<String> audit = auditOf(name);
        assertThat(audit.get(4)).startsWith("sign-in.failed reason: bad credentials; locked until ");
        assertThat(audit.get(5)).isEqualTo("sign-in.failed reason: locked");
    }

    @Test
    void aLockEndsWhenItsTimeHasPassed() throws Exception {
        String name = StaffFixtures.unique("target");
        StaffFixtures.create(jdbc, name, Role.PSIRT);
        jdbc.sql("update staff_user set locked_until = now() - interval '1 minute' where username = ?").param(name)
                .update();
        mvc.perform(formLogin("/sign-in").user(name).password(StaffFixtures.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void aDeactivatedAccountCannotSignIn() throws Exception {
        String name = StaffFixtures.unique("gone");
        StaffFixtures.create(jdbc, name, Role.PSIRT);
        jdbc.sql("update staff_user set active = false where username = ?").param(name).update();
        mvc.perform(formLogin("/sign-in").user(name).password(StaffFixtures.PASSWORD))
                .andExpect(redirectedUrl("/sign-in?error")).andExpect(unauthenticated());
        assertThat(auditOf(name)).containsExactly("sign-in.failed reason: deactivated");
    }

    @Test
    void signingInReplacesTheSessionIdentifier() throws Exception {
        String name = StaffFixtures.unique("psirt");
        StaffFixtures.create(jdbc, name, Role.PSIRT);
        MvcResult page = mvc.perform(get("/sign-in")).andReturn();
        Cookie before = page.getResponse().getCookie("SESSION");
        MvcResult signIn = mvc.perform(post("/sign-in").with(csrf()).cookie(before).param("username", name)
                .param("password", StaffFixtures.PASSWORD)).andReturn();
        Cookie after = signIn.getResponse().getCookie("SESSION");
        assertThat(after).isNotNull();
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
    }

    @Test
    void aOneTimePasswordMustBeReplacedBeforeAnythingElse() throws Exception {
        String name = StaffFixtures.unique("newcomer");
        StaffFixtures.create(jdbc, name, Role.PSIRT);
        jdbc.sql("update staff_user set must_change_password = true where username = ?").param(name).update();
        MvcResult signIn = mvc.perform(formLogin("/sign-in").user(name).password(StaffFixtures.PASSWORD))
                .andExpect(redirectedUrl("/account/password")).andReturn();
        Cookie session = signIn.getResponse().getCookie("SESSION");

        mvc.perform(get("/desk").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/tokens").cookie(session)).andExpect(redirectedUrl("/account/password"));

        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("currentPassword", StaffFixtures.PASSWORD)
                        .param("newPassword", "a brand new passphrase")
                        .param("confirmation", "a brand new passphrase"))
                .andExpect(redirectedUrl("/desk"));
        mvc.perform(get("/desk").cookie(session)).andExpect(status().isOk());
        assertThat(auditOf(name)).contains("user.password-changed by the account holder");
    }

    @Test
    void aRejectedPasswordChangeSaysWhyInTheUsersLanguage() throws Exception {
        String name = StaffFixtures.unique("psirt");
        StaffFixtures.create(jdbc, name, Role.PSIRT);
        Cookie session = SignedIn.as(mvc, name);
        mvc.perform(post("/account/password").cookie(session).with(csrf()).header("Accept-Language", "ja")
                        .param("currentPassword", "wrong").param("newPassword", "short").param("confirmation", "other"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("現在のパスワードが正しくありません。")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("パスワードは12文字以上にしてください。")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("新しいパスワードが一致しません。")));
    }

    @Test
    void staffPagesSendAnonymousVisitorsToSignIn() throws Exception {
        mvc.perform(get("/desk")).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/admin/users")).andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void theApiAnswersAnonymousCallersWithProblemJson() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", "application/problem+json;charset=UTF-8"))
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().json("{\"status\":401,\"title\":\"Unauthorized\"}"));
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        String name = StaffFixtures.unique("psirt");
        StaffFixtures.create(jdbc, name, Role.PSIRT);
        Cookie session = SignedIn.as(mvc, name);
        mvc.perform(get("/desk").cookie(session)).andExpect(status().isOk());
        mvc.perform(post("/sign-out").cookie(session).with(csrf())).andExpect(redirectedUrl("/sign-in?signed-out"));
        mvc.perform(get("/desk").cookie(session)).andExpect(redirectedUrl("/sign-in"));
    }
}
