package dev.madoguchi.trustedprovider;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

import dev.madoguchi.advisories.PublishedCsaf;

/**
 * The two lists of the directory distribution: {@code index.txt} (CSAF 2.0 §7.1.12) and {@code changes.csv}
 * (§7.1.13), paths relative to the TLP:WHITE folder.
 */
final class DirectoryIndexes {

    private DirectoryIndexes() {
    }

    /** §7.1.12: every document's {@code <year>/<file>.json}, each line ended by a newline; sorted by path. */
    static byte[] index(List<PublishedCsaf> documents) {
        StringBuilder text = new StringBuilder();
        documents.stream().map(PublicDocuments::relativePath).sorted()
                .forEach(path -> text.append(path).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * §7.1.13: {@code "<year>/<file>.json","<current_release_date>"} per document, no heading, the latest
     * {@code current_release_date} first; fields quoted as CSAF 2.0 requires, lines ended by a newline.
     */
    static byte[] changes(List<PublishedCsaf> documents) {
        StringBuilder csv = new StringBuilder();
        documents.stream()
                .sorted(Comparator.comparing(PublishedCsaf::currentReleaseDate).reversed()
                        .thenComparing(PublicDocuments::relativePath))
                .forEach(d -> csv.append('"').append(PublicDocuments.relativePath(d)).append("\",\"")
                        .append(d.currentReleaseDate()).append("\"\n"));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
