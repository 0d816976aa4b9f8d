package dev.madoguchi.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import dev.madoguchi.coordinators.CoordinatorOrganization;
import dev.madoguchi.coordinators.Coordinators;
import dev.madoguchi.shared.Role;
import dev.madoguchi.testing.ReportFixtures;
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

/**
 * Access given to "the contacts of organization X" lasts only while the account is X's contact (issue 10, the
 * need-to-know rule of the cases issue): a JPCERT/CC person who leaves JPCERT/CC, or moves to CERT/CC, no longer
 * sees the JPCERT/CC cases. Cases PSIRT gave the account by name stay.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CoordinatorContactDepartureTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Coordinators coordinators;

    String throughOrganization;
    String byName;
    CoordinatorOrganization jpcert;
    String adminName;
    Cookie admin;
    Cookie psirt;
    String contact;
    long contactId;

    @BeforeEach
    void aJpcertContactGivenOneCaseThroughJpcertAndOneByName() throws Exception {
        String unique = StaffFixtures.unique("x");
        throughOrganization = ReportFixtures.submit(mvc, jdbc, "Through-" + unique, "en").trackingNumber();
        byName = ReportFixtures.submit(mvc, jdbc, "ByName-" + unique, "en").trackingNumber();
        jpcert = coordinators.active().stream().filter(o -> o.shortName().equals("JPCERT/CC")).findFirst()
                .orElseThrow();
        adminName = StaffFixtures.unique("admin");
        StaffFixtures.create(jdbc, adminName, Role.ADMIN);
        admin = SignedIn.as(mvc, adminName);
        String psirtName = StaffFixtures.unique("psirt");
        StaffFixtures.create(jdbc, psirtName, Role.PSIRT);
        psirt = SignedIn.as(mvc, psirtName);
        contact = StaffFixtures.unique("jpcert");
        contactId = StaffFixtures.create(jdbc, contact, Role.COORDINATOR);
        adminPost("/admin/coordinators/" + jpcert.id() + "/contacts", "username", contact);
        handlerPost(throughOrganization, "/coordinators/organization", "organization", String.valueOf(jpcert.id()));
        handlerPost(byName, "/coordinators", "username", contact);
    }

    private void adminPost(String path, String name, String value) throws Exception {
        mvc.perform(post(path).with(csrf()).cookie(admin).param(name, value)).andExpect(status().is3xxRedirection());
    }

    private void handlerPost(String reference, String path, String name, String value) throws Exception {
        mvc.perform(post("/cases/" + reference + path).with(csrf()).cookie(psirt).param(name, value))
                .andExpect(status().is3xxRedirection());
    }

    private void removeFromJpcert() throws Exception {
        mvc.perform(post("/admin/coordinators/" + jpcert.id() + "/contacts/" + contactId + "/remove").with(csrf())
                .cookie(admin)).andExpect(status().is3xxRedirection());
    }

    private int page(String reference) throws Exception {
        return mvc.perform(get("/cases/" + reference).cookie(SignedIn.as(mvc, contact))).andReturn().getResponse()
                .getStatus();
    }

    private String queue() throws Exception {
        return mvc.perform(get("/cases").param("state", "all").cookie(SignedIn.as(mvc, contact)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private List<String> eventsOf(String reference, String kind, String column) {
        return jdbc.sql("select " + column + " from case_event where kind = ? and case_id = "
                + "(select id from psirt_case where reference = ?)").params(kind, reference).query(String.class)
                .list();
    }

    @Test
    void anAccountRemovedFromItsOrganizationLosesTheCasesGivenThroughItAndKeepsThoseGivenByName() throws Exception {
        assertThat(page(throughOrganization)).isEqualTo(200);
        assertThat(queue()).contains(throughOrganization, byName);

        removeFromJpcert();

        assertThat(page(throughOrganization)).isEqualTo(404);
        assertThat(page(byName)).isEqualTo(200);
        assertThat(queue()).doesNotContain(throughOrganization).contains(byName);
    }

    @Test
    void anAccountWithOnlyOrganizationAccessSeesAnEmptyQueueOnceRemoved() throws Exception {
        handlerPost(byName, "/coordinators/remove", "username", contact);
        assertThat(queue()).contains(throughOrganization);

        removeFromJpcert();

        assertThat(page(throughOrganization)).isEqualTo(404);
        assertThat(queue()).doesNotContain(throughOrganization).doesNotContain(byName);
        assertThat(jdbc.sql("select count(*) from case_coordinator where user_id = ?").param(contactId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theLossIsOnTheCaseTimelineAndInTheAuditTrailNamingTheAdministrator() throws Exception {
        removeFromJpcert();

        String summary = contact + ": no longer a contact of JPCERT/CC";
        assertThat(eventsOf(throughOrganization, "coordinator-removed", "summary")).containsExactly(summary);
        assertThat(eventsOf(throughOrganization, "coordinator-removed", "actor")).containsExactly(adminName);
        assertThat(eventsOf(byName, "coordinator-removed", "summary")).isEmpty();
        assertThat(jdbc.sql("select actor from audit_event where action = 'case.coordinator-removed' and object_id = ? "
                + "and summary = ?").params(throughOrganization, summary).query(String.class).list())
                .containsExactly(adminName);
    }

    @Test
    void addingByNameAnAccountAlreadyGivenTheCaseThroughItsOrganizationKeepsItAfterRemoval() throws Exception {
        handlerPost(throughOrganization, "/coordinators", "username", contact);

        removeFromJpcert();

        assertThat(page(throughOrganization)).isEqualTo(200);
        assertThat(eventsOf(throughOrganization, "coordinator-removed", "summary")).isEmpty();
    }

    @Test
    void aContactWhoMovesToAnotherOrganizationNoLongerSeesTheFormerOrganizationsCases() throws Exception {
        // the organization itself is set up directly: the admin form is not what this test is about
        long certCc = jdbc.sql("""
                insert into coordinator_organization (name_ja, name_en, short_name, language, updated_by, updated_at)
                values ('CERT/CC', 'CERT Coordination Center', ?, 'en', 'test', now()) returning id""")
                .param(StaffFixtures.unique("CERT")).query(Long.class).single();

        removeFromJpcert();
        adminPost("/admin/coordinators/" + certCc + "/contacts", "username", contact);

        assertThat(coordinators.organizationOf(contactId).map(CoordinatorOrganization::id)).contains(certCc);
        assertThat(page(throughOrganization)).isEqualTo(404);
        assertThat(queue()).doesNotContain(throughOrganization);
    }

    @Test
    void theOrganizationPageSaysRemovalEndsTheCasesGivenThroughIt() throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
            String page = mvc.perform(get("/admin/coordinators/" + jpcert.id()).cookie(admin).locale(locale))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains("id=\"contacts-remove-note\"").contains("aria-describedby=\"contacts-remove-note\"")
                    .contains(locale == Locale.ENGLISH ? "takes it off every case it was given through this organization"
                            : "この組織を通じて与えられた案件からも外れます");
        }
    }
}
