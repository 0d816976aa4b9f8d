package dev.madoguchi.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class CatalogTransferTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Divisions divisions;
    @Autowired
    Catalog catalog;

    private Cookie psirt;
    private String division;
    private String unique;

    @BeforeEach
    void aHandlerAndADivision() throws Exception {
        unique = StaffFixtures.unique("t");
        String name = StaffFixtures.unique("psirt");
        StaffFixtures.create(jdbc, name, Role.PSIRT);
        psirt = SignedIn.as(mvc, name);
        division = "Drive Division " + unique;
        divisions.create(division);
    }

    private String upload(String fileName, String content) throws Exception {
        return mvc.perform(multipart("/catalog/import").file(new MockMultipartFile("file", fileName,
                        fileName.endsWith(".csv") ? "text/csv" : "application/json",
                        content.getBytes(StandardCharsets.UTF_8))).cookie(psirt).with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aCsvImportCreatesProductsWithFamilyAndVersionsAndTheExportGivesThemBack() throws Exception {
        String csv = "name_en,name_ja,family_en,division,version_scheme,model_numbers,versions,end_of_life_on\r\n"
                + "\"Inverter " + unique + "\",インバータ " + unique + ",FR Series " + unique + "," + division
                + ",numeric,FR-A800;FR-F800,1.0;1.10;1.9,2030-03-31\r\n";
        assertThat(upload("catalog.csv", csv)).contains("Imported: 1 products created, 0 updated, 3 versions added.");
        Product p = catalog.productNamed("Inverter " + unique).orElseThrow();
        assertThat(p.familyNameEn()).isEqualTo("FR Series " + unique);
        assertThat(p.modelNumbers()).containsExactly("FR-A800", "FR-F800");
        assertThat(p.endOfLifeOn()).hasToString("2030-03-31");
        assertThat(catalog.versions(p.id())).extracting(ProductVersion::version).containsExactly("1.0", "1.9", "1.10");

        String json = mvc.perform(get("/catalog/export.json").cookie(psirt)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"nameEn\":\"Inverter " + unique + "\"", "\"division\":\"" + division + "\"",
                "\"version\":\"1.10\"");
        String exported = mvc.perform(get("/catalog/export.csv").cookie(psirt)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(exported).startsWith("\uFEFFname_en,").contains("\"FR-A800;FR-F800\"", "\"1.0;1.10;1.9\"");

        // the export imported again changes nothing but counts the product as updated
        assertThat(upload("again.json", json)).contains("0 products created").contains("0 versions added");
    }

    @Test
    void anImportWithOneBadRowChangesNothingAndNamesEveryProblemWithItsRow() throws Exception {
        String csv = "name_en,division,version_scheme,versions\n"
                + "Good " + unique + "," + division + ",numeric,1.0\n"
                + "Bad " + unique + ",No Such Division,numeric,1.x\n"
                + "Good " + unique + "," + division + ",numeric,\n";
        String page = upload("catalog.csv", csv);
        assertThat(page).contains("Nothing was imported from catalog.csv",
                "Row 2: There is no division named &quot;No Such Division&quot;",
                "Row 2: &quot;1.x&quot; is not a numeric version",
                "Row 3: The product &quot;Good " + unique + "&quot; appears twice in the file.");
        assertThat(catalog.search(unique, null, null)).isEmpty();
    }

    @Test
    void anImportUpdatesOnlyTheColumnsTheFileHas() throws Exception {
        upload("first.csv", "name_en,division,version_scheme,model_numbers,cpe,versions\n"
                + "Keeper " + unique + "," + division + ",firmware,K-1;K-2,cpe:2.3:h:example:keeper:-:*:*:*:*:*:*:*,"
                + "Ver.1.08J\n");
        assertThat(upload("second.csv", "name_en,end_of_life_on\nKeeper " + unique + ",2031-01-31\n"))
                .contains("0 products created, 1 updated");
        Product p = catalog.productNamed("Keeper " + unique).orElseThrow();
        assertThat(p.versionScheme()).isEqualTo("firmware");
        assertThat(p.modelNumbers()).containsExactly("K-1", "K-2");
        assertThat(p.cpe()).startsWith("cpe:2.3:h:example:keeper");
        assertThat(p.divisionName()).isEqualTo(division);
        assertThat(p.endOfLifeOn()).hasToString("2031-01-31");
    }

    @Test
    void anImportRowUnderAFormerNameIsRefusedRatherThanCreatingASecondProduct() throws Exception {
        upload("first.csv", "name_en,division\nBefore " + unique + "," + division + "\n");
        Product p = catalog.productNamed("Before " + unique).orElseThrow();
        jdbc.sql("update product set name_en = ? where id = ?").params("After " + unique, p.id()).update();
        jdbc.sql("insert into product_former_name (product_id, name_en, name_ja, replaced_at, replaced_by) "
                + "values (?, ?, ?, now(), 'test')").params(p.id(), "Before " + unique, "Before").update();
        assertThat(upload("again.csv", "name_en,division\nBefore " + unique + "," + division + "\n"))
                .contains("is a former name of the product &quot;After " + unique + "&quot;");
        assertThat(catalog.search(unique, null, null)).hasSize(1);
    }

    @Test
    void aFileThatIsNotTheCatalogIsRefusedWithAReason() throws Exception {
        assertThat(upload("catalog.json", "{not json")).contains("The file is not valid JSON.");
        assertThat(upload("catalog.csv", "title,body\nx,y\n")).contains("The first line must name the columns");
        assertThat(upload("catalog.json", "[1,2]")).contains("The JSON must be an object with a &quot;products&quot; list");
    }
}
