package dev.madoguchi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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

/** A handler works a new report to acceptance; a developer of another division cannot open the case. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseBrowserIT {

    @RegisterExtension
    BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Test
    void aHandlerAcknowledgesTriagesAndAcceptsAndAnotherDivisionsDeveloperCannotOpenIt() {
        String handler = StaffFixtures.unique("handler");
        StaffFixtures.create(jdbc, handler, Role.PSIRT);
        String developer = StaffFixtures.unique("developer");
        StaffFixtures.create(jdbc, developer, Role.DEVELOPER);
        Page page = browser.page();
        String reference = DeskSteps.report(page, url(""));

        DeskSteps.signIn(page, url(""), handler);
        page.navigate(url("/cases?lang=en"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference)).click();
        assertThat(page.locator("#case-state")).hasText("Received");
        assertThat(page.locator("#ack-reply")).containsText("Dear Researcher");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Acknowledge and reply")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The reporter was sent the acknowledgment.");
        assertThat(page.locator("#case-state")).hasText("Acknowledged");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start triage")).click();
        assertThat(page.locator("#case-state")).hasText("Triage");
        for (String criterion : new String[] {"securityIssue", "reproducible", "undisclosed"}) {
            page.locator("input[name=" + criterion + "][value=true]").check();
        }
        page.locator("#reproducible-note").fill("Reproduced on 1.0 in the lab");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the checklist")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept as a new vulnerability")).click();
        assertThat(page.locator("#case-state")).hasText("Investigating");
        assertThat(page.locator("#reproducible-note")).hasValue("Reproduced on 1.0 in the lab");

        if ("always".equals(System.getProperty("browser.screenshots"))) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(java.nio.file.Path.of("target", "browser-screenshots", "case-page.png")));
        }
        DeskSteps.signOut(page);
        DeskSteps.signIn(page, url(""), developer);
        page.navigate(url("/cases/" + reference));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Not found");
        page.navigate(url("/cases?state=all"));
        assertThat(page.getByText(reference)).hasCount(0);
    }
}
