package dev.madoguchi.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.madoguchi.testing.StaffFixtures;

/** What people do at the desk again and again in browser tests: sign in and out, send a report. */
final class DeskSteps {

    private DeskSteps() {
    }

    static void signIn(Page page, String base, String username) {
        page.navigate(base + "/sign-in?lang=en");
        page.getByLabel("User name").fill(username);
        page.getByLabel("Password").fill(StaffFixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    static void signOut(Page page) {
        page.locator("details.account summary").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
    }

    /** Sends a report through the public form and returns its tracking number (the case reference). */
    static String report(Page page, String base) {
        page.navigate(base + "/report?lang=en");
        page.getByLabel("Product").first().fill("Example PLC");
        page.getByLabel("Version(s)").fill("1.0");
        page.getByLabel("Type of vulnerability").fill("CWE-787: Out-of-bounds Write");
        page.getByLabel("Title").fill("Overflow in the Modbus handler");
        page.getByLabel("Steps to reproduce").fill("Send function code 0x10 with 300 registers.");
        page.getByLabel("Potential impact").fill("Denial of service");
        page.getByLabel("Your name").fill("Researcher");
        page.getByLabel("E-mail").fill("researcher@example.com");
        page.getByLabel("I have read the vulnerability disclosure policy").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send report")).click();
        return page.locator("#tracking-number").textContent().strip();
    }
}
