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
import org.springframework.test.web.servlet.MvcResult;

/**
 * PSIRT gives all the contacts of a coordinator organization access to a case at once (issue 10). The need-to-know
 * rule of the cases issue is unchanged: a contact sees only the cases it was added to, and only handlers act.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CoordinatorOrganizationAccessTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Coordinators coordinators;

    ReportFixtures.Submitted shared;
    ReportFixtures.Submitted other;
    CoordinatorOrganization jpcert;
    Cookie admin;
    Cookie psirt;
    String contact;
    long contactId;

    @BeforeEach
    void aJpcertContactAndTwoCases() throws Exception {
        String unique = StaffFixtures.unique("x");
        shared = ReportFixtures.submit(mvc, jdbc, "Shared-" + unique, "en");
        other = ReportFixtures.submit(mvc, jdbc, "Other-" + unique, "en");
        jpcert = coordinators.active().stream().filter(o -> o.shortName().equals("JPCERT/CC")).findFirst()
                .orElseThrow();
        admin = signedIn(Role.ADMIN);
        psirt = signedIn(Role.PSIRT);
        contact = StaffFixtures.unique("jpcert");
        contactId = StaffFixtures.create(jdbc, contact, Role.COORDINATOR);
        link(jpcert.id(), contact);
    }

    /** A new account of the role, signed in. */
    private Cookie signedIn(Role role) throws Exception {
        String name = StaffFixtures.unique(role.name().toLowerCase(Locale.ROOT));
        StaffFixtures.create(jdbc, name, role);
        return SignedIn.as(mvc, name);
    }

    private void link(long organization, String username) throws Exception {
        mvc.perform(post("/admin/coordinators/" + organization + "/contacts").with(csrf()).cookie(admin)
                .param("username", username)).andExpect(status().is3xxRedirection());
    }

    private MvcResult giveAccess(Cookie who, String reference, long organization) throws Exception {
        return mvc.perform(post("/cases/" + reference + "/coordinators/organization").with(csrf()).cookie(who)
                .param("organization", String.valueOf(organization)).locale(Locale.ENGLISH)).andReturn();
    }

    private List<Long> coordinatorsOf(String reference) {
        return jdbc.sql("select user_id from case_coordinator where case_id = (select id from psirt_case "
                + "where reference = ?)").param(reference).query(Long.class).list();
    }

    private int page(Cookie who, String reference) throws Exception {
        return mvc.perform(get("/cases/" + reference).cookie(who)).andReturn().getResponse().getStatus();
    }

    private String pageText(Cookie who, String reference, MvcResult after) throws Exception {
        var request = get("/cases/" + reference).cookie(who).locale(Locale.ENGLISH);
        return mvc.perform(after == null ? request : request.flashAttrs(after.getFlashMap())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String queue(Cookie who) throws Exception {
        return mvc.perform(get("/cases").param("state", "all").cookie(who)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aJpcertContactGivenAccessThroughItsOrganizationSeesThatCaseAndNoOther() throws Exception {
        Cookie jpcertContact = SignedIn.as(mvc, contact);
        Cookie notLinked = signedIn(Role.COORDINATOR);
        assertThat(page(jpcertContact, shared.trackingNumber())).isEqualTo(404);

        assertThat(giveAccess(psirt, shared.trackingNumber(), jpcert.id()).getResponse().getStatus()).isEqualTo(302);

        assertThat(coordinatorsOf(shared.trackingNumber())).contains(contactId);
        assertThat(page(jpcertContact, shared.trackingNumber())).isEqualTo(200);
        assertThat(page(jpcertContact, other.trackingNumber())).isEqualTo(404);
        assertThat(queue(jpcertContact)).contains(shared.trackingNumber()).doesNotContain(other.trackingNumber());
        assertThat(page(notLinked, shared.trackingNumber())).isEqualTo(404);
        assertThat(queue(notLinked)).doesNotContain(shared.trackingNumber());
    }

    @Test
    void theActIsOnTheTimelineAndInTheAuditTrailAndLeavesOutAccountsThatAreNoLongerAdmitted() throws Exception {
        String deactivated = StaffFixtures.unique("gone");
        long deactivatedId = StaffFixtures.create(jdbc, deactivated, Role.COORDINATOR);
        link(jpcert.id(), deactivated);
        jdbc.sql("update staff_user set active = false where id = ?").param(deactivatedId).update();

        giveAccess(psirt, shared.trackingNumber(), jpcert.id());
        giveAccess(psirt, shared.trackingNumber(), jpcert.id());

        assertThat(coordinatorsOf(shared.trackingNumber())).contains(contactId).doesNotContain(deactivatedId);
        String summary = contact + " (JPCERT/CC)";
        assertThat(jdbc.sql("select summary from case_event where kind = 'coordinator-added' and case_id = "
                + "(select id from psirt_case where reference = ?)").param(shared.trackingNumber())
                .query(String.class).list()).containsOnlyOnce(summary).noneMatch(s -> s.startsWith(deactivated));
        assertThat(jdbc.sql("select summary from audit_event where action = 'case.coordinator-added' and object_id = ?")
                .param(shared.trackingNumber()).query(String.class).list()).contains(summary);
    }

    @Test
    void theCasePageNamesTheOrganizationOfEachCoordinatorAndOffersTheAct() throws Exception {
        String page = pageText(psirt, shared.trackingNumber(), null);
        assertThat(page).contains("id=\"coordinator-organization-form\"")
                .contains("<option value=\"" + jpcert.id() + "\">JPCERT/CC</option>")
                .contains(">" + contact + " (JPCERT/CC)</option>");
        giveAccess(psirt, shared.trackingNumber(), jpcert.id());
        assertThat(pageText(psirt, shared.trackingNumber(), null))
                .contains("<span class=\"tag\">" + contact + " (JPCERT/CC)</span>");
        assertThat(pageText(SignedIn.as(mvc, contact), shared.trackingNumber(), null))
                .doesNotContain("coordinator-organization-form");
    }

    @Test
    void onlyAHandlerGivesAnOrganizationAccess() throws Exception {
        assertThat(giveAccess(signedIn(Role.DEVELOPER), shared.trackingNumber(), jpcert.id()).getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(giveAccess(SignedIn.as(mvc, contact), shared.trackingNumber(), jpcert.id()).getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(coordinatorsOf(shared.trackingNumber())).isEmpty();
    }

    @Test
    void anOrganizationWithoutContactAccountsIsRefusedSayingSo() throws Exception {
        String shortName = StaffFixtures.unique("EMPTY");
        mvc.perform(post("/admin/coordinators").with(csrf()).cookie(admin).param("nameJa", "空の調整機関")
                .param("nameEn", "Empty CERT").param("shortName", shortName).param("emails", "")
                .param("publicKey", "").param("language", "en")).andExpect(status().is3xxRedirection());
        long empty = coordinators.active().stream().filter(o -> o.shortName().equals(shortName)).findFirst()
                .orElseThrow().id();
        MvcResult refused = giveAccess(psirt, shared.trackingNumber(), empty);
        assertThat(pageText(psirt, shared.trackingNumber(), refused))
                .contains("No active coordinator account speaks for " + shortName + ".");
        assertThat(coordinatorsOf(shared.trackingNumber())).isEmpty();
    }
}
