package dev.madoguchi.vulnerabilities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import dev.madoguchi.cases.Divisions;
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
import org.springframework.test.web.servlet.ResultActions;

/**
 * The investigation of a case: PSIRT writes the vulnerabilities; each division records impact and remediations for
 * its own products only (seed policies: the owning development division investigates).
 */
@SpringBootTest(properties = {"madoguchi.cna.org-id=4b2f0bd4-9d0c-4b7e-9d2f-3c6c2f0d1a11",
        "madoguchi.cna.short-name=Example", "madoguchi.cna.advisory-url=https://psirt.example.com/advisories/{cveId}"})
@AutoConfigureMockMvc
class InvestigationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Divisions divisions;

    private Cookie psirt;
    private Cookie developerA;
    private Cookie developerB;
    private String reference;
    private long productA;
    private long productB;
    private long eolProductA;

    private Cookie person(String prefix, Role role) throws Exception {
        String name = StaffFixtures.unique(prefix);
        long id = StaffFixtures.create(jdbc, name, role);
        Cookie session = SignedIn.as(mvc, name);
        if (role == Role.DEVELOPER) {
            lastId = id;
        }
        return session;
    }

    private long lastId;

    private long product(String name, long division, String eol) throws Exception {
        String location = mvc.perform(post("/catalog/products").cookie(psirt).with(csrf()).param("nameEn", name)
                        .param("nameJa", name).param("divisionId", Long.toString(division))
                        .param("versionScheme", "numeric").param("endOfLifeOn", eol))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        for (String version : new String[] {"1.0", "1.10", "1.20", "2.0"}) {
            mvc.perform(post("/catalog/products/" + id + "/versions").cookie(psirt).with(csrf())
                    .param("version", version)).andExpect(status().is3xxRedirection());
        }
        return id;
    }

    /** Division A and B each with a developer and products; the case involves both divisions. */
    @BeforeEach
    void aCaseOfTwoDivisions() throws Exception {
        String unique = StaffFixtures.unique("i");
        psirt = person("psirt", Role.PSIRT);
        long a = divisions.create("Division A " + unique);
        long b = divisions.create("Division B " + unique);
        developerA = person("deva", Role.DEVELOPER);
        divisions.addMember(a, lastId, "deva");
        developerB = person("devb", Role.DEVELOPER);
        divisions.addMember(b, lastId, "devb");
        productA = product("PLC " + unique, a, "");
        eolProductA = product("Old PLC " + unique, a, "2020-03-31");
        productB = product("HMI " + unique, b, "");
        reference = ReportFixtures.submit(mvc, jdbc, "Overflow in the PLC web server " + unique, "en")
                .trackingNumber();
        long caseId = jdbc.sql("select id from psirt_case where reference = ?").param(reference).query(Long.class)
                .single();
        jdbc.sql("insert into case_division (case_id, division_id) values (?, ?), (?, ?)")
                .params(caseId, a, caseId, b).update();
        mvc.perform(post("/cases/" + reference + "/vulnerabilities").cookie(psirt).with(csrf())
                        .param("titleEn", "Stack overflow in the web server")
                        .param("titleJa", "Web サーバのスタックオーバーフロー")
                        .param("cwe", "cwe-121"))
                .andExpect(status().is3xxRedirection());
    }

    private ResultActions impact(Cookie who, long product, String range, String status, String justification)
            throws Exception {
        return mvc.perform(post("/cases/" + reference + "/vulnerabilities/1/impact").cookie(who).with(csrf())
                .header("Accept-Language", "en").param("productId", Long.toString(product)).param("range", range)
                .param("status", status).param("justification", justification).param("statement", ""));
    }

    private String page(Cookie who) throws Exception {
        return mvc.perform(get("/cases/" + reference + "/vulnerabilities").cookie(who)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aDeveloperRecordsImpactAndAFixForTheirProductAndPsirtSeesTheAffectedProductsTable() throws Exception {
        impact(developerA, productA, ">= 1.0, < 1.20", "known_affected", "").andExpect(status().is3xxRedirection());
        impact(developerA, productA, ">= 1.20", "fixed", "").andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/" + reference + "/vulnerabilities/1/remediations").cookie(developerA).with(csrf())
                        .param("category", "vendor_fix").param("productIds", Long.toString(productA))
                        .param("fixedVersion", "1.20").param("releasedOn", "2026-12-01")
                        .param("detailsEn", "Update the firmware to 1.20 or later."))
                .andExpect(status().is3xxRedirection());
        String table = page(psirt);
        assertThat(table).contains("Stack overflow in the web server", "CWE-121", "&gt;= 1.0, &lt; 1.20",
                "(listed versions: 1.0, 1.10)", "&gt;= 1.20", "Update the firmware to 1.20 or later.");
        assertThat(jdbc.sql("select count(*) from case_event e join psirt_case c on c.id = e.case_id "
                + "where c.reference = ? and e.kind in ('impact-recorded', 'remediation-added')").param(reference)
                .query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void aDeveloperCannotRecordOrRemoveImpactForAnotherDivisionsProduct() throws Exception {
        impact(developerA, productB, "*", "known_affected", "").andExpect(status().isNotFound());
        impact(developerB, productB, "*", "known_affected", "").andExpect(status().is3xxRedirection());
        long impactOfB = jdbc.sql("select id from vulnerability_impact where product_id = ?").param(productB)
                .query(Long.class).single();
        mvc.perform(post("/cases/" + reference + "/vulnerabilities/1/impact/" + impactOfB + "/remove")
                .cookie(developerA).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/cases/" + reference + "/vulnerabilities/1/remediations").cookie(developerA).with(csrf())
                .param("category", "workaround").param("productIds", Long.toString(productB))
                .param("detailsEn", "Block port 80.")).andExpect(status().isNotFound());
        mvc.perform(post("/cases/" + reference + "/vulnerabilities").cookie(developerA).with(csrf())
                .param("titleEn", "Another")).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from vulnerability_impact where product_id = ?").param(productB)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from remediation_product where product_id = ?").param(productB)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void psirtReviewsTheRecordedImpactAndAnyLaterChangeWithdrawsTheReview() throws Exception {
        impact(developerA, productA, "*", "known_affected", "").andExpect(status().is3xxRedirection());
        int revision = jdbc.sql("select impact_revision from vulnerability v join psirt_case c on c.id = v.case_id "
                + "where c.reference = ?").param(reference).query(Integer.class).single();
        mvc.perform(post("/cases/" + reference + "/vulnerabilities/1/review").cookie(developerA).with(csrf())
                .param("revision", Integer.toString(revision))).andExpect(status().isNotFound());
        assertThat(page(psirt)).contains("Not reviewed by PSIRT since the last change",
                "name=\"revision\" value=\"" + revision + "\"");
        // a review of the revision before the last change is refused: the reviewer did not see that change
        assertThat(mvc.perform(post("/cases/" + reference + "/vulnerabilities/1/review").cookie(psirt).with(csrf())
                        .header("Accept-Language", "en").param("revision", Integer.toString(revision - 1)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("changed after this page was loaded");
        mvc.perform(post("/cases/" + reference + "/vulnerabilities/1/review").cookie(psirt).with(csrf())
                .param("revision", Integer.toString(revision))).andExpect(status().is3xxRedirection());
        assertThat(page(psirt)).contains("Reviewed by").doesNotContain("Not reviewed by PSIRT");
        long impactId = jdbc.sql("select id from vulnerability_impact where product_id = ?").param(productA)
                .query(Long.class).single();
        mvc.perform(post("/cases/" + reference + "/vulnerabilities/1/impact/" + impactId + "/remove")
                .cookie(developerA).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(page(psirt)).contains("Not reviewed by PSIRT since the last change");
    }

    @Test
    void aCveIdIsAssignedFromThePoolOnlyForOurOwnProductsUnlessTheRuleIsOverriddenWithAReason() throws Exception {
        String id = "CVE-2026-" + (70000 + Math.abs(reference.hashCode() % 9999));
        jdbc.sql("insert into cve_id (cve_id, year, state, entered_by, entered_at) values (?, 2026, 'reserved', 't', "
                + "now()) on conflict do nothing").param(id).update();
        String page = mvc.perform(post("/cases/" + reference + "/vulnerabilities/1/cve").cookie(psirt).with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("No product of ours is recorded as affected");
        mvc.perform(post("/cases/" + reference + "/vulnerabilities/1").cookie(psirt).with(csrf())
                .param("titleEn", "Stack overflow in the web server").param("thirdPartyComponent", "zlib 1.2.11")
                .param("upstreamCve", "cve-2022-37434")).andExpect(status().is3xxRedirection());
        impact(developerA, productA, "*", "known_affected", "").andExpect(status().is3xxRedirection());
        page = mvc.perform(post("/cases/" + reference + "/vulnerabilities/1/cve").cookie(psirt).with(csrf())
                        .header("Accept-Language", "en"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("in the third-party component zlib 1.2.11 (upstream CVE-2022-37434)");
        mvc.perform(post("/cases/" + reference + "/vulnerabilities/1/cve").cookie(developerA).with(csrf())
                .param("overrideReason", "mine")).andExpect(status().isNotFound());
        mvc.perform(post("/cases/" + reference + "/vulnerabilities/1/cve").cookie(psirt).with(csrf())
                        .param("overrideReason", "Our patched fork of zlib carries its own flaw."))
                .andExpect(status().is3xxRedirection());
        String assigned = jdbc.sql("select c.cve_id || ' ' || c.override_reason from cve_id c join vulnerability v "
                + "on v.id = c.vulnerability_id join psirt_case k on k.id = v.case_id where k.reference = ?")
                .param(reference).query(String.class).single();
        assertThat(assigned).startsWith("CVE-").endsWith("Our patched fork of zlib carries its own flaw.");
        assertThat(page(psirt)).contains(assigned.substring(0, assigned.indexOf(' ')));
        page = mvc.perform(post("/cases/" + reference + "/vulnerabilities/1/cve").cookie(psirt).with(csrf())
                        .header("Accept-Language", "en").param("overrideReason", "again"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("This vulnerability already has CVE-");
    }

    @Test
    void cvssVectorsAreScoredAndAnInvalidOneIsRefusedWithItsReason() throws Exception {
        String page = mvc.perform(post("/cases/" + reference + "/vulnerabilities/1").cookie(psirt).with(csrf())
                        .header("Accept-Language", "en").param("titleEn", "Stack overflow")
                        .param("cvssV3", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:X"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("The vector CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:X is not valid",
                "value=\"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:X\"");
        page = mvc.perform(post("/cases/" + reference + "/vulnerabilities/1").cookie(psirt).with(csrf())
                        .header("Accept-Language", "en").param("titleEn", "Stack overflow")
                        .param("cvssV3", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Enter a CVSS 3.1 vector in this field.");
        mvc.perform(post("/cases/" + reference + "/vulnerabilities/1").cookie(psirt).with(csrf())
                        .param("titleEn", "Stack overflow")
                        .param("cvssV3", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")
                        .param("cvssV4", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(developerA)).contains("CVSS 3.1 9.8 CRITICAL", "CVSS 4.0 9.3 CRITICAL");
    }

    @Test
    void theCveRecordIsDrawnFromTheInvestigationAndPassesTheCveSchema() throws Exception {
        String id = "CVE-2026-" + (60000 + Math.abs(reference.hashCode() % 9999));
        jdbc.sql("insert into cve_id (cve_id, year, state, entered_by, entered_at) values (?, 2026, 'reserved', 't', "
                + "now()) on conflict do nothing").param(id).update();
        mvc.perform(post("/cases/" + reference + "/vulnerabilities/1").cookie(psirt).with(csrf())
                        .param("titleEn", "Stack overflow in the web server").param("cwe", "CWE-121")
                        .param("descriptionEn", "A long request overflows a stack buffer.")
                        .param("descriptionJa", "長いリクエストでスタックバッファがあふれます。")
                        .param("cvssV3", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")
                        .param("references", "https://jvn.jp/vu/JVNVU99999999/\r\nhttps://www.cisa.gov/ics/x"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(psirt)).contains("https://jvn.jp/vu/JVNVU99999999/\nhttps://www.cisa.gov/ics/x</textarea>");
        impact(developerA, productA, ">= 1.0, < 1.20", "known_affected", "").andExpect(status().is3xxRedirection());
        impact(developerA, productA, ">= 1.20, < 2.0", "fixed", "").andExpect(status().is3xxRedirection());
        impact(developerA, eolProductA, "*", "not_investigated_eol", "").andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/" + reference + "/vulnerabilities/1/cve").cookie(psirt).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/" + reference + "/vulnerabilities/1/cve.json").cookie(developerA))
                .andExpect(status().isNotFound());
        byte[] json = mvc.perform(get("/cases/" + reference + "/vulnerabilities/1/cve.json").cookie(psirt))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(dev.madoguchi.cve.CveSchema.of("5.1.1").validate(json)).isEmpty();
        String record = new String(json, StandardCharsets.UTF_8);
        assertThat(record).contains("\"lessThan\" : \"1.20\"", "\"status\" : \"affected\"",
                "\"status\" : \"unaffected\"", "\"lang\" : \"ja\"", "\"cweId\" : \"CWE-121\"",
                "\"baseScore\" : 9.8", "unsupported-when-assigned", "https://psirt.example.com/advisories/CVE-",
                "\"value\" : \"Credit Overflow in the PLC web server", "https://jvn.jp/vu/JVNVU99999999/");
        assertThat(mvc.perform(post("/cases/" + reference + "/vulnerabilities/1/cve/publish").cookie(psirt)
                        .with(csrf()).header("Accept-Language", "en"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("CVE Services is not configured");
        // a reporter who takes their consent back is no longer credited
        jdbc.sql("update report set credit_wanted = false where tracking_number = ?").param(reference).update();
        assertThat(mvc.perform(get("/cases/" + reference + "/vulnerabilities/1/cve.json").cookie(psirt))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("Credit Overflow").doesNotContain("credits");

        impact(developerA, productA, "> 2.0", "under_investigation", "").andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/cases/" + reference + "/vulnerabilities/1/cve.json").cookie(psirt)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("starts after a version, which CVE records cannot say");
    }

    @Test
    void aDeveloperOfAnotherDivisionDoesNotSeeTheInvestigation() throws Exception {
        String name = StaffFixtures.unique("devc");
        long id = StaffFixtures.create(jdbc, name, Role.DEVELOPER);
        divisions.addMember(divisions.create("Division C " + name), id, name);
        mvc.perform(get("/cases/" + reference + "/vulnerabilities").cookie(SignedIn.as(mvc, name)))
                .andExpect(status().isNotFound());
    }

    @Test
    void psirtAddsEveryProductVersionWhoseSbomHoldsTheComponentAsUnderInvestigation() throws Exception {
        long version = jdbc.sql("select id from product_version where product_id = ? and version = '1.10'")
                .param(productA).query(Long.class).single();
        String sbom = dev.madoguchi.products.ComponentIndexTests.sbom("1.5", "netlib", "3.2.0");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/catalog/products/" + productA + "/versions/" + version + "/sbom")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "sbom.json",
                                "application/json",
                                sbom.getBytes(StandardCharsets.UTF_8)))
                        .cookie(psirt).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/" + reference + "/vulnerabilities/1/components").cookie(developerA).with(csrf())
                .param("component", "pkg:maven/org.example/netlib").param("range", "< 3.3"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/cases/" + reference + "/vulnerabilities/1/components").cookie(psirt).with(csrf())
                        .param("component", "pkg:maven/org.example/netlib").param("range", ">= 3.0, < 3.3")
                        .param("scheme", "firmware"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("""
                select lower_version || ' ' || upper_version || ' ' || status from vulnerability_impact
                where product_id = ?""").param(productA).query(String.class).list())
                .containsExactly("1.10 1.10 under_investigation");
        assertThat(page(developerA)).contains("= 1.10", "SBOM: netlib 3.2.0 (plc-firmware &gt; webserver &gt; netlib)");
    }

    @Test
    void refusedImpactKeepsWhatWasTypedAndSaysWhy() throws Exception {
        impact(developerA, productA, ">= 1.0, < 1.20", "known_affected", "").andExpect(status().is3xxRedirection());
        String page = impact(developerA, productA, "= 1.10", "fixed", "").andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("a version cannot be both affected and fixed", "value=\"= 1.10\"");

        page = impact(developerA, productA, ">= 2.0", "known_not_affected", "").andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Not affected needs a justification");

        page = mvc.perform(post("/cases/" + reference + "/vulnerabilities/1/impact").cookie(developerA).with(csrf())
                        .header("Accept-Language", "ja").param("productId", Long.toString(productA))
                        .param("range", ">= 2.0").param("status", "not_investigated_eol"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("「調査対象外」はサポート終了後の製品だけに使えます。");
        impact(developerA, eolProductA, "*", "not_investigated_eol", "").andExpect(status().is3xxRedirection());

        page = impact(developerA, productA, ">= 3.x", "fixed", "").andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("The versions could not be read.");
    }
}
