package dev.madoguchi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.madoguchi.shared.Role;
import dev.madoguchi.testing.SignedIn;
import dev.madoguchi.testing.StaffFixtures;
import jakarta.servlet.http.Cookie;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class UserAdministrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private Cookie admin() throws Exception {
        String name = StaffFixtures.unique("admin");
        StaffFixtures.create(jdbc, name, Role.ADMIN);
        return SignedIn.as(mvc, name);
    }

    private long idOf(String username) {
        return jdbc.sql("select id from staff_user where username = ?").param(username).query(Long.class).single();
    }

    @Test
    void anAdministratorCreatesAUserWhoMustReplaceTheOneTimePassword() throws Exception {
        Cookie session = admin();
        String name = StaffFixtures.unique("handler");
        String page = mvc.perform(post("/admin/users").cookie(session).with(csrf()).param("username", name)
                        .param("displayName", "山田 花子").param("email", "hanako@example.jp").param("roles", "PSIRT"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher password = Pattern.compile("id=\"one-time-password\">([^<]+)<").matcher(page);
        assertThat(password.find()).isTrue();
        mvc.perform(formLogin("/sign-in").user(name).password(password.group(1)))
                .andExpect(redirectedUrl("/account/password")).andExpect(authenticated().withRoles("PSIRT"));
        assertThat(jdbc.sql("select summary from audit_event where action = 'user.created' and object_id = ?")
                .param(String.valueOf(idOf(name))).query(String.class).single())
                .contains("roles: [PSIRT]").doesNotContain(password.group(1));
    }

    @Test
    void aFailedCreationKeepsWhatWasTypedAndSaysWhatIsWrong() throws Exception {
        Cookie session = admin();
        mvc.perform(post("/admin/users").cookie(session).with(csrf()).header("Accept-Language", "en")
                        .param("username", "Bad Name!").param("displayName", "Kept Name")
                        .param("email", "not-an-address"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        Matchers.allOf(Matchers.containsString("value=\"Kept Name\""),
                                Matchers.containsString("value=\"not-an-address\""),
                                Matchers.containsString("Use 2 to 64 lower-case letters"),
                                Matchers.containsString("Enter a valid e-mail address."),
                                Matchers.containsString("Choose at least one role."))));
    }

    @Test
    void eachPersonChoosesTheLanguageOfTheirEmailAndOnlyJapaneseOrEnglishIsAccepted() throws Exception {
        Cookie session = admin();
        String name = StaffFixtures.unique("reader");
        mvc.perform(post("/admin/users").cookie(session).with(csrf()).param("username", name)
                .param("displayName", "Reader").param("language", "en").param("roles", "PSIRT"))
                .andExpect(status().isOk());
        long id = idOf(name);
        assertThat(jdbc.sql("select language from staff_user where id = ?").param(id).query(String.class).single())
                .isEqualTo("en");
        mvc.perform(post("/admin/users/" + id).cookie(session).with(csrf()).header("Accept-Language", "en")
                        .param("displayName", "Reader").param("language", "fr").param("roles", "PSIRT"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        Matchers.containsString("Choose Japanese or English.")));
        mvc.perform(post("/admin/users/" + id).cookie(session).with(csrf())
                .param("displayName", "Reader").param("language", "ja").param("roles", "PSIRT"));
        assertThat(jdbc.sql("select language from staff_user where id = ?").param(id).query(String.class).single())
                .isEqualTo("ja");
        assertThat(jdbc.sql("select summary from audit_event where action = 'user.updated' and object_id = ?")
                .param(String.valueOf(id)).query(String.class).single()).contains("language: en -> ja");
    }

    @Test
    void aTakenUserNameIsRefused() throws Exception {
        Cookie session = admin();
        String name = StaffFixtures.unique("taken");
        StaffFixtures.create(jdbc, name, Role.PSIRT);
        mvc.perform(post("/admin/users").cookie(session).with(csrf()).param("username", name)
                        .param("displayName", "Someone").param("roles", "PSIRT"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        Matchers.containsString("This user name is already taken.")));
    }

    @Test
    void deactivationEndsSessionsRevokesTokensAndIsAudited() throws Exception {
        Cookie adminSession = admin();
        String name = StaffFixtures.unique("leaver");
        long id = StaffFixtures.create(jdbc, name, Role.PSIRT);
        Cookie leaverSession = SignedIn.as(mvc, name);
        mvc.perform(get("/desk").cookie(leaverSession)).andExpect(status().isOk());
        mvc.perform(post("/account/tokens").cookie(leaverSession).with(csrf()).param("name", "t")
                .param("lifetimeDays", "30")).andExpect(status().isOk());

        mvc.perform(post("/admin/users/" + id + "/deactivate").cookie(adminSession).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + id));

        mvc.perform(get("/desk").cookie(leaverSession)).andExpect(redirectedUrl("/sign-in"));
        assertThat(jdbc.sql("select count(*) from api_token where user_id = ? and revoked_at is null").param(id)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select summary from audit_event where action = 'user.deactivated' and object_id = ?")
                .param(String.valueOf(id)).query(String.class).single()).contains("true -> false");
        mvc.perform(formLogin("/sign-in").user(name).password(StaffFixtures.PASSWORD)).andExpect(unauthenticated());
    }

    @Test
    void madoguchiKeepsAtLeastOneActiveAdministrator() throws Exception {
        String name = StaffFixtures.unique("admin");
        long id = StaffFixtures.create(jdbc, name, Role.ADMIN);
        Cookie session = SignedIn.as(mvc, name);
        jdbc.sql("update staff_user set active = false where id <> ? and id in (select user_id from staff_user_role where role = 'ADMIN')")
                .param(id).update();

        mvc.perform(post("/admin/users/" + id + "/deactivate").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + id));
        assertThat(jdbc.sql("select active from staff_user where id = ?").param(id).query(Boolean.class).single()).isTrue();

        mvc.perform(post("/admin/users/" + id).cookie(session).with(csrf()).param("displayName", "Me")
                        .param("roles", "PSIRT"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        Matchers.containsString("You cannot remove your own administrator role.")));
        assertThat(jdbc.sql("select count(*) from staff_user_role where user_id = ? and role = 'ADMIN'").param(id)
                .query(Long.class).single()).isOne();
    }

    @Test
    void aPasswordResetIssuesAOneTimePasswordAndEndsSessions() throws Exception {
        Cookie adminSession = admin();
        String name = StaffFixtures.unique("forgetful");
        long id = StaffFixtures.create(jdbc, name, Role.DEVELOPER);
        Cookie userSession = SignedIn.as(mvc, name);
        String page = mvc.perform(post("/admin/users/" + id + "/reset-password").cookie(adminSession).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        Matcher password = Pattern.compile("id=\"one-time-password\">([^<]+)<").matcher(page);
        assertThat(password.find()).isTrue();
        mvc.perform(get("/desk").cookie(userSession)).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(formLogin("/sign-in").user(name).password(StaffFixtures.PASSWORD)).andExpect(unauthenticated());
        mvc.perform(formLogin("/sign-in").user(name).password(password.group(1)))
                .andExpect(redirectedUrl("/account/password"));
    }

    @Test
    void onlyAdministratorsReachTheAdministrationPagesOthersSeeNotFound() throws Exception {
        for (Role role : List.of(Role.PSIRT, Role.DEVELOPER, Role.COORDINATOR)) {
            String name = StaffFixtures.unique(role.name().toLowerCase());
            StaffFixtures.create(jdbc, name, role);
            Cookie session = SignedIn.as(mvc, name);
            mvc.perform(get("/admin/users").cookie(session)).andExpect(status().isNotFound());
            mvc.perform(get("/admin/audit").cookie(session)).andExpect(status().isNotFound());
            mvc.perform(post("/admin/users/1/deactivate").cookie(session).with(csrf())).andExpect(status().isNotFound());
        }
        mvc.perform(get("/admin/users").cookie(admin())).andExpect(status().isOk());
    }

    @Test
    void unlockingClearsALock() throws Exception {
        Cookie adminSession = admin();
        String name = StaffFixtures.unique("locked");
        long id = StaffFixtures.create(jdbc, name, Role.PSIRT);
        jdbc.sql("update staff_user set locked_until = now() + interval '1 hour' where id = ?").param(id).update();
        mvc.perform(formLogin("/sign-in").user(name).password(StaffFixtures.PASSWORD)).andExpect(unauthenticated());
        mvc.perform(post("/admin/users/" + id + "/unlock").cookie(adminSession).with(csrf()));
        mvc.perform(formLogin("/sign-in").user(name).password(StaffFixtures.PASSWORD)).andExpect(authenticated());
    }
}
