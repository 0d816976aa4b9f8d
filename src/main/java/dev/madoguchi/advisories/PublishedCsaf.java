package dev.madoguchi.advisories;

import java.time.Instant;

/**
 * The CSAF 2.0 document of one published advisory revision, as a trusted provider serves it (CSAF 2.0 §7.1).
 *
 * @param trackingId         {@code /document/tracking/id}
 * @param fileName           the file name by CSAF 2.0 §5.1 (lower-cased tracking ID, other characters as {@code _},
 *                           {@code .json})
 * @param year               the year of {@code initial_release_date} (UTC), the folder it is served from (§7.1.11)
 * @param tlp                the TLP label of {@code /document/distribution/tlp/label} ({@code WHITE} for public)
 * @param initialReleaseDate {@code /document/tracking/initial_release_date}
 * @param currentReleaseDate {@code /document/tracking/current_release_date}
 * @param json               the document's bytes, exactly as served and hashed
 */
public record PublishedCsaf(String trackingId, String fileName, int year, String tlp, Instant initialReleaseDate,
        Instant currentReleaseDate, byte[] json) {
}
