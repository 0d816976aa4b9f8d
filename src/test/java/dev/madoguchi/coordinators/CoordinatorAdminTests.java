package dev.madoguchi.coordinators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import dev.madoguchi.shared.Role;
import dev.madoguchi.testing.SignedIn;
import dev.madoguchi.testing.StaffFixtures;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pgpainless.PGPainless;
import org.pgpainless.util.ArmorUtils;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Administrators keep the coordinator organizations (issue 10); nobody else reaches the pages. */
@SpringBootTest
@AutoConfigureMockMvc
class CoordinatorAdminTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Coordinators coordinators;

    Cookie admin;

    @BeforeEach
    void anAdministrator() throws Exception {
        String name = StaffFixtures.unique("admin");
        StaffFixtures.create(jdbc, name, Role.ADMIN);
        admin = SignedIn.as(mvc, name);
    }

    private MockHttpServletRequestBuilder form(String path, String shortName, String key) {
        return form(path, shortName, key, "cert@example.test");
    }

    private MockHttpServletRequestBuilder form(String path, String shortName, String key, String emails) {
        return post(path).with(csrf()).cookie(admin).param("nameJa", "テスト調整機関").param("nameEn", "Test CERT")
                .param("shortName", shortName).param("emails", emails).param("publicKey", key)
                .param("language", "en").param("publishesOnJvn", "on");
    }

    private String page(String path, MvcResult after) throws Exception {
        return mvc.perform(get(path).cookie(admin).flashAttrs(after.getFlashMap())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void jpcertCcIsPreconfiguredAsPublishingOnJvnWithItsAddressLeftToTheAdministrator() throws Exception {
        CoordinatorOrganization jpcert = coordinators.active().stream()
                .filter(o -> o.shortName().equals("JPCERT/CC")).findFirst().orElseThrow();
        assertThat(jpcert.nameEn()).isEqualTo("JPCERT Coordination Center");
        assertThat(jpcert.publishesOnJvn()).isTrue();
        assertThat(jpcert.preconfigured()).isTrue();
        assertThat(jpcert.emails()).isEmpty();
        String list = mvc.perform(get("/admin/coordinators").cookie(admin).locale(java.util.Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("No e-mail address is entered for JPCERT/CC");
    }

    @Test
    void anAdministratorAddsEditsAndDeactivatesAnOrganizationAndEachActIsAudited() throws Exception {
        String key = ArmorUtils.toAsciiArmoredString(PGPainless.extractCertificate(
                PGPainless.generateKeyRing().modernKeyRing("Test CERT <cert@example.test>")));
        String shortName = StaffFixtures.unique("CERT");
        mvc.perform(form("/admin/coordinators", shortName, key)).andExpect(status().is3xxRedirection());
        CoordinatorOrganization added = coordinators.active().stream()
                .filter(o -> o.shortName().equals(shortName)).findFirst().orElseThrow();
        assertThat(added.emails()).containsExactly("cert@example.test");
        assertThat(added.hasKey()).isTrue();
        assertThat(added.publishesOnJvn()).isTrue();

        mvc.perform(form("/admin/coordinators/" + added.id(), shortName, "",
                "a@example.test, b@example.test")).andExpect(status().is3xxRedirection());
        CoordinatorOrganization edited = coordinators.byId(added.id()).orElseThrow();
        assertThat(edited.emails()).containsExactly("a@example.test", "b@example.test");
        assertThat(edited.hasKey()).isFalse();

        mvc.perform(post("/admin/coordinators/" + added.id() + "/deactivate").with(csrf()).cookie(admin))
                .andExpect(status().is3xxRedirection());
        assertThat(coordinators.active()).extracting(CoordinatorOrganization::id).doesNotContain(added.id());
        assertThat(jdbc.sql("select action from audit_event where object_type = 'coordinator-organization' "
                + "and object_id = ? order by id").param(String.valueOf(added.id())).query(String.class).list())
                .containsExactly("coordinator.added", "coordinator.edited", "coordinator.deactivated");
    }

    @Test
    void aKeyThatIsNotAPublicKeyIsRefusedWithTheReasonAndTheTypedValuesKept() throws Exception {
        String shortName = StaffFixtures.unique("BAD");
        MvcResult refused = mvc.perform(form("/admin/coordinators", shortName,
                "-----BEGIN PGP PUBLIC KEY BLOCK-----\nnot a key\n-----END PGP PUBLIC KEY BLOCK-----")
                        .locale(java.util.Locale.JAPANESE))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(coordinators.active()).extracting(CoordinatorOrganization::shortName).doesNotContain(shortName);
        assertThat(page("/admin/coordinators", refused)).contains("ASCII 形式の OpenPGP 公開鍵ブロックではありません。",
                shortName, "テスト調整機関", "cert@example.test", "not a key");
    }

    @Test
    void psirtGetsNotFoundOnTheCoordinatorPages() throws Exception {
        String name = StaffFixtures.unique("psirt");
        StaffFixtures.create(jdbc, name, Role.PSIRT);
        Cookie psirt = SignedIn.as(mvc, name);
        mvc.perform(get("/admin/coordinators").cookie(psirt)).andExpect(status().isNotFound());
        mvc.perform(post("/admin/coordinators").with(csrf()).cookie(psirt).param("nameJa", "x").param("nameEn", "x")
                .param("shortName", "PSIRT-ADDED").param("language", "en")).andExpect(status().isNotFound());
        assertThat(coordinators.active()).extracting(CoordinatorOrganization::shortName).doesNotContain("PSIRT-ADDED");
    }
}
