package dev.madoguchi.advisories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import dev.madoguchi.testing.NetworkRecorder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class AdvisoryPdfTests {

    @RegisterExtension
    final NetworkRecorder network = new NetworkRecorder();

    private static final String ADVISORY = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="ja">
            <head>
              <title>MDG-2026-001 脆弱性対策情報</title>
              <style>
                body { font-family: "Madoguchi Sans"; font-size: 10pt; }
                h2 { font-family: sans-serif; }
                th { font-family: serif; text-align: left; }
                code { font-family: monospace; }
                table { border-collapse: collapse; }
                td, th { border: 1px solid #999; padding: 2pt 4pt; }
              </style>
            </head>
            <body>
              <h1>脆弱性対策情報</h1>
              <p>三菱電機製品における複数の脆弱性</p>
              <h2>Multiple vulnerabilities in FA products</h2>
              <p>Remote code execution via crafted packets. <code>CVE-2026-12345</code></p>
              <p>Update the firmware file; see the official fix.</p>
              <table>
                <tr><th>製品名 / Product</th><th>影響を受けるバージョン / Affected versions</th></tr>
                <tr><td>MELSEC iQ-R シリーズ</td><td>1.0 から 1.4 まで</td></tr>
              </table>
            </body>
            </html>
            """;

    private final AdvisoryPdf pdf = new AdvisoryPdf();

    @Test
    void japaneseAndEnglishAreSetInEmbeddedFonts() throws IOException {
        byte[] bytes = pdf.render(ADVISORY);

        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            List<PDFont> fonts = fonts(document);
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded())
                    .as("font %s is embedded", font.getName()).isTrue());
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("脆弱性対策情報", "三菱電機製品における複数の脆弱性", "MELSEC iQ-R シリーズ",
                    "Multiple vulnerabilities in FA products", "Remote code execution", "CVE-2026-12345");
        }
    }

    @Test
    void latinIsWrittenAsLettersNotLigatures() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.render(ADVISORY))) {
            // The text as the PDF maps it, before PDFTextStripper folds ligatures back into letters (poppler does not).
            StringBuilder raw = new StringBuilder();
            new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    positions.forEach(position -> raw.append(position.getUnicode()));
                }
            }.getText(document);
            assertThat(raw).contains("Affected", "firmware", "official").doesNotContain("\uFB00", "\uFB01", "\uFB03");
        }
    }

    @Test
    void popplerExtractsTheText(@TempDir Path dir) throws IOException, InterruptedException {
        Path file = dir.resolve("advisory.pdf");
        Files.write(file, pdf.render(ADVISORY));

        Process process;
        try {
            process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("pdftotext is not on PATH: install poppler-utils (.ci/run does) to check that "
                    + "other readers than PDFBox extract the Japanese text", e);
        }
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(text).isZero();
        assertThat(text).contains("脆弱性対策情報", "三菱電機", "Remote code execution", "Affected versions");
    }

    @Test
    void titleLanguageAndProducerAreWrittenIntoThePdf() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.render(ADVISORY))) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("MDG-2026-001 脆弱性対策情報");
            assertThat(document.getDocumentInformation().getProducer()).isEqualTo("Madoguchi");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ja");
        }
    }

    @Test
    void xhtmlOverTheCapIsRefusedBeforeParsing() {
        String filler = "あ".repeat(AdvisoryPdf.MAX_XHTML_BYTES / 3 + 1);
        String big = "<html><head><title>t</title></head><body><p>" + filler + "</p></body></html>";

        assertThatThrownBy(() -> pdf.render(big)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("larger than");
    }

    @Test
    void xhtmlThatIsNotWellFormedIsRefused() {
        assertThatThrownBy(() -> pdf.render("<html><body><p>閉じていない</body></html>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not well-formed");
    }

    @Test
    void nothingTheDocumentLinksToIsFetched() throws IOException {
        AtomicInteger hits = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String local = "http://127.0.0.1:" + server.getAddress().getPort();
            List<String> refused = new CopyOnWriteArrayList<>();
            String xhtml = """
                    <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "%1$s/xhtml1-strict.dtd">
                    <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
                    <head>
                      <title>Links</title>
                      <link rel="stylesheet" href="%1$s/style.css"/>
                      <style>
                        @import url("%1$s/import.css");
                        @font-face { font-family: Remote; src: url("%1$s/font.ttf"); }
                        p { font-family: Remote; background-image: url("%1$s/bg.png"); }
                      </style>
                    </head>
                    <body>
                      <p>Logo: <img src="http://example.com/x.png" alt="logo"/> <img src="%1$s/y.png" alt="y"/></p>
                      <p>三菱電機</p>
                    </body>
                    </html>
                    """.formatted(local);

            byte[] bytes = new AdvisoryPdf(refused::add).render(xhtml);

            assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(refused).contains("http://example.com/x.png", local + "/style.css", local + "/y.png");
            assertThat(hits).hasValue(0);
            assertThat(network.requested()).isEmpty();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void oneInstanceRendersOnSeveralThreadsAtOnce() throws Exception {
        List<Thread> threads = new ArrayList<>();
        List<String> texts = new CopyOnWriteArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 3; i++) {
            Thread thread = new Thread(() -> {
                try (PDDocument document = Loader.loadPDF(pdf.render(ADVISORY))) {
                    texts.add(new PDFTextStripper().getText(document));
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join(TimeUnit.MINUTES.toMillis(1));
        }
        if (!failures.isEmpty()) {
            fail("rendering failed on a thread", failures.get(0));
        }
        assertThat(texts).hasSize(3).allSatisfy(text -> assertThat(text).contains("脆弱性対策情報"));
    }

    private static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }
}
