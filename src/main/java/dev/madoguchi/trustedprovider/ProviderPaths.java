package dev.madoguchi.trustedprovider;

import dev.madoguchi.advisories.PublishedCsaf;

/**
 * Where each file of the trusted provider lives: the well-known place of {@code provider-metadata.json} (CSAF 2.0
 * §7.1.9), the TLP:WHITE folder with its year folders (§7.1.11), each folder's listing at the folder's own path
 * (§7.1.14), {@code index.txt} (§7.1.12), {@code changes.csv} (§7.1.13) and ROLIE feed (§7.1.15) beside them, the
 * service document next to the metadata (§7.1.16), the public key in {@code openpgp/} (§7.1.20), and
 * {@code security.txt} (RFC 9116 §3).
 */
final class ProviderPaths {

    static final String ROOT = "/.well-known/csaf/";
    static final String METADATA = ROOT + "provider-metadata.json";
    static final String SERVICE = ROOT + "service.json";
    static final String WHITE = ROOT + "white/";
    static final String INDEX = WHITE + "index.txt";
    static final String CHANGES = WHITE + "changes.csv";
    static final String FEED = WHITE + "csaf-feed-tlp-white.json";
    static final String CATEGORIES = WHITE + "csaf-category-tlp-white.json";
    static final String SECURITY_TXT = "/.well-known/security.txt";
    /** RFC 9116 §3: the legacy place, served the same (no redirect needed). */
    static final String SECURITY_TXT_LEGACY = "/security.txt";

    private ProviderPaths() {
    }

    static String publicKey(String fingerprint) {
        return ROOT + "openpgp/" + fingerprint + ".asc";
    }

    /** §7.1.11: {@code /.well-known/csaf/white/<year>/}, where its listing is served (§7.1.14). */
    static String yearFolder(int year) {
        return WHITE + year + "/";
    }

    static String document(PublishedCsaf document) {
        return WHITE + PublicDocuments.relativePath(document);
    }
}
