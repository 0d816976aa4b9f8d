package dev.madoguchi.advisories;

import dev.madoguchi.shared.Language;

/** The stable public addresses of the portal, as pages, feeds, the sitemap and CSAF documents link to them. */
final class PortalPaths {

    private PortalPaths() {
    }

    /** The page of an advisory: {@code /advisories/{id}} in English, {@code /ja/…} in Japanese. */
    static String advisory(String id, String language) {
        return (Language.JA.tag().equals(language) ? "/ja" : "") + "/advisories/" + id;
    }
}
