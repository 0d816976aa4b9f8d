package dev.madoguchi.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit extension giving each browser test a fresh page in Debian's chromium ({@code /usr/bin/chromium}, or
 * {@code MADOGUCHI_CHROMIUM}), driven by Playwright for Java without downloading a browser. A failing test leaves a
 * screenshot under {@code target/browser-screenshots/} (every test does with {@code -Dbrowser.screenshots=always}).
 */
public class BrowserSession implements BeforeEachCallback, AfterEachCallback {

    private static final List<String> FLAGS = List.of("--no-sandbox", "--headless", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
            "--no-first-run");

    private static Playwright playwright;
    private static Browser browser;

    private BrowserContext context;
    private Page page;

    public Page page() {
        return page;
    }

    private static synchronized Browser browser() {
        if (browser == null) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            String executable = System.getenv().getOrDefault("MADOGUCHI_CHROMIUM", "/usr/bin/chromium");
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get(executable)).setHeadless(true).setArgs(FLAGS));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }));
        }
        return browser;
    }

    @Override
    public void beforeEach(ExtensionContext extension) {
        context = browser().newContext(new Browser.NewContextOptions().setLocale("en-US")
                .setViewportSize(1280, 900));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
    }

    @Override
    public void afterEach(ExtensionContext extension) throws Exception {
        boolean always = "always".equals(System.getProperty("browser.screenshots"));
        if ((always || extension.getExecutionException().isPresent()) && page != null) {
            Path dir = Path.of("target", "browser-screenshots");
            Files.createDirectories(dir);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(dir.resolve(
                    extension.getRequiredTestClass().getSimpleName() + "-" + extension.getRequiredTestMethod().getName()
                            + ".png")));
        }
        if (context != null) {
            context.close();
        }
    }
}
