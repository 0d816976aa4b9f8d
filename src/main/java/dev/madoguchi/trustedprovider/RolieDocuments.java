package dev.madoguchi.trustedprovider;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import dev.madoguchi.advisories.PublishedCsaf;
import dev.madoguchi.shared.Organization;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * The ROLIE documents of the TLP:WHITE documents, JSON as RFC 8322 and CSAF 2.0 §7.1.15–17 show them: the feed
 * listing every document with its hash and signature links, the service document naming the feed, and a category
 * document of the products the documents speak of.
 */
@Component
class RolieDocuments {

    static final String INFORMATION_TYPE = "urn:ietf:params:rolie:category:information-type";
    static final String CSAF_SCHEMA = "https://docs.oasis-open.org/csaf/csaf/v2.0/csaf_json_schema.json";

    private final JsonMapper json;
    private final Organization organization;

    RolieDocuments(JsonMapper json, Organization organization) {
        this.json = json;
        this.organization = organization;
    }

    List<RolieEntry> entries(List<PublishedCsaf> documents) {
        return documents.stream().map(d -> RolieEntry.of(d, json)).toList();
    }

    /** The feed (§7.1.15), newest {@code current_release_date} first. */
    byte[] feed(String base, List<RolieEntry> entries, Instant updated) {
        ObjectNode feed = json.createObjectNode();
        ObjectNode body = feed.putObject("feed");
        body.put("id", "csaf-feed-tlp-white");
        body.put("title", feedTitle());
        body.putArray("link").addObject().put("rel", "self").put("href", base + ProviderPaths.FEED);
        csafCategory(body.putArray("category"));
        body.put("updated", updated.toString());
        ArrayNode items = body.putArray("entry");
        List<RolieEntry> newestFirst = entries.stream()
                .sorted(Comparator.comparing((RolieEntry e) -> e.document().currentReleaseDate()).reversed()
                        .thenComparing(e -> ProviderPaths.document(e.document())))
                .toList();
        for (RolieEntry entry : newestFirst) {
            String url = base + ProviderPaths.document(entry.document());
            ObjectNode item = items.addObject();
            item.put("id", entry.document().trackingId());
            item.put("title", entry.title());
            ArrayNode links = item.putArray("link");
            links.addObject().put("rel", "self").put("href", url);
            // §7.1.15: every hash file (§7.1.18) and signature file (§7.1.19) is listed with its entry
            links.addObject().put("rel", "hash").put("href", url + ".sha256");
            links.addObject().put("rel", "hash").put("href", url + ".sha512");
            links.addObject().put("rel", "signature").put("href", url + ".asc");
            ArrayNode categories = item.putArray("category");
            csafCategory(categories);
            entry.products().forEach(term -> categories.addObject().put("term", term));
            item.put("published", entry.document().initialReleaseDate().toString());
            item.put("updated", entry.document().currentReleaseDate().toString());
            item.putObject("content").put("type", "application/json").put("src", url);
            item.putObject("format").put("schema", CSAF_SCHEMA).put("version", "2.0");
        }
        return JsonFiles.write(json, feed);
    }

    /** The service document (§7.1.16), next to {@code provider-metadata.json}. */
    byte[] service(String base) {
        ObjectNode root = json.createObjectNode();
        ObjectNode workspace = root.putObject("service").putArray("workspace").addObject();
        workspace.put("title", "Public CSAF feed");
        ObjectNode collection = workspace.putArray("collection").addObject();
        collection.put("title", feedTitle());
        collection.put("href", base + ProviderPaths.FEED);
        csafCategory(collection.putObject("categories").putArray("category"));
        return JsonFiles.write(json, root);
    }

    /** The category document (§7.1.17): every product, product family and vendor named in the feed's entries. */
    byte[] categories(List<RolieEntry> entries) {
        TreeSet<String> terms = new TreeSet<>();
        entries.forEach(e -> terms.addAll(e.products()));
        ObjectNode root = json.createObjectNode();
        ArrayNode list = root.putObject("categories").putArray("category");
        terms.forEach(term -> list.addObject().put("term", term));
        return JsonFiles.write(json, root);
    }

    private String feedTitle() {
        return organization.nameEn() + " CSAF feed (TLP:WHITE)";
    }

    private static void csafCategory(ArrayNode categories) {
        categories.addObject().put("scheme", INFORMATION_TYPE).put("term", "csaf");
    }
}
