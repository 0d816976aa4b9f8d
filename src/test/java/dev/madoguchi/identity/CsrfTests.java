package dev.madoguchi.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
class CsrfTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        String name = StaffFixtures.unique("admin");
        StaffFixtures.create(jdbc, name, Role.ADMIN);
        Cookie session = SignedIn.as(mvc, name);
        String victim = StaffFixtures.unique("victim");
        long id = StaffFixtures.create(jdbc, victim, Role.PSIRT);

        mvc.perform(post("/admin/users/" + id + "/deactivate").cookie(session))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/" + id + "/deactivate").cookie(session).with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select active from staff_user where id = ?").param(id)
                .query(Boolean.class).single()).isTrue();

        mvc.perform(post("/admin/users/" + id + "/deactivate").cookie(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select active from staff_user where id = ?").param(id)
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void theSignInFormNeedsItsCsrfTokenToo() throws Exception {
        String name = StaffFixtures.unique("psirt");
        StaffFixtures.create(jdbc, name, Role.PSIRT);
        mvc.perform(post("/sign-in").param("username", name).param("password", StaffFixtures.PASSWORD))
                .andExpect(status().isForbidden());
    }
}
