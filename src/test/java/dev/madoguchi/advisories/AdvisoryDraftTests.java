package dev.madoguchi.advisories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import dev.madoguchi.shared.DisplayTime;
import dev.madoguchi.shared.Role;
import dev.madoguchi.testing.ReportFixtures;
import dev.madoguchi.testing.SignedIn;
import dev.madoguchi.testing.StaffFixtures;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = "madoguchi.advisories.id-prefix=EXA")
@AutoConfigureMockMvc
class AdvisoryDraftTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private String draft(Cookie psirt, String title) throws Exception {
        String reference = ReportFixtures.submit(mvc, jdbc, title, "en").trackingNumber();
        mvc.perform(post("/cases/" + reference + "/vulnerabilities").cookie(psirt).with(csrf())
                .param("titleEn", title).param("titleJa", "日本語の" + title)
                .param("descriptionEn", "What " + title + " does.")).andExpect(status().is3xxRedirection());
        String location = mvc.perform(post("/cases/" + reference + "/advisories").cookie(psirt).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    @Test
    void draftsAreNumberedPerYearAndStartFromTheirVulnerabilitiesInBothLanguages() throws Exception {
        String name = StaffFixtures.unique("psirt");
        StaffFixtures.create(jdbc, name, Role.PSIRT);
        Cookie psirt = SignedIn.as(mvc, name);
        int year = LocalDate.now(DisplayTime.JST).getYear();
        String first = draft(psirt, "Overflow one");
        String second = draft(psirt, "Overflow two");
        assertThat(first).matches("EXA-" + year + "-\\d{3,}");
        assertThat(Integer.parseInt(second.substring(second.lastIndexOf('-') + 1)))
                .isEqualTo(Integer.parseInt(first.substring(first.lastIndexOf('-') + 1)) + 1);
        String page = mvc.perform(get("/desk/advisories/" + second).cookie(psirt).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Overflow two", "日本語のOverflow two", "What Overflow two does.",
                "no CVE ID yet", "No affected products recorded yet.")
                .doesNotContain("<span class=\"tag warn\">older than its original</span>");

        mvc.perform(post("/desk/advisories/" + second + "/texts/title").cookie(psirt).with(csrf())
                .param("ja", "日本語のOverflow two").param("en", "Buffer overflow in product two"))
                .andExpect(status().is3xxRedirection());
        page = mvc.perform(get("/desk/advisories/" + second).cookie(psirt).header("Accept-Language", "en"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Buffer overflow in product two",
                "<span class=\"tag warn\">older than its original</span>");
    }

    @Test
    void theDraftShowsTheAffectedProductsRecordedInTheInvestigation() throws Exception {
        String name = StaffFixtures.unique("psirt");
        StaffFixtures.create(jdbc, name, Role.PSIRT);
        Cookie psirt = SignedIn.as(mvc, name);
        String id = draft(psirt, "Table source");
        long vulnerability = jdbc.sql("select vulnerability_id from advisory_vulnerability where advisory_id = ?")
                .param(id).query(Long.class).single();
        long division = jdbc.sql("insert into division (name, created_at) values (?, now()) returning id")
                .param("Advisory division " + name).query(Long.class).single();
        long product = jdbc.sql("""
                insert into product (name_en, name_ja, division_id, version_scheme, created_at, updated_at)
                values (?, ?, ?, 'numeric', now(), now()) returning id""")
                .params("Gateway " + name, "ゲートウェイ " + name, division).query(Long.class).single();
        jdbc.sql("insert into product_version (product_id, version, position, created_at) values (?, '1.0', 1, now()),"
                + " (?, '1.5', 2, now())").params(product, product).update();
        jdbc.sql("""
                insert into vulnerability_impact (vulnerability_id, product_id, lower_version, lower_inclusive,
                       upper_version, upper_inclusive, status, recorded_by, recorded_at)
                values (?, ?, '1.0', true, '2.0', false, 'known_affected', 'dev', now())""")
                .params(vulnerability, product).update();
        String page = mvc.perform(get("/desk/advisories/" + id).cookie(psirt).header("Accept-Language", "ja"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("ゲートウェイ " + name, "&gt;= 1.0, &lt; 2.0", "1.0, 1.5", "影響あり");
    }

    @Test
    void onlyPsirtSeesOrWritesDrafts() throws Exception {
        String name = StaffFixtures.unique("psirt");
        StaffFixtures.create(jdbc, name, Role.PSIRT);
        String id = draft(SignedIn.as(mvc, name), "Secret draft");
        String developer = StaffFixtures.unique("dev");
        StaffFixtures.create(jdbc, developer, Role.DEVELOPER);
        Cookie dev = SignedIn.as(mvc, developer);
        mvc.perform(get("/desk/advisories/" + id).cookie(dev)).andExpect(status().isNotFound());
        mvc.perform(post("/desk/advisories/" + id + "/texts/title").cookie(dev).with(csrf()).param("en", "x"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/desk/advisories/EXA-1999-999").cookie(SignedIn.as(mvc, name)))
                .andExpect(status().isNotFound());
    }
}
