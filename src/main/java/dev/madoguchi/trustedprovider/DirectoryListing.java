package dev.madoguchi.trustedprovider;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/**
 * A server-side generated directory listing (CSAF 2.0 §7.1.14): plain HTML with one relative link per file or
 * sub-folder, no script and no style, so text browsers and checkers that follow {@code <a href>} read it alike.
 */
final class DirectoryListing {

    private DirectoryListing() {
    }

    /**
     * What lies directly in {@code folder} among {@code paths}: file names, and sub-folders as {@code <name>/}; sorted,
     * each once.
     */
    static List<String> entries(String folder, Collection<String> paths) {
        return paths.stream().filter(p -> p.startsWith(folder) && p.length() > folder.length())
                .map(p -> p.substring(folder.length()))
                .map(rest -> rest.indexOf('/') < 0 ? rest : rest.substring(0, rest.indexOf('/') + 1))
                .distinct().sorted().toList();
    }

    /** The listing page of {@code folder}; every name is percent-encoded in the link and HTML-escaped everywhere. */
    static byte[] html(String folder, List<String> entries) {
        String title = HtmlUtils.htmlEscape("Index of " + folder);
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(title).append("</title>\n</head>\n<body>\n<h1>").append(title).append("</h1>\n<ul>\n");
        for (String entry : entries) {
            html.append("<li><a href=\"").append(HtmlUtils.htmlEscape(href(entry))).append("\">")
                    .append(HtmlUtils.htmlEscape(entry)).append("</a></li>\n");
        }
        return html.append("</ul>\n</body>\n</html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A link relative to the folder: the name as one path segment, a sub-folder keeping its trailing slash. */
    private static String href(String entry) {
        boolean folder = entry.endsWith("/");
        String name = folder ? entry.substring(0, entry.length() - 1) : entry;
        return UriUtils.encodePathSegment(name, StandardCharsets.UTF_8) + (folder ? "/" : "");
    }
}
