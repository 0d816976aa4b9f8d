package dev.madoguchi.trustedprovider;

import java.time.Instant;
import java.util.List;

import dev.madoguchi.advisories.CsafPublications;
import dev.madoguchi.advisories.CsafPublisher;
import dev.madoguchi.openpgp.PsirtKey;
import dev.madoguchi.shared.Organization;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * {@code provider-metadata.json} (CSAF 2.0 §7.1.7, valid against the CSAF provider metadata schema): a trusted
 * provider (§7.2.3) distributing its TLP:WHITE documents both as a directory (§7.1.11–14) and by ROLIE (§7.1.15–17),
 * with the PSIRT keys offered (§7.1.20): the current one that signs them, and one published for the next rotation.
 * The publisher is the organization's, the one its documents carry.
 */
@Component
class ProviderMetadata {

    private final JsonMapper json;
    private final Organization organization;
    private final CsafPublications publications;

    ProviderMetadata(JsonMapper json, Organization organization, CsafPublications publications) {
        this.json = json;
        this.organization = organization;
        this.publications = publications;
    }

    /**
     * @param base        the public address without a trailing slash, e.g. {@code https://psirt.example.com}
     * @param lastUpdated when anything it points to last changed
     * @param keys        the PSIRT keys offered, the current one first
     */
    byte[] write(String base, Instant lastUpdated, List<PsirtKey> keys) {
        ObjectNode root = json.createObjectNode();
        root.put("canonical_url", base + ProviderPaths.METADATA);
        ObjectNode distribution = root.putArray("distributions").addObject();
        distribution.put("directory_url", base + ProviderPaths.WHITE);
        ObjectNode rolie = distribution.putObject("rolie");
        rolie.putArray("categories").add(base + ProviderPaths.CATEGORIES);
        rolie.putArray("feeds").addObject()
                .put("summary", "All TLP:WHITE advisories of " + organization.nameEn() + ".")
                .put("tlp_label", "WHITE")
                .put("url", base + ProviderPaths.FEED);
        rolie.putArray("services").add(base + ProviderPaths.SERVICE);
        root.put("last_updated", lastUpdated.toString());
        root.put("list_on_CSAF_aggregators", true);
        root.put("metadata_version", "2.0");
        root.put("mirror_on_CSAF_aggregators", true);
        // each URL serves exactly the key of its fingerprint, as §7.1.20 places it and CSAF checkers compare
        var publicKeys = root.putArray("public_openpgp_keys");
        for (PsirtKey key : keys) {
            publicKeys.addObject().put("fingerprint", key.fingerprint())
                    .put("url", base + ProviderPaths.publicKey(key.fingerprint()));
        }
        root.set("publisher", publisher());
        root.put("role", "csaf_trusted_provider");
        return JsonFiles.write(json, root);
    }

    /** The publisher exactly as the documents name it (CSAF 2.0 §3.2.1.8, §7.1.7). */
    private ObjectNode publisher() {
        CsafPublisher publisher = publications.publisher();
        return json.createObjectNode()
                .put("category", publisher.category())
                .put("contact_details", publisher.contactDetails())
                .put("name", publisher.name())
                .put("namespace", publisher.namespace());
    }
}
