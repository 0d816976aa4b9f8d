package dev.madoguchi.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.madoguchi.cases.Divisions;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class CatalogTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Divisions divisions;
    @Autowired
    Catalog catalog;

    private Cookie psirt;
    private long division;
    private String unique;

    @BeforeEach
    void aHandlerAndADivision() throws Exception {
        unique = StaffFixtures.unique("p");
        String name = StaffFixtures.unique("psirt");
        StaffFixtures.create(jdbc, name, Role.PSIRT);
        psirt = SignedIn.as(mvc, name);
        division = divisions.create("PLC Division " + unique);
    }

    private MockHttpServletRequestBuilder product(String path, String nameEn, String scheme) {
        return product(psirt, path, nameEn, scheme);
    }

    private MockHttpServletRequestBuilder product(Cookie who, String path, String nameEn, String scheme) {
        return post(path).cookie(who).with(csrf()).param("nameEn", nameEn).param("nameJa", "シーケンサ " + unique)
                .param("divisionId", Long.toString(division)).param("versionScheme", scheme)
                .param("modelNumbers", "R04CPU\nR08CPU");
    }

    private long create(String nameEn, String scheme) throws Exception {
        String location = mvc.perform(product("/catalog/products", nameEn, scheme))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private String page(Cookie who, String path) throws Exception {
        return mvc.perform(get(path).cookie(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private void addVersion(long id, String version) throws Exception {
        mvc.perform(post("/catalog/products/" + id + "/versions").cookie(psirt).with(csrf()).param("version", version))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aHandlerRegistersAProductWithItsDivisionModelsAndNames() throws Exception {
        long id = create("MELSEC " + unique, "firmware");
        Product p = catalog.product(id).orElseThrow();
        assertThat(p.divisionId()).isEqualTo(division);
        assertThat(p.modelNumbers()).containsExactly("R04CPU", "R08CPU");
        assertThat(page(psirt, "/catalog?q=R08CPU")).contains("MELSEC " + unique);
    }

    @Test
    void aRefusedProductFormKeepsWhatWasTypedAndSaysWhatIsWrongInJapanese() throws Exception {
        String body = mvc.perform(post("/catalog/products").cookie(psirt).with(csrf()).header("Accept-Language", "ja")
                        .param("nameEn", "Kept " + unique).param("nameJa", "").param("versionScheme", "numeric")
                        .param("cpe", "not-a-cpe").param("endOfLifeOn", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("value=\"Kept " + unique + "\"", "value=\"not-a-cpe\"",
                "名称は 1〜200 文字で入力してください。", "製品を担当する開発部門を選んでください。",
                "CPE 2.3 形式");
        assertThat(catalog.search("Kept " + unique, null, null)).isEmpty();
    }

    @Test
    void versionsAreListedInTheProductsOrderAndInvalidOrEqualOnesAreRefused() throws Exception {
        long id = create("Firmware " + unique, "firmware");
        for (String v : List.of("Ver.1.10", "Ver.1.08J", "Ver.1.08", "Ver.1.9")) {
            addVersion(id, v);
        }
        assertThat(catalog.versions(id)).extracting(ProductVersion::version)
                .containsExactly("Ver.1.08", "Ver.1.08J", "Ver.1.9", "Ver.1.10");

        long numeric = create("Numeric " + unique, "numeric");
        addVersion(numeric, "1.2");
        addVersion(numeric, "1.2.0");
        addVersion(numeric, "1.x");
        assertThat(catalog.versions(numeric)).extracting(ProductVersion::version).containsExactly("1.2");
        mvc.perform(post("/catalog/products/" + numeric + "/versions").cookie(psirt).with(csrf())
                        .header("Accept-Language", "en").param("version", "1.x"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("problemTexts", List.of("\"1.x\" is not a numeric version: use numbers separated "
                                + "by dots, such as 1.2.10.")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("versionTyped", "1.x"));
    }

    @Test
    void changingTheVersionOrderIsRefusedWhenListedVersionsDoNotFollowIt() throws Exception {
        long id = create("Listed " + unique, "listed");
        addVersion(id, "2024-spring");
        String body = mvc.perform(product("/catalog/products/" + id, "Listed " + unique, "numeric")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("The versions already listed do not all follow the new order: 2024-spring");
        assertThat(catalog.product(id).orElseThrow().versionScheme()).isEqualTo("listed");
    }

    @Test
    void aDuplicateNameIsRefusedOnTheFormWithWhatWasTyped() throws Exception {
        create("Twin " + unique, "numeric");
        String body = mvc.perform(product("/catalog/products", "twin " + unique, "numeric")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("Another product already has this English name.", "value=\"twin " + unique + "\"");
    }

    @Test
    void aRenamedProductKeepsItsFormerNameWhichStillFindsIt() throws Exception {
        long id = create("Old Name " + unique, "numeric");
        mvc.perform(product("/catalog/products/" + id, "New Name " + unique, "numeric"))
                .andExpect(status().is3xxRedirection());
        assertThat(catalog.product(id).orElseThrow().nameEn()).isEqualTo("New Name " + unique);
        assertThat(catalog.formerNames(id)).extracting(FormerName::nameEn).containsExactly("Old Name " + unique);
        assertThat(catalog.productNamed("old name " + unique)).map(Product::id).contains(id);
        assertThat(catalog.search("Old Name " + unique, null, null)).extracting(Product::id).containsExactly(id);
        // the former name stays with the product: no other product may take it
        String body = mvc.perform(product("/catalog/products", "Old Name " + unique, "numeric")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("This name was the former name of New Name " + unique);
    }

    @Test
    void aRefusedSbomIsExplainedInThePersonsLanguage() throws Exception {
        long id = create("Sbom " + unique, "numeric");
        addVersion(id, "1.0");
        long version = catalog.versions(id).get(0).id();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/catalog/products/" + id + "/versions/" + version + "/sbom")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "old.json", "application/json",
                                ComponentIndexTests.sbom("1.2", "lib", "1.0.0").getBytes(StandardCharsets.UTF_8)))
                        .cookie(psirt).with(csrf()).header("Accept-Language", "ja"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute(
                        "problemTexts", List.of("バージョン 1.0 の SBOM は登録していません（何も変更していません）: "
                                + "specVersion 1.2 には対応していません。対応しているのは CycloneDX 1.4、1.5、1.6 です。")));
    }

    @Test
    void developersReadTheCatalogButOnlyAdministratorsAndHandlersChangeIt() throws Exception {
        long id = create("Guarded " + unique, "numeric");
        String developerName = StaffFixtures.unique("dev");
        StaffFixtures.create(jdbc, developerName, Role.DEVELOPER);
        Cookie developer = SignedIn.as(mvc, developerName);
        assertThat(page(developer, "/catalog/products/" + id)).contains("Guarded " + unique)
                .doesNotContain("action=\"/catalog/products/" + id + "/versions\"");
        mvc.perform(post("/catalog/products/" + id + "/versions").cookie(developer).with(csrf())
                .param("version", "9.9")).andExpect(status().isNotFound());
        mvc.perform(product(developer, "/catalog/products", "Sneaky " + unique, "numeric"))
                .andExpect(status().isNotFound());
        for (String bulk : List.of("/catalog/export.json", "/catalog/export.csv", "/catalog/transfer")) {
            mvc.perform(get(bulk).cookie(developer)).andExpect(status().isNotFound());
        }
        assertThat(catalog.versions(id)).isEmpty();

        String coordinatorName = StaffFixtures.unique("coord");
        StaffFixtures.create(jdbc, coordinatorName, Role.COORDINATOR);
        mvc.perform(get("/catalog/products/" + id).cookie(SignedIn.as(mvc, coordinatorName)))
                .andExpect(status().isNotFound());
    }
}
