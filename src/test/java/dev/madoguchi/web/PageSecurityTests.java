package dev.madoguchi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Headers, error pages and templates as a browser meets them, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageSecurityTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Accept", "text/html");
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndTheUsualProtections() throws Exception {
        HttpResponse<String> page = send(get("/sign-in"));
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'", "style-src 'self'", "object-src 'none'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(page.headers().firstValue("Set-Cookie").orElseThrow()).contains("HttpOnly", "SameSite=Lax");
    }

    @Test
    void theStartPageSetsNoCookie() throws Exception {
        HttpResponse<String> page = send(get("/"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void anExpiredFormExplainsItselfInTheUsersLanguage() throws Exception {
        HttpResponse<String> refused = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "ja")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("username=a&password=b")));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("フォームの有効期限が切れました");
    }

    @Test
    void anUnknownPublicAddressGetsTheNotFoundPageAfterSignInRedirect() throws Exception {
        HttpResponse<String> unknown = send(get("/no/such/page"));
        assertThat(unknown.statusCode()).isEqualTo(302);
        assertThat(unknown.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
    }

    @Test
    void errorPagesRevealNoInternals() throws Exception {
        HttpResponse<String> broken = send(get("/webjars/does-not-exist.js"));
        assertThat(broken.statusCode()).isEqualTo(404);
        assertThat(broken.body()).contains("Not found").doesNotContain("Exception", "at org.", "Whitelabel");
    }

    @Test
    void htmxIsServedFromOurOwnOrigin() throws Exception {
        HttpResponse<String> script = send(get("/webjars/htmx.org/dist/htmx.min.js"));
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(send(get("/css/madoguchi.css")).statusCode()).isEqualTo(200);
    }

    /** The policy forbids inline code; a template that had some would break in the browser, so none may. */
    @Test
    void noTemplateContainsInlineScriptStyleOrEventHandlers() throws IOException {
        Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bth:src=)(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
        Pattern styleAttribute = Pattern.compile("\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);
        Pattern styleElement = Pattern.compile("<style[\\s>]", Pattern.CASE_INSENSITIVE);
        Pattern handler = Pattern.compile("\\s(on[a-z]+|hx-on[:\\w-]*)\\s*=", Pattern.CASE_INSENSITIVE);
        List<String> offenders = new ArrayList<>();
        Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
        assertThat(templates).isNotEmpty();
        for (Resource template : templates) {
            String html = template.getContentAsString(StandardCharsets.UTF_8);
            if (inlineScript.matcher(html).find() || styleAttribute.matcher(html).find()
                    || styleElement.matcher(html).find() || handler.matcher(html).find()) {
                offenders.add(template.getFilename());
            }
        }
        assertThat(offenders).isEmpty();
    }
}
