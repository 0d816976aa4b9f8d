package dev.madoguchi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A researcher reports a vulnerability through the public form, in Japanese and in English, and follows it up. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportBrowserIT {

    @RegisterExtension
    BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @TempDir
    Path files;

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void aResearcherReportsInJapaneseWithAFileAndWritesAgainFromTheStatusPage() throws Exception {
        Page page = browser.page();
        page.navigate(url("/report?lang=ja"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("脆弱性の報告");

        page.getByLabel("製品").first().fill("MELSEC iQ-R シリーズ Ethernetユニット");
        page.getByLabel("バージョン").fill("Ver.1.08J");
        page.getByLabel("脆弱性の種類").fill("CWE-79: クロスサイトスクリプティング");
        page.getByLabel("件名").fill("Web管理画面の格納型XSS");
        page.getByLabel("再現手順").fill("1. 管理画面にログイン\n2. 機器名に <script>alert(1)</script> を設定");
        page.getByLabel("想定される影響").fill("管理者のブラウザでスクリプトが実行される");
        page.getByLabel("お名前").fill("山田 花子");
        page.getByLabel("メールアドレス").fill("hanako@example.jp");
        page.locator("#files-input").setInputFiles(file("poc.html", "<script>alert(1)</script>"));
        page.getByLabel("脆弱性開示ポリシーを読み、これに従った調整開示に同意します。").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("報告を送信")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("ご報告ありがとうございます");
        assertThat(page.locator("#tracking-number")).hasText(java.util.regex.Pattern.compile("MDG-\\d{4}-\\d{4,}"));
        page.locator("#status-link").click();

        assertThat(page.getByText("受け付けました。表示の日までにPSIRTから返信します。")).isVisible();
        assertThat(page.getByText("poc.html")).isVisible();
        assertThat(page.getByText("2. 機器名に <script>alert(1)</script> を設定", new Page.GetByTextOptions().setExact(false))).isVisible();

        page.getByLabel("メッセージ").fill("追加のログを添付します。");
        page.locator("#message-files").setInputFiles(file("trace.log", "GET /admin"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送信").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("メッセージをPSIRTへ送信しました。");
        assertThat(page.getByText("追加のログを添付します。")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("trace.log"))).isVisible();
    }

    @Test
    void aResearcherReportsInEnglishFixesAMistakeWithoutLosingTheFile() throws Exception {
        Page page = browser.page();
        page.navigate(url("/report?lang=en"));
        page.getByLabel("Product").first().fill("Example Router RX-100");
        page.getByLabel("Version(s)").fill("2.4.1");
        page.getByLabel("Type of vulnerability").fill("OS command injection in the diagnostics page");
        page.getByLabel("Title").fill("Command injection via ping target");
        page.getByLabel("Steps to reproduce").fill("Enter 127.0.0.1;id as the ping target.");
        page.getByLabel("Potential impact").fill("Remote code execution as root.");
        page.getByLabel("Your name").fill("Alex");
        page.getByLabel("E-mail").fill("alex-at-example");
        page.locator("#files-input").setInputFiles(file("exploit.sh", "curl 'http://router/ping?target=127.0.0.1;id'"));
        page.getByLabel("I have read the vulnerability disclosure policy").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send report")).click();

        assertThat(page.getByText("The report was not sent.")).isVisible();
        assertThat(page.getByLabel("Title")).hasValue("Command injection via ping target");
        assertThat(page.getByText("exploit.sh")).isVisible();
        page.getByLabel("E-mail").fill("alex@example.com");
        page.getByLabel("I have read the vulnerability disclosure policy").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send report")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Thank you for your report");
        page.locator("#status-link").click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("exploit.sh"))).isVisible();
        assertThat(page.getByText("Received. PSIRT will reply to you by the date shown.")).isVisible();
    }
}
