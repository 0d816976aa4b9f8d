package dev.madoguchi.advisories;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;

import dev.madoguchi.shared.DisplayTime;
import dev.madoguchi.shared.Role;
import dev.madoguchi.testing.ReportFixtures;
import dev.madoguchi.testing.SignedIn;
import dev.madoguchi.testing.StaffFixtures;
import jakarta.servlet.http.Cookie;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An advisory as a PSIRT author leaves it for review: a case whose reporter asked for credit, one vulnerability with
 * a CVSS vector and an affected product, every required text in both languages, and a publication date agreed on the
 * case. A second PSIRT member (the reviewer) has not touched it.
 */
record ReadyAdvisory(String id, String reference, String title, Cookie author, Cookie reviewer, String reviewerName,
        LocalDateTime agreedJst, long productId) {

    static ReadyAdvisory prepare(MockMvc mvc, JdbcClient jdbc, String title, LocalDateTime agreedJst)
            throws Exception {
        String authorName = StaffFixtures.unique("author");
        StaffFixtures.create(jdbc, authorName, Role.PSIRT);
        String reviewerName = StaffFixtures.unique("reviewer");
        StaffFixtures.create(jdbc, reviewerName, Role.PSIRT);
        Cookie author = SignedIn.as(mvc, authorName);
        String reference = ReportFixtures.submit(mvc, jdbc, title, "en").trackingNumber();
        mvc.perform(post("/cases/" + reference + "/vulnerabilities").cookie(author).with(csrf())
                .param("titleEn", title).param("titleJa", title + "の脆弱性")
                .param("descriptionEn", "An attacker can crash " + title + ".")
                .param("descriptionJa", title + " を停止させられる可能性があります。")
                .param("cvssV3", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H"))
                .andExpect(status().is3xxRedirection());
        long vulnerability = jdbc.sql("""
                select v.id from vulnerability v join psirt_case c on c.id = v.case_id where c.reference = ?""")
                .param(reference).query(Long.class).single();
        long division = jdbc.sql("insert into division (name, created_at) values (?, now()) returning id")
                .param("Division " + title).query(Long.class).single();
        long product = jdbc.sql("""
                insert into product (name_en, name_ja, division_id, version_scheme, created_at, updated_at)
                values (?, ?, ?, 'numeric', now(), now()) returning id""")
                .params("Controller " + title, "コントローラ " + title, division).query(Long.class).single();
        jdbc.sql("""
                insert into vulnerability_impact (vulnerability_id, product_id, lower_version, lower_inclusive,
                       upper_version, upper_inclusive, status, recorded_by, recorded_at)
                values (?, ?, '1.0', true, '2.0', false, 'known_affected', 'dev', now())""")
                .params(vulnerability, product).update();
        String location = mvc.perform(post("/cases/" + reference + "/advisories").cookie(author).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String id = location.substring(location.lastIndexOf('/') + 1);
        text(mvc, author, id, "description", "詳細: " + title, "Details of " + title);
        text(mvc, author, id, "remediation", "1.5 に更新してください。", "Update to 1.5.");
        text(mvc, author, id, "contact", "PSIRT 窓口", "Our PSIRT");
        mvc.perform(post("/cases/" + reference + "/publication-agreement").cookie(author).with(csrf())
                .param("date", agreedJst.toLocalDate().toString()).param("time", agreedJst.toLocalTime().toString())
                .param("coordinatorAgreed", "on").param("coordinatorName", "JPCERT/CC")
                .param("coordinatorOn", java.time.LocalDate.now(DisplayTime.JST).toString()))
                .andExpect(status().is3xxRedirection());
        return new ReadyAdvisory(id, reference, title, author, SignedIn.as(mvc, reviewerName), reviewerName, agreedJst,
                product);
    }

    static void text(MockMvc mvc, Cookie who, String id, String field, String ja, String en) throws Exception {
        mvc.perform(post("/desk/advisories/" + id + "/texts/" + field).cookie(who).with(csrf()).param("ja", ja)
                .param("en", en)).andExpect(status().is3xxRedirection());
    }

    int edition(JdbcClient jdbc) {
        return jdbc.sql("select edition from advisory where id = ?").param(id).query(Integer.class).single();
    }

    /** The reviewer approves the current edition and schedules it. */
    void approveAndSchedule(MockMvc mvc, JdbcClient jdbc) throws Exception {
        mvc.perform(post("/desk/advisories/" + id + "/approve").cookie(reviewer).with(csrf())
                .param("edition", Integer.toString(edition(jdbc)))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/desk/advisories/" + id + "/schedule").cookie(reviewer).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }
}
