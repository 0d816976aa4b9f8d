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

/** What a new staff member does first: sign in, replace the one-time password, switch language, sign out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInBrowserIT {

    @RegisterExtension
    BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void signIn(Page page, String username, String password) {
        page.navigate(url("/sign-in"));
        page.getByLabel("User name").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    @Test
    void aNewcomerSignsInChangesThePasswordSwitchesToJapaneseAndSignsOut() {
        String name = StaffFixtures.unique("newcomer");
        StaffFixtures.create(jdbc, name, Role.PSIRT);
        jdbc.sql("update staff_user set must_change_password = true where username = ?").param(name).update();
        Page page = browser.page();

        signIn(page, name, StaffFixtures.PASSWORD);
        assertThat(page).hasURL(url("/account/password"));
        assertThat(page.getByRole(AriaRole.HEADING)).hasText("Change password");

        page.getByLabel("Current password").fill(StaffFixtures.PASSWORD);
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("a much better passphrase");
        page.getByLabel("New password again").fill("a much better passphrase");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
        assertThat(page).hasURL(url("/desk"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your password has been changed.");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("日本語")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "ja");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("デスク");

        page.reload();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("デスク");

        page.locator("details.account summary").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("サインアウト")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("サインアウトしました。");

        page.navigate(url("/sign-in?lang=en"));
        signIn(page, name, "a much better passphrase");
        assertThat(page).hasURL(url("/desk"));
    }

    @Test
    void aWrongPasswordShowsOneMessageAndKeepsTheVisitorOut() {
        String name = StaffFixtures.unique("psirt");
        StaffFixtures.create(jdbc, name, Role.PSIRT);
        Page page = browser.page();
        signIn(page, name, "not my password");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Sign-in failed");
        page.navigate(url("/desk"));
        assertThat(page).hasURL(url("/sign-in"));
    }
}
