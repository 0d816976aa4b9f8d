/**
 * The CSAF trusted provider (CSAF 2.0 §7.1, role §7.2.3): the TLP:WHITE CSAF documents of published advisories,
 * served under {@code /.well-known/csaf/} with {@code provider-metadata.json}, year folders, HTML listings of the
 * TLP:WHITE folder and each year folder, {@code index.txt}, {@code changes.csv}, a ROLIE feed, service and category
 * document, SHA-256 and SHA-512 hash files and detached OpenPGP signatures with the offered PSIRT keys; and
 * {@code security.txt} (RFC 9116) pointing at the metadata, cleartext-signed (§2.3).
 *
 * <p>{@link dev.madoguchi.trustedprovider.ProviderDirectory} builds every file once for both the web
 * ({@code ProviderController}) and {@code csaf export-provider}, so the two cannot disagree. Documents come from the
 * advisories module's {@code CsafPublications}; signatures are made by the openpgp module's current PSIRT key
 * ({@code PsirtKeys}), once per document bytes (and per day's {@code security.txt} text) and kept in
 * {@code trusted_provider_signature} and {@code trusted_provider_clearsigned}, so every node serves the same bytes.
 */
package dev.madoguchi.trustedprovider;
