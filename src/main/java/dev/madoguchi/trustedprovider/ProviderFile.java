package dev.madoguchi.trustedprovider;

import java.time.Instant;

/**
 * One file of the trusted provider's tree, exactly as served and as exported.
 *
 * @param path         the absolute path on the site, e.g. {@code /.well-known/csaf/white/2026/mdg-2026-001.json}; a
 *                     path ending in {@code /} is that folder's listing (CSAF 2.0 §7.1.14)
 * @param body         the bytes
 * @param contentType  the {@code Content-Type} it is served with
 * @param lastModified when what it says last changed (the served {@code Last-Modified})
 */
record ProviderFile(String path, byte[] body, String contentType, Instant lastModified) {

    static final String JSON = "application/json";
    static final String TEXT = "text/plain;charset=UTF-8";
    static final String CSV = "text/csv;charset=UTF-8";
    static final String HTML = "text/html;charset=UTF-8";
    static final String SIGNATURE = "application/pgp-signature";
    static final String KEYS = "application/pgp-keys";

    ProviderFile {
        if (!path.startsWith("/.well-known/")) {
            throw new IllegalArgumentException("a provider file lives under /.well-known/: " + path);
        }
    }

    /**
     * Where a static copy keeps it, relative to the export folder: the path itself, or for a folder's listing the
     * folder's {@code index.html}, which a static web server answers at the folder's path (§7.1.14).
     */
    String staticPath() {
        return path.substring(1) + (path.endsWith("/") ? "index.html" : "");
    }

    /** A strong validator: the SHA-256 of the bytes, so every node answers the same one. */
    String etag() {
        return "\"" + Digests.sha256(body).substring(0, 32) + "\"";
    }
}
