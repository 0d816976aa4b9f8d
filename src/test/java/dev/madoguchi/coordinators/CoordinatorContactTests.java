package dev.madoguchi.coordinators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import dev.madoguchi.identity.StaffDirectory;
import dev.madoguchi.shared.Role;
import dev.madoguchi.testing.SignedIn;
import dev.madoguchi.testing.StaffFixtures;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Administrators link COORDINATOR accounts to the organization they speak for (issue 10): only such accounts, at
 * most one organization each, every change audited, and nobody but an administrator reaches the acts.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CoordinatorContactTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Coordinators coordinators;

    Cookie admin;
    long organization;

    /** A new account of the role, signed in. */
    private Cookie signedIn(Role role) throws Exception {
        String name = StaffFixtures.unique(role.name().toLowerCase(Locale.ROOT));
        StaffFixtures.create(jdbc, name, role);
        return SignedIn.as(mvc, name);
    }

    @BeforeEach
    void anAdministratorAndAnOrganization() throws Exception {
        admin = signedIn(Role.ADMIN);
        organization = organization(StaffFixtures.unique("CERT"));
    }

    private long organization(String shortName) throws Exception {
        mvc.perform(post("/admin/coordinators").with(csrf()).cookie(admin).param("nameJa", "テスト調整機関")
                .param("nameEn", "Test CERT").param("shortName", shortName).param("emails", "cert@example.test")
                .param("publicKey", "").param("language", "en")).andExpect(status().is3xxRedirection());
        return coordinators.active().stream().filter(o -> o.shortName().equals(shortName)).findFirst().orElseThrow()
                .id();
    }

    private MvcResult addContact(Cookie who, long to, String username, Locale locale) throws Exception {
        return mvc.perform(post("/admin/coordinators/" + to + "/contacts").with(csrf()).cookie(who)
                .param("username", username).locale(locale)).andReturn();
    }

    private String editPage(long id, MvcResult after, Locale locale) throws Exception {
        var request = get("/admin/coordinators/" + id).cookie(admin).locale(locale);
        return mvc.perform(after == null ? request : request.flashAttrs(after.getFlashMap())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void anAdministratorAddsAndRemovesAContactAccountAndEachChangeIsAudited() throws Exception {
        String name = StaffFixtures.unique("jpcert-contact");
        long userId = StaffFixtures.create(jdbc, name, Role.COORDINATOR);
        assertThat(editPage(organization, null, Locale.ENGLISH))
                .contains("<option value=\"" + name + "\"");

        MvcResult added = addContact(admin, organization, name, Locale.ENGLISH);
        assertThat(added.getResponse().getStatus()).isEqualTo(302);
        assertThat(coordinators.contactsOf(organization)).extracting(StaffDirectory.StaffMember::username)
                .containsExactly(name);
        assertThat(coordinators.organizationOf(userId)).map(CoordinatorOrganization::id).contains(organization);
        assertThat(editPage(organization, added, Locale.ENGLISH)).contains("The account was added to the organization.")
                .contains("/admin/coordinators/" + organization + "/contacts/" + userId + "/remove")
                .doesNotContain("<option value=\"" + name + "\"");

        mvc.perform(post("/admin/coordinators/" + organization + "/contacts/" + userId + "/remove").with(csrf())
                .cookie(admin)).andExpect(status().is3xxRedirection());
        assertThat(coordinators.contactsOf(organization)).isEmpty();
        assertThat(coordinators.organizationOf(userId)).isEmpty();
        assertThat(jdbc.sql("select action || ': ' || summary from audit_event where object_type = "
                        + "'coordinator-organization' and object_id = ? and action like 'coordinator.contact-%' "
                        + "order by id").param(String.valueOf(organization)).query(String.class).list())
                .hasSize(2).first().asString().startsWith("coordinator.contact-added: " + name + " added to");
    }

    @Test
    void anAccountWithoutTheCoordinatorRoleIsRefusedInTheAdministratorsLanguage() throws Exception {
        String psirt = StaffFixtures.unique("psirt");
        long psirtId = StaffFixtures.create(jdbc, psirt, Role.PSIRT);
        MvcResult ja = addContact(admin, organization, psirt, Locale.JAPANESE);
        assertThat(editPage(organization, ja, Locale.JAPANESE))
                .contains("組織の窓口にできるのは、調整機関ロールを持つ有効なアカウントだけです。「" + psirt + "」は該当しません。");
        MvcResult en = addContact(admin, organization, psirt, Locale.ENGLISH);
        assertThat(editPage(organization, en, Locale.ENGLISH))
                .contains("Only an active account with the coordinator role can speak for an organization; &quot;"
                        + psirt + "&quot; is not one.");
        assertThat(coordinators.organizationOf(psirtId)).isEmpty();
        assertThat(coordinators.contactsOf(organization)).isEmpty();
    }

    @Test
    void anAccountSpeaksForAtMostOneOrganization() throws Exception {
        String name = StaffFixtures.unique("contact");
        long userId = StaffFixtures.create(jdbc, name, Role.COORDINATOR);
        addContact(admin, organization, name, Locale.ENGLISH);
        String firstShortName = coordinators.byId(organization).orElseThrow().shortName();
        long other = organization(StaffFixtures.unique("OTHER"));
        MvcResult refused = addContact(admin, other, name, Locale.ENGLISH);
        assertThat(editPage(other, refused, Locale.ENGLISH))
                .contains(name + " already speaks for " + firstShortName + ".");
        assertThat(coordinators.organizationOf(userId)).map(CoordinatorOrganization::id).contains(organization);
        assertThat(coordinators.contactsOf(other)).isEmpty();
    }

    @Test
    void psirtGetsNotFoundOnTheContactActsAndChangesNothing() throws Exception {
        String name = StaffFixtures.unique("contact");
        long userId = StaffFixtures.create(jdbc, name, Role.COORDINATOR);
        Cookie psirt = signedIn(Role.PSIRT);
        assertThat(addContact(psirt, organization, name, Locale.ENGLISH).getResponse().getStatus()).isEqualTo(404);
        assertThat(coordinators.organizationOf(userId)).isEmpty();

        addContact(admin, organization, name, Locale.ENGLISH);
        mvc.perform(post("/admin/coordinators/" + organization + "/contacts/" + userId + "/remove").with(csrf())
                .cookie(psirt)).andExpect(status().isNotFound());
        assertThat(coordinators.organizationOf(userId)).isPresent();
    }

    @Test
    void anAddWithoutTheCsrfTokenIsRefused() throws Exception {
        String name = StaffFixtures.unique("contact");
        long userId = StaffFixtures.create(jdbc, name, Role.COORDINATOR);
        mvc.perform(post("/admin/coordinators/" + organization + "/contacts").cookie(admin).param("username", name))
                .andExpect(status().isForbidden());
        assertThat(coordinators.organizationOf(userId)).isEmpty();
    }
}
