package dev.madoguchi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.madoguchi.shared.Role;
import dev.madoguchi.testing.StaffFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A developer records the impact on their product and its fix; the handler sees the affected-products table. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InvestigationBrowserIT {

    @RegisterExtension
    BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private long productOf(long division, String name) {
        Timestamp now = Timestamp.from(Instant.now());
        long id = jdbc.sql("""
                insert into product (name_en, name_ja, division_id, version_scheme, created_at, updated_at)
                values (?, ?, ?, 'numeric', ?, ?) returning id""")
                .params(name, name, division, now, now).query(Long.class).single();
        int position = 1;
        for (String version : new String[] {"1.0", "1.10", "1.20"}) {
            jdbc.sql("insert into product_version (product_id, version, position, created_at) values (?, ?, ?, ?)")
                    .params(id, version, position++, now).update();
        }
        return id;
    }

    @Test
    void aDeveloperRecordsImpactAndAFixAndTheHandlerSeesTheAffectedProductsTable() {
        String handler = StaffFixtures.unique("handler");
        StaffFixtures.create(jdbc, handler, Role.PSIRT);
        String developer = StaffFixtures.unique("developer");
        long developerId = StaffFixtures.create(jdbc, developer, Role.DEVELOPER);
        long division = jdbc.sql("insert into division (name, created_at) values (?, now()) returning id")
                .param("Controllers " + developer).query(Long.class).single();
        jdbc.sql("insert into division_member (division_id, user_id) values (?, ?)").params(division, developerId)
                .update();
        String product = "MELSEC " + developer;
        productOf(division, product);
        Page page = browser.page();
        String reference = DeskSteps.report(page, url(""));
        jdbc.sql("insert into case_division (case_id, division_id) select id, ? from psirt_case where reference = ?")
                .params(division, reference).update();

        DeskSteps.signIn(page, url(""), handler);
        page.navigate(url("/cases/" + reference + "?lang=en"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vulnerabilities and affected products"))
                .click();
        page.getByLabel("Title (English)").fill("Out-of-bounds write in the Modbus handler");
        page.getByLabel("CWE").fill("CWE-787");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a vulnerability")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)).first())
                .containsText("V1 Out-of-bounds write in the Modbus handler");
        DeskSteps.signOut(page);

        DeskSteps.signIn(page, url(""), developer);
        page.navigate(url("/cases/" + reference + "/vulnerabilities?lang=en"));
        page.getByLabel("Product").first().selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel(product));
        page.getByLabel("Versions").fill(">= 1.0, < 1.20");
        page.getByLabel("Status").selectOption("known_affected");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record").setExact(true)).click();
        page.getByLabel("Versions").fill(">= 1.20");
        page.getByLabel("Status").selectOption("fixed");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record").setExact(true)).click();
        page.getByText("Add a remediation").first().click();
        page.getByLabel("Category").selectOption("vendor_fix");
        page.getByLabel(product).check();
        page.getByLabel("Fixed version").fill("1.20");
        page.getByLabel("Details (English)").fill("Update the firmware to 1.20 or later.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a remediation")).click();
        DeskSteps.signOut(page);

        DeskSteps.signIn(page, url(""), handler);
        page.navigate(url("/cases/" + reference + "/vulnerabilities?lang=en"));
        Locator rows = page.locator("table.affected-products tbody tr");
        assertThat(rows).hasCount(2);
        assertThat(rows.nth(0)).containsText(product);
        assertThat(rows.nth(0)).containsText(">= 1.0, < 1.20");
        assertThat(rows.nth(0)).containsText("(listed versions: 1.0, 1.10)");
        assertThat(rows.nth(0)).containsText("affected");
        assertThat(rows.nth(1)).containsText(">= 1.20");
        assertThat(rows.nth(1)).containsText("fixed");
        assertThat(page.locator("ul.remediations")).containsText("vendor fix");
        assertThat(page.locator("ul.remediations")).containsText("fixed in 1.20");
        if ("always".equals(System.getProperty("browser.screenshots"))) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(java.nio.file.Path.of("target", "browser-screenshots", "investigation.png")));
        }
    }
}
