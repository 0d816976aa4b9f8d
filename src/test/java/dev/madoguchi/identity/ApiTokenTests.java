package dev.madoguchi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.madoguchi.shared.Role;
import dev.madoguchi.testing.SignedIn;
import dev.madoguchi.testing.StaffFixtures;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@AutoConfigureMockMvc
class ApiTokenTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonalApiTokens tokens;
    @Autowired
    TransactionTemplate transaction;

    private String issue(long userId, String username, Duration lifetime) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(username, null));
        try {
            return tokens.issue(userId, username, "test", lifetime).secret();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aTokenAuthenticatesApiRequestsAsItsOwner() throws Exception {
        String name = StaffFixtures.unique("coordinator");
        long id = StaffFixtures.create(jdbc, name, Role.COORDINATOR);
        String secret = issue(id, name, null);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(name))
                .andExpect(jsonPath("$.roles[0]").value("COORDINATOR"));
        assertThat(jdbc.sql("select last_used_at is not null from api_token where user_id = ?").param(id)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void onlyTheHashOfATokenIsStored() {
        String name = StaffFixtures.unique("psirt");
        long id = StaffFixtures.create(jdbc, name, Role.PSIRT);
        String secret = issue(id, name, null);
        String stored = jdbc.sql("select token_hash from api_token where user_id = ?").param(id)
                .query(String.class).single();
        assertThat(stored).isEqualTo(ApiTokenSecret.hash(secret)).doesNotContain(secret.substring(4));
        assertThat(jdbc.sql("select count(*) from api_token where token_hash like ? or prefix = ?")
                .params("%" + secret.substring(4, 20) + "%", secret).query(Long.class).single()).isZero();
    }

    @Test
    void tokensAreUnguessable() {
        String a = ApiTokenSecret.generate();
        String b = ApiTokenSecret.generate();
        assertThat(a).isNotEqualTo(b).startsWith("mdg_").hasSize(4 + 43);
    }

    @Test
    void aRevokedTokenIsRefused() throws Exception {
        String name = StaffFixtures.unique("psirt");
        long id = StaffFixtures.create(jdbc, name, Role.PSIRT);
        String secret = issue(id, name, null);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
        ApiTokenView token = tokens.of(id).get(0);
        transaction.executeWithoutResult(tx -> tokens.revoke(token));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("The API token is invalid, expired or revoked."));
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String name = StaffFixtures.unique("psirt");
        long id = StaffFixtures.create(jdbc, name, Role.PSIRT);
        String secret = issue(id, name, Duration.ofDays(1));
        jdbc.sql("update api_token set expires_at = now() - interval '1 second' where user_id = ?").param(id).update();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isUnauthorized());
    }

    @Test
    void aDeactivatedOwnersTokenIsRefused() throws Exception {
        String name = StaffFixtures.unique("psirt");
        long id = StaffFixtures.create(jdbc, name, Role.PSIRT);
        String secret = issue(id, name, null);
        jdbc.sql("update staff_user set active = false where id = ?").param(id).update();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isUnauthorized());
    }

    @Test
    void aMadeUpTokenIsRefusedNotTreatedAsAnonymous() throws Exception {
        mvc.perform(get("/actuator/health").header("Authorization", "Bearer mdg_" + "A".repeat(43)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").header("Authorization", "Basic YWRtaW46YWRtaW4="))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void sessionCookiesDoNotAuthenticateTheApi() throws Exception {
        String name = StaffFixtures.unique("psirt");
        StaffFixtures.create(jdbc, name, Role.PSIRT);
        Cookie session = SignedIn.as(mvc, name);
        mvc.perform(get("/api/v1/me").cookie(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void metricsNeedAnAdministratorsToken() throws Exception {
        String psirt = StaffFixtures.unique("psirt");
        String psirtToken = issue(StaffFixtures.create(jdbc, psirt, Role.PSIRT), psirt, null);
        String admin = StaffFixtures.unique("admin");
        String adminToken = issue(StaffFixtures.create(jdbc, admin, Role.ADMIN), admin, null);
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + psirtToken))
                .andExpect(status().isNotFound());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + adminToken))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("jvm_memory_used_bytes")));
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void aTokenCreatedOnThePageIsShownOnceAndListedByItsPrefixOnly() throws Exception {
        String name = StaffFixtures.unique("psirt");
        long id = StaffFixtures.create(jdbc, name, Role.PSIRT);
        Cookie session = SignedIn.as(mvc, name);
        String page = mvc.perform(post("/account/tokens").cookie(session).with(csrf()).param("name", "my script")
                        .param("lifetimeDays", "30"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher secret = Pattern.compile("mdg_[A-Za-z0-9_-]{43}").matcher(page);
        assertThat(secret.find()).isTrue();
        String list = mvc.perform(get("/account/tokens").cookie(session)).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains("my script").doesNotContain(secret.group());
        assertThat(jdbc.sql("select action from audit_event where object_type = 'api-token' and summary like ?")
                .param("owner: " + name + ";%").query(String.class).list()).containsExactly("api-token.created");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret.group())).andExpect(status().isOk());
        assertThat(tokens.of(id)).hasSize(1);
    }

    @Test
    void nobodyRevokesAnotherPersonsTokenFromTheirOwnPage() throws Exception {
        String owner = StaffFixtures.unique("owner");
        long ownerId = StaffFixtures.create(jdbc, owner, Role.PSIRT);
        issue(ownerId, owner, null);
        long tokenId = tokens.of(ownerId).get(0).id();
        String other = StaffFixtures.unique("other");
        StaffFixtures.create(jdbc, other, Role.PSIRT);
        Cookie session = SignedIn.as(mvc, other);
        mvc.perform(post("/account/tokens/" + tokenId + "/revoke").cookie(session).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(tokens.of(ownerId).get(0).revokedAt()).isNull();
    }
}
