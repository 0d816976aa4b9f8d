package dev.madoguchi.advisories;

/**
 * Who issues the CSAF documents and where they live: {@code /document/publisher} (CSAF 2.0 §3.2.1.8, category
 * {@code vendor}) and the public base URL that the canonical URL of each document and of each advisory page start
 * with.
 *
 * @param name           {@code /document/publisher/name}: the manufacturer's English name
 * @param namespace      {@code /document/publisher/namespace}: the manufacturer's web origin
 * @param contactDetails {@code /document/publisher/contact_details}
 * @param baseUrl        the portal's public address without a trailing slash, or {@code null} when none is
 *                       configured (the documents then carry no self references)
 * @param engineVersion  {@code /document/tracking/generator/engine/version}, or {@code null} when unknown
 */
record CsafProvider(String name, String namespace, String contactDetails, String baseUrl, String engineVersion) {

    CsafProvider {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? null : strip(baseUrl.strip());
    }

    private static String strip(String url) {
        return url.endsWith("/") ? strip(url.substring(0, url.length() - 1)) : url;
    }

    /** The trusted provider's address of a document (CSAF 2.0 §7.1.11): {@code <base>/.well-known/csaf/white/…}. */
    String documentUrl(int year, String fileName) {
        return baseUrl + "/.well-known/csaf/white/" + year + "/" + fileName;
    }
}
