package dev.madoguchi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dev.madoguchi.shared.DisplayTime;
import dev.madoguchi.shared.Role;
import dev.madoguchi.testing.StaffFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One PSIRT member writes an advisory in both languages and records the date agreed with JPCERT/CC a minute or two
 * ahead; a second approves and schedules it; a reader of the public portal sees it appear at that moment in both
 * languages and downloads the PDF.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "db-scheduler.polling-interval=1s")
class AdvisoryBrowserIT {

    @RegisterExtension
    BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void fillField(Page page, String field, String ja, String en) {
        page.locator("#ja-" + field).fill(ja);
        page.locator("#en-" + field).fill(en);
        page.locator("#" + field + " button[type=submit]").click();
    }

    @Test
    void anAdvisoryWrittenApprovedAndScheduledAppearsOnThePortalAtTheAgreedMinute() throws Exception {
        String author = StaffFixtures.unique("author");
        StaffFixtures.create(jdbc, author, Role.PSIRT);
        String reviewer = StaffFixtures.unique("reviewer");
        StaffFixtures.create(jdbc, reviewer, Role.PSIRT);
        Page page = browser.page();
        String reference = DeskSteps.report(page, url(""));

        DeskSteps.signIn(page, url(""), author);
        page.navigate(url("/cases/" + reference + "/vulnerabilities?lang=en"));
        page.locator("#title-en-new").fill("Denial of service in the web server of Example PLC");
        page.locator("#title-ja-new").fill("Example PLC の Web サーバにおけるサービス運用妨害の脆弱性");
        page.locator("#description-en-new").fill("A crafted request stops the web server.");
        page.locator("#description-ja-new").fill("細工されたリクエストにより Web サーバが停止します。");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a vulnerability")).click();
        recordAffectedProduct(reference);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Draft an advisory")).click();
        String id = page.url().substring(page.url().lastIndexOf('/') + 1).replaceAll("[?#].*", "");
        fillField(page, "description", "攻撃者が細工したリクエストを送信すると、Web サーバが停止します。",
                "An attacker who sends a crafted request stops the web server.");
        fillField(page, "remediation", "ファームウェアを 1.5 に更新してください。", "Update the firmware to 1.5.");
        fillField(page, "contact", "PSIRT 窓口", "Our PSIRT");

        // the date agreed with JPCERT/CC: the next whole minute at least a minute ahead, in JST
        ZonedDateTime at = ZonedDateTime.now(DisplayTime.JST).plusMinutes(2).withSecond(0).withNano(0);
        page.navigate(url("/cases/" + reference + "?lang=en"));
        page.locator("#agreement-date").fill(at.toLocalDate().toString());
        page.locator("#agreement-time").fill(at.toLocalTime().toString());
        page.locator("#agreement-coordinator-agreed").check();
        page.locator("#agreement-coordinator-on").fill(LocalDateTime.now(DisplayTime.JST).toLocalDate().toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record").setExact(true)).click();
        DeskSteps.signOut(page);

        DeskSteps.signIn(page, url(""), reviewer);
        page.navigate(url("/desk/advisories/" + id + "?lang=en"));
        page.locator("form[action$='/approve'] button").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule publication")).click();
        assertThat(page.locator("#review")).containsText("Scheduled for");
        DeskSteps.signOut(page);

        Response before = page.navigate(url("/advisories/" + id));
        if (ZonedDateTime.now(DisplayTime.JST).isBefore(at.minusSeconds(5))) {
            assertThat(before.status()).as("embargoed until the agreed minute").isEqualTo(404);
        }
        long deadline = System.currentTimeMillis() + 240_000;
        Response shown = before;
        while (shown.status() != 200 && System.currentTimeMillis() < deadline) {
            Thread.sleep(2_000);
            shown = page.navigate(url("/advisories/" + id));
        }
        assertThat(shown.status()).isEqualTo(200);
        assertThat(ZonedDateTime.now(DisplayTime.JST)).isAfterOrEqualTo(at);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Denial of service in the web server of Example PLC");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("日本語")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Example PLC の Web サーバにおけるサービス運用妨害の脆弱性");
        Download pdf = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("PDF").setExact(true)).click());
        byte[] bytes = Files.readAllBytes(pdf.path());
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(pdf.suggestedFilename()).isEqualTo(id + "-ja.pdf");

        page.navigate(url("/advisories?lang=en"));
        assertThat(page.locator("ol.advisory-list")).containsText(id);
    }

    /**
     * The investigation's result, as the product's division records it on the investigation page (covered by
     * InvestigationBrowserIT): an affected version range of a catalog product. Without it the advisory's CSAF document
     * would have no product status and approval is refused.
     */
    private void recordAffectedProduct(String reference) {
        long vulnerability = jdbc.sql("""
                select v.id from vulnerability v join psirt_case c on c.id = v.case_id where c.reference = ?""")
                .param(reference).query(Long.class).single();
        long division = jdbc.sql("insert into division (name, created_at) values (?, now()) returning id")
                .param("Division " + reference).query(Long.class).single();
        long product = jdbc.sql("""
                insert into product (name_en, name_ja, division_id, version_scheme, created_at, updated_at)
                values (?, ?, ?, 'numeric', now(), now()) returning id""")
                .params("Example PLC " + reference, "Example PLC " + reference, division).query(Long.class).single();
        jdbc.sql("""
                insert into vulnerability_impact (vulnerability_id, product_id, lower_version, lower_inclusive,
                       upper_version, upper_inclusive, status, recorded_by, recorded_at)
                values (?, ?, '1.0', true, '1.5', false, 'known_affected', 'developer', now())""")
                .params(vulnerability, product).update();
    }

}
