package dev.madoguchi.advisories;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.madoguchi.csaf.CsafFinding;
import dev.madoguchi.csaf.CsafValidator;
import dev.madoguchi.csaf.JsonReader;
import dev.madoguchi.csaf.JsonValue;

import org.junit.jupiter.api.Test;

/** The CSAF 2.0 document of a revision, built from a snapshot without Spring or a database. */
class CsafAdvisoryTests {

    static final Instant FIRST = Instant.parse("2026-03-02T01:00:00.123456Z");
    static final Instant SECOND = Instant.parse("2026-03-09T06:30:00Z");
    static final CsafProvider PROVIDER = new CsafProvider("Example Corporation", "https://psirt.example.com",
            "E-mail: psirt@example.com", "https://psirt.example.com/", "1.2.3");
    static final String V31 = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H";

    static Map<Long, CsafProduct> catalog() {
        return Map.of(7L, new CsafProduct(7, "MELSEC", "numeric", "cpe:2.3:h:example:controller_x:*:*:*:*:*:*:*:*",
                "pkg:generic/example/controller-x", List.of("CX-100", "CX-200")),
                8L, new CsafProduct(8, null, "semantic", null, null, List.of("GW-1")));
    }

    static AdvisorySnapshot.Affected row(long product, String name, String range, List<String> versions,
            String status) {
        return new AdvisorySnapshot.Affected(product, new Bilingual(name + "（日本語）", name), range, versions,
                status, null);
    }

    static AdvisorySnapshot snapshot(List<AdvisorySnapshot.Affected> affected) {
        Map<AdvisoryField, Bilingual> texts = new EnumMap<>(AdvisoryField.class);
        texts.put(AdvisoryField.TITLE, new Bilingual("コントローラの脆弱性", "Denial of service in Controller X"));
        texts.put(AdvisoryField.OVERVIEW, new Bilingual("概要", "A remote attacker can stop Controller X."));
        texts.put(AdvisoryField.DESCRIPTION, new Bilingual("詳細", "Crafted packets exhaust memory."));
        texts.put(AdvisoryField.REMEDIATION, new Bilingual("更新", "Update to 1.5."));
        texts.put(AdvisoryField.TERMS, new Bilingual("", "Provided as is."));
        var vulnerability = new AdvisorySnapshot.Vulnerability("V1", "CVE-2026-12345",
                new Bilingual("サービス運用妨害", "Uncontrolled resource consumption"), "CWE-400",
                new Bilingual("制御されないリソース消費", "Uncontrolled Resource Consumption"),
                List.of(new AdvisorySnapshot.Score("3.1", V31, 7.5, "HIGH"),
                        new AdvisorySnapshot.Score("4.0", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:N",
                                8.7, "HIGH")),
                affected);
        List<AdvisorySnapshot.Revision> history = List.of(
                new AdvisorySnapshot.Revision(1, FIRST, new Bilingual("初版", "Initial release")),
                new AdvisorySnapshot.Revision(2, SECOND, new Bilingual("回避策を追加", "Added a workaround")));
        return new AdvisorySnapshot("MDG-2026-001", 2, FIRST, SECOND, texts, List.of(vulnerability),
                List.of(new Bilingual("山田太郎", "Taro Yamada")),
                List.of(new AdvisorySnapshot.Reference("JVN", "JVNVU#12345678", "https://jvn.jp/vu/JVNVU12345678/"),
                        new AdvisorySnapshot.Reference("CVE", "CVE-2026-12345",
                                "https://www.cve.org/CVERecord?id=CVE-2026-12345")),
                history);
    }

    static AdvisorySnapshot typical() {
        return snapshot(List.of(row(7, "Controller X", ">= 1.0, < 1.5", List.of("1.0", "1.2"), "known_affected"),
                row(7, "Controller X", ">= 1.5", List.of("1.5"), "fixed"),
                row(8, "Gateway", ">= 2.0.0, < 3.0.0", List.of(), "under_investigation")));
    }

    static byte[] bytes(AdvisorySnapshot s) {
        return CsafAdvisory.document(s, PROVIDER, catalog());
    }

    static JsonValue document(AdvisorySnapshot s) {
        return JsonReader.read(bytes(s));
    }

    static List<String> texts(JsonValue array) {
        return array.elements().stream().map(JsonValue::text).toList();
    }

    @Test
    void theFileNameIsTheTrackingIdInLowerCaseWithEveryOtherCharacterAnUnderscore() {
        assertThat(CsafAdvisory.fileName("MDG-2026-001")).isEqualTo("mdg-2026-001.json");
        assertThat(CsafAdvisory.fileName("Example:PSIRT/2026.7+b ä")).isEqualTo("example_psirt_2026_7+b__.json");
    }

    @Test
    void theSameSnapshotGivesTheSameBytesSortedIndentedByTwoSpacesAndEndedByALineFeed() {
        byte[] once = bytes(typical());
        assertThat(bytes(typical())).isEqualTo(once);
        String text = new String(once, StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\n  \"document\": {\n    \"acknowledgments\": [").endsWith("}\n")
                .doesNotContain("\t", "\r");
        assertThat(text.indexOf("\"document\"")).isLessThan(text.indexOf("\"product_tree\""));
        assertThat(text.indexOf("\"product_tree\"")).isLessThan(text.indexOf("\"vulnerabilities\""));
    }

    @Test
    void theDocumentValidatesWithoutErrorsOrWarnings() {
        List<CsafFinding> findings = CsafValidator.all().validate(bytes(typical())).findings();
        assertThat(findings).filteredOn(f -> f.severity() != CsafFinding.Severity.INFO).isEmpty();
    }

    @Test
    void theDocumentIsAnEnglishSecurityAdvisoryMarkedTlpWhiteFromTheVendor() {
        JsonValue d = document(typical()).get("document");
        assertThat(d.get("category").text()).isEqualTo("csaf_security_advisory");
        assertThat(d.get("csaf_version").text()).isEqualTo("2.0");
        assertThat(d.get("lang").text()).isEqualTo("en");
        assertThat(d.get("title").text()).isEqualTo("Denial of service in Controller X");
        assertThat(d.get("distribution").get("tlp").get("label").text()).isEqualTo("WHITE");
        assertThat(d.get("distribution").get("tlp").get("url").text()).isEqualTo("https://www.first.org/tlp/");
        assertThat(d.get("publisher").get("category").text()).isEqualTo("vendor");
        assertThat(d.get("publisher").get("name").text()).isEqualTo("Example Corporation");
        assertThat(d.get("publisher").get("namespace").text()).isEqualTo("https://psirt.example.com");
        assertThat(d.get("acknowledgments").get(0).get("names").get(0).text()).isEqualTo("Taro Yamada");
        assertThat(d.get("notes").elements()).extracting(n -> n.get("category").text())
                .containsExactly("summary", "description", "general", "legal_disclaimer");
    }

    @Test
    void theCanonicalUrlIsTheTrustedProvidersAddressOfTheFileInTheFolderOfTheInitialReleaseYear() {
        JsonValue references = document(typical()).get("document").get("references");
        assertThat(references.get(0).get("category").text()).isEqualTo("self");
        assertThat(references.get(0).get("url").text())
                .isEqualTo("https://psirt.example.com/.well-known/csaf/white/2026/mdg-2026-001.json");
        assertThat(references.get(1).get("url").text()).isEqualTo("https://psirt.example.com/advisories/MDG-2026-001");
        assertThat(references.get(2).get("category").text()).isEqualTo("external");
        assertThat(references.get(2).get("summary").text()).isEqualTo("JVN JVNVU#12345678");
    }

    @Test
    void withoutAPublicAddressTheDocumentHasNoSelfReference() {
        CsafProvider unaddressed = new CsafProvider("Example Corporation", "https://example.com", "E-mail: x@example.com",
                "", null);
        JsonValue d = JsonReader.read(CsafAdvisory.document(typical(), unaddressed, catalog())).get("document");
        assertThat(d.get("references").elements()).extracting(r -> r.get("category").text())
                .containsOnly("external");
        assertThat(d.get("tracking").get("generator").get("engine").get("version").exists()).isFalse();
    }

    @Test
    void trackingHasEveryRevisionWithIntegerVersionsAndMillisecondUtcDates() {
        JsonValue t = document(typical()).get("document").get("tracking");
        assertThat(t.get("id").text()).isEqualTo("MDG-2026-001");
        assertThat(t.get("status").text()).isEqualTo("final");
        assertThat(t.get("version").text()).isEqualTo("2");
        assertThat(t.get("initial_release_date").text()).isEqualTo("2026-03-02T01:00:00.123Z");
        assertThat(t.get("current_release_date").text()).isEqualTo("2026-03-09T06:30:00.000Z");
        assertThat(t.get("revision_history").elements()).extracting(r -> r.get("number").text() + " "
                + r.get("date").text() + " " + r.get("summary").text()).containsExactly(
                "1 2026-03-02T01:00:00.123Z Initial release", "2 2026-03-09T06:30:00.000Z Added a workaround");
        assertThat(t.get("generator").get("engine").get("name").text()).isEqualTo("Madoguchi");
        assertThat(t.get("generator").get("date").text()).isEqualTo("2026-03-09T06:30:00.000Z");
    }

    @Test
    void listedVersionsAreProductVersionsUnderVendorFamilyAndProductName() {
        JsonValue vendor = document(typical()).get("product_tree").get("branches").get(0);
        assertThat(vendor.get("category").text()).isEqualTo("vendor");
        assertThat(vendor.get("name").text()).isEqualTo("Example Corporation");
        JsonValue family = vendor.get("branches").get(0);
        assertThat(family.get("category").text() + " " + family.get("name").text()).isEqualTo("product_family MELSEC");
        JsonValue product = family.get("branches").get(0);
        assertThat(product.get("category").text() + " " + product.get("name").text())
                .isEqualTo("product_name Controller X");
        assertThat(product.get("branches").elements()).extracting(b -> b.get("category").text() + " "
                + b.get("name").text() + " " + b.get("product").get("product_id").text())
                .containsExactly("product_version 1.0 CSAFPID-7:1.0", "product_version 1.2 CSAFPID-7:1.2",
                        "product_version 1.5 CSAFPID-7:1.5");
        JsonValue helper = product.get("branches").get(1).get("product").get("product_identification_helper");
        assertThat(helper.get("cpe").text()).isEqualTo("cpe:2.3:h:example:controller_x:1.2:*:*:*:*:*:*:*");
        assertThat(helper.get("purl").text()).isEqualTo("pkg:generic/example/controller-x@1.2");
        assertThat(texts(helper.get("model_numbers"))).containsExactly("CX-100", "CX-200");
        assertThat(product.get("branches").get(1).get("product").get("name").text()).isEqualTo("Controller X 1.2");
    }

    @Test
    void aRangeWithoutListedVersionsIsAProductVersionRangeInVers() {
        JsonValue gateway = document(typical()).get("product_tree").get("branches").get(0).get("branches").get(1);
        assertThat(gateway.get("category").text() + " " + gateway.get("name").text()).isEqualTo("product_name Gateway");
        JsonValue range = gateway.get("branches").get(0);
        assertThat(range.get("category").text()).isEqualTo("product_version_range");
        assertThat(range.get("name").text()).isEqualTo("vers:semver/>=2.0.0|<3.0.0");
        assertThat(range.get("product").get("product_id").text()).isEqualTo("CSAFPID-8:>=2.0.0|<3.0.0");
        assertThat(range.get("product").get("name").text()).isEqualTo("Gateway >= 2.0.0, < 3.0.0");
        assertThat(texts(range.get("product").get("product_identification_helper").get("model_numbers")))
                .containsExactly("GW-1");
    }

    @Test
    void anExactRangeIsOneProductVersion() {
        JsonValue product = document(snapshot(List.of(row(8, "Gateway", "= 2.1.0", List.of(), "known_affected"))))
                .get("product_tree").get("branches").get(0).get("branches").get(0).get("branches").get(0);
        assertThat(product.get("category").text() + " " + product.get("name").text())
                .isEqualTo("product_version 2.1.0");
    }

    @Test
    void eachRowPutsItsProductIdsIntoTheGroupOfItsStatus() {
        JsonValue status = document(typical()).get("vulnerabilities").get(0).get("product_status");
        assertThat(texts(status.get("known_affected"))).containsExactly("CSAFPID-7:1.0", "CSAFPID-7:1.2");
        assertThat(texts(status.get("fixed"))).containsExactly("CSAFPID-7:1.5");
        assertThat(texts(status.get("under_investigation"))).containsExactly("CSAFPID-8:>=2.0.0|<3.0.0");
    }

    @Test
    void everyAffectedOrInvestigatedProductHasARemediation() {
        JsonValue remediations = document(typical()).get("vulnerabilities").get(0).get("remediations");
        assertThat(remediations.elements()).extracting(r -> r.get("category").text() + " " + r.get("details").text()
                + " " + texts(r.get("product_ids"))).containsExactly(
                "vendor_fix Update to 1.5. [CSAFPID-7:1.0, CSAFPID-7:1.2]",
                "none_available The investigation of these products is not complete; this advisory will be updated. "
                        + "[CSAFPID-8:>=2.0.0|<3.0.0]");
    }

    @Test
    void workaroundsCoverAffectedAndInvestigatedProducts() {
        AdvisorySnapshot s = typical();
        Map<AdvisoryField, Bilingual> texts = new EnumMap<>(s.texts());
        texts.remove(AdvisoryField.REMEDIATION);
        texts.put(AdvisoryField.WORKAROUNDS, new Bilingual("ポートを閉じる", "Close port 502."));
        AdvisorySnapshot changed = new AdvisorySnapshot(s.id(), s.revision(), s.firstPublished(), s.published(),
                texts, s.vulnerabilities(), s.acknowledgments(), s.references(), s.history());
        JsonValue remediations = document(changed).get("vulnerabilities").get(0).get("remediations");
        assertThat(remediations.elements()).extracting(r -> r.get("category").text() + " "
                + texts(r.get("product_ids"))).containsExactly(
                "workaround [CSAFPID-7:1.0, CSAFPID-7:1.2, CSAFPID-8:>=2.0.0|<3.0.0]");
    }

    @Test
    void theCvssV31ScoreSpellsOutItsVectorAndNamesTheAffectedProductsOnly() {
        JsonValue scores = document(typical()).get("vulnerabilities").get(0).get("scores");
        assertThat(scores.elements()).as("CSAF 2.0 has no place for CVSS v4.0").hasSize(1);
        assertThat(texts(scores.get(0).get("products"))).containsExactly("CSAFPID-7:1.0", "CSAFPID-7:1.2");
        JsonValue cvss = scores.get(0).get("cvss_v3");
        assertThat(cvss.get("version").text()).isEqualTo("3.1");
        assertThat(cvss.get("vectorString").text()).isEqualTo(V31);
        assertThat(((JsonValue.Num) cvss.get("baseScore")).literal()).isEqualTo("7.5");
        assertThat(cvss.get("baseSeverity").text()).isEqualTo("HIGH");
        assertThat(cvss.get("attackVector").text()).isEqualTo("NETWORK");
        assertThat(cvss.get("privilegesRequired").text()).isEqualTo("NONE");
        assertThat(cvss.get("scope").text()).isEqualTo("UNCHANGED");
        assertThat(cvss.get("availabilityImpact").text()).isEqualTo("HIGH");
    }

    @Test
    void theVulnerabilityKeepsItsCveCweWithMitresNameTitleAndDescription() {
        JsonValue v = document(typical()).get("vulnerabilities").get(0);
        assertThat(v.get("cve").text()).isEqualTo("CVE-2026-12345");
        assertThat(v.get("cwe").get("id").text()).isEqualTo("CWE-400");
        assertThat(v.get("cwe").get("name").text()).isEqualTo("Uncontrolled Resource Consumption");
        assertThat(v.get("title").text()).isEqualTo("Uncontrolled resource consumption");
        assertThat(v.get("notes").get(0).get("category").text()).isEqualTo("description");
        assertThat(v.get("notes").get(0).get("text").text()).isEqualTo("Crafted packets exhaust memory.");
        assertThat(v.get("references").get(0).get("url").text())
                .isEqualTo("https://www.cve.org/CVERecord?id=CVE-2026-12345");
    }

    @Test
    void productsNotInvestigatedForTheirEndOfLifeHaveNoStatusButANote() {
        List<AdvisorySnapshot.Affected> rows = new ArrayList<>(typical().vulnerabilities().get(0).affected());
        rows.add(row(9, "Old Panel", "*", List.of(), "not_investigated_eol"));
        String text = new String(bytes(snapshot(rows)), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("CSAFPID-9").contains("were not investigated: Old Panel *.");
    }

    @Test
    void aCpeGetsTheVersionBoundAndQuotedOnlyWhereTheCatalogLeftItOpen() {
        assertThat(CsafProductTree.cpeOf("cpe:2.3:o:example:fw:*:*:*:*:*:*:*:*", "Ver.1.08J"))
                .isEqualTo("cpe:2.3:o:example:fw:Ver.1.08J:*:*:*:*:*:*:*");
        assertThat(CsafProductTree.cpeOf("cpe:2.3:o:example:fw:-:*:*:*:*:*:*:*", "1.0(b)"))
                .isEqualTo("cpe:2.3:o:example:fw:1.0\\(b\\):*:*:*:*:*:*:*");
        assertThat(CsafProductTree.cpeOf("cpe:2.3:o:example:fw:2.0:*:*:*:*:*:*:*", "1.0")).isNull();
        assertThat(CsafProductTree.cpeOf("cpe:2.3:o:example:fw:*:*:*:*:*:*:*:*", "1.0 beta")).isNull();
        assertThat(CsafProductTree.purlOf("pkg:npm/%40example/x?arch=arm#lib", "1.0 b"))
                .isEqualTo("pkg:npm/%40example/x@1.0%20b?arch=arm#lib");
    }
}
