package dev.madoguchi.trustedprovider;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** CSAF 2.0 §7.1.14 directory listings as a client that follows {@code <a href>} links meets them. */
@SpringBootTest(properties = "madoguchi.organization.public-url=https://psirt.example.com")
@AutoConfigureMockMvc
@Import(CorpusPublications.class)
class ServedDirectoryListingsTests {

    static final String WHITE = "/.well-known/csaf/white/";
    private static final Pattern HREF = Pattern.compile("<a href=\"([^\"]*)\">");

    @Autowired
    MockMvc mvc;

    MockHttpServletResponse fetch(String path) throws Exception {
        return Served.fetch(mvc, path);
    }

    byte[] body(String path) throws Exception {
        return Served.body(mvc, path);
    }

    /** The links of the listing at {@code folder}, as written (relative). */
    List<String> links(String folder) throws Exception {
        MockHttpServletResponse response = fetch(folder);
        assertThat(response.getStatus()).as(folder).isEqualTo(200);
        assertThat(response.getHeader("Location")).as(folder).isNull();
        assertThat(response.getContentType()).as(folder).isEqualToIgnoringWhitespace("text/html;charset=UTF-8");
        assertThat(response.getHeader("ETag")).as(folder).isNotBlank();
        assertThat(response.getHeader("Last-Modified")).as(folder).isNotBlank();
        Matcher href = HREF.matcher(response.getContentAsString(StandardCharsets.UTF_8));
        List<String> links = new ArrayList<>();
        while (href.find()) {
            links.add(HtmlUtils.htmlUnescape(href.group(1)));
        }
        return links;
    }

    static String resolve(String folder, String link) {
        return URI.create("https://psirt.example.com" + folder).resolve(link).getRawPath();
    }

    @Test
    void theTlpWhiteListingLinksItsListsFeedCategoryDocumentAndYearFoldersAndEachLinkAnswers() throws Exception {
        List<String> links = links(WHITE);
        assertThat(links).containsExactly("2019/", "2021/", "2022/", "changes.csv", "csaf-category-tlp-white.json",
                "csaf-feed-tlp-white.json", "index.txt");
        for (String link : links) {
            assertThat(body(resolve(WHITE, link))).as(link).isNotEmpty();
        }
        assertThat(body(resolve(WHITE, "index.txt"))).isEqualTo(body(WHITE + "index.txt"));
    }

    @Test
    void eachYearListingLinksExactlyItsDocumentsOfIndexTxtWithHashesAndSignaturesThatMatch() throws Exception {
        List<String> index = new String(body(WHITE + "index.txt"), StandardCharsets.UTF_8).lines().toList();
        List<String> linkedDocuments = new ArrayList<>();
        for (String year : List.of("2019/", "2021/", "2022/")) {
            String folder = WHITE + year;
            List<String> links = links(folder);
            List<String> documents = links.stream().filter(l -> l.endsWith(".json")).toList();
            List<String> expected = new ArrayList<>();
            for (String document : documents) {
                linkedDocuments.add(year + document);
                expected.addAll(List.of(document, document + ".asc", document + ".sha256", document + ".sha512"));
                byte[] json = body(resolve(folder, document));
                assertThat(json).isEqualTo(body(folder + document));
                assertThat(new String(body(resolve(folder, document + ".sha256")), StandardCharsets.US_ASCII))
                        .isEqualTo(Digests.sha256(json) + "  " + document + "\n");
                assertThat(new String(body(resolve(folder, document + ".sha512")), StandardCharsets.US_ASCII))
                        .isEqualTo(Digests.sha512(json) + "  " + document + "\n");
                assertThat(body(resolve(folder, document + ".asc"))).isEqualTo(body(folder + document + ".asc"));
            }
            assertThat(links).as(folder).containsExactlyElementsOf(expected);
        }
        assertThat(linkedDocuments).containsExactlyInAnyOrderElementsOf(index);
    }

    @Test
    void aDocumentNotLabelledTlpWhiteIsInNoListing() throws Exception {
        String amber = CorpusPublications.read(CorpusPublications.AMBER, "AMBER").fileName();
        for (String folder : List.of(WHITE, WHITE + "2019/", WHITE + "2021/", WHITE + "2022/")) {
            assertThat(new String(body(folder), StandardCharsets.UTF_8)).as(folder).doesNotContain(amber);
        }
    }

    @Test
    void onlyTheFolderPathWithItsSlashAnswersWithoutRedirectAndOtherFoldersAreNotFound() throws Exception {
        for (String missing : List.of("/.well-known/csaf/white", "/.well-known/csaf/white/2022",
                "/.well-known/csaf/white/2020/", "/.well-known/csaf/", "/.well-known/csaf/white/index.html")) {
            MockHttpServletResponse response = fetch(missing);
            assertThat(response.getStatus()).as(missing).isEqualTo(404);
            assertThat(response.getHeader("Location")).as(missing).isNull();
        }
    }
}
