package dev.madoguchi.trustedprovider;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The HTML writer of CSAF 2.0 §7.1.14 directory listings, on its own. */
class DirectoryListingTests {

    @Test
    void entriesAreTheFilesAndSubFoldersDirectlyInTheFolderEachOnceSorted() {
        List<String> paths = List.of("/.well-known/csaf/provider-metadata.json", "/.well-known/csaf/white/index.txt",
                "/.well-known/csaf/white/2022/b.json", "/.well-known/csaf/white/2022/b.json.asc",
                "/.well-known/csaf/white/2019/a.json", "/.well-known/csaf/white/");
        assertThat(DirectoryListing.entries("/.well-known/csaf/white/", paths))
                .containsExactly("2019/", "2022/", "index.txt");
        assertThat(DirectoryListing.entries("/.well-known/csaf/white/2022/", paths))
                .containsExactly("b.json", "b.json.asc");
    }

    @Test
    void everyNameIsHtmlEscapedInTextAndLinkAndPercentEncodedInTheLink() {
        String html = new String(DirectoryListing.html("/<&\">/", List.of("<&\">.json", "<&\">/")),
                StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<&\">")
                .contains("<title>Index of /&lt;&amp;&quot;&gt;/</title>")
                .contains("<li><a href=\"%3C&amp;%22%3E.json\">&lt;&amp;&quot;&gt;.json</a></li>")
                .contains("<li><a href=\"%3C&amp;%22%3E/\">&lt;&amp;&quot;&gt;/</a></li>");
    }

    @Test
    void aListingIsPlainHtmlWithoutScriptOrStyle() {
        String html = new String(DirectoryListing.html("/.well-known/csaf/white/", List.of("index.txt")),
                StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">")
                .contains("<a href=\"index.txt\">index.txt</a>")
                .doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("style");
    }
}
