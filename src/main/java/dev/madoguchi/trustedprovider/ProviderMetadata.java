package dev.madoguchi.trustedprovider;

import java.time.Instant;

import dev.madoguchi.advisories.CsafPublications;
import dev.madoguchi.advisories.CsafPublisher;
import dev.madoguchi.shared.Organization;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * {@code provider-metadata.json} (CSAF 2.0 §7.1.7, valid against the CSAF provider metadata schema): a trusted
 * provider (§7.2.3) distributing its TLP:WHITE documents both as a directory (§7.1.11–14) and by ROLIE (§7.1.15–17),
 * with the key that signs them (§7.1.20). The publisher is the organization's, the one its documents carry.
 */
@Component
class ProviderMetadata {

    private final JsonMapper json;
    private final Organization organization;
    private final CsafSigningKey key;
    private final CsafPublications publications;

    ProviderMetadata(JsonMapper json, Organization organization, CsafSigningKey key, CsafPublications publications) {
        this.json = json;
        this.organization = organization;
        this.key = key;
        this.publications = publications;
    }

    /**
     * @param base        the public address without a trailing slash, e.g. {@code https://psirt.example.com}
     * @param lastUpdated when anything it points to last changed
     */
    byte[] write(String base, Instant lastUpdated) {
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
        root.putArray("public_openpgp_keys").addObject()
                .put("fingerprint", key.fingerprint())
                .put("url", base + ProviderPaths.publicKey(key.fingerprint()));
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
