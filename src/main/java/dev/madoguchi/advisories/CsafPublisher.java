package dev.madoguchi.advisories;

/**
 * The publisher the CSAF documents name ({@code /document/publisher}, CSAF 2.0 §3.2.1.8), so that the trusted
 * provider's metadata names the same one (§7.1.7 ties the metadata to the documents it lists).
 *
 * @param category       {@code vendor}: the manufacturer publishes about its own products
 * @param name           the organization's English name
 * @param namespace      the manufacturer's web origin
 * @param contactDetails how to reach the PSIRT
 */
public record CsafPublisher(String category, String name, String namespace, String contactDetails) {
}
