package dev.madoguchi.csaf.product;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonPointer;
import dev.madoguchi.csaf.JsonValue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Where a CSAF 2.0 document defines and references its product IDs and product group IDs: the one index every §6
 * test about products reads (CSAF 2.0 §6.1.1 to §6.1.5, §6.1.27.9, §6.1.27.10, §6.1.33, §6.2.1, §6.2.2 and others)
 * instead of walking the document again.
 *
 * <p><b>Definitions</b> of product IDs are the Full Product Names ({@code full_product_name_t}) of the product tree,
 * in the order of {@link ProductTreeWalk#fullProductNames}: the {@code product} of each
 * {@code /product_tree/branches[]} at any depth (depth first, in document order),
 * {@code /product_tree/full_product_names[]}, {@code /product_tree/relationships[]/full_product_name}. <b>References</b> are every product ID outside a Full
 * Product Name (§6.1.1: every {@code product_id_t} and every item of a {@code products_t}):
 * {@code /product_tree/product_groups[]/product_ids[]}, {@code /product_tree/relationships[]/product_reference} and
 * {@code relates_to_product_reference}, and per vulnerability {@code flags[]/product_ids[]},
 * {@code product_status/*[]}, {@code remediations[]/product_ids[]}, {@code scores[]/products[]} and
 * {@code threats[]/product_ids[]}. Group IDs are defined at {@code /product_tree/product_groups[]/group_id} and
 * referenced (§6.1.4: every item of a {@code product_groups_t}) at {@code flags[]/group_ids[]},
 * {@code remediations[]/group_ids[]} and {@code threats[]/group_ids[]} of each vulnerability.
 *
 * <p>Values of the wrong JSON type are left out of the ID maps (the schema reports them); Full Product Names without
 * a string {@code product_id} are still listed by {@link #products()}. Get the index with {@link #of(CsafDocument)}:
 * it is built once per document.
 */
public final class ProductIds {

    /** The product status lists of a vulnerability (CSAF 2.0 §3.2.3.9), in the specification's order. */
    public static final List<String> PRODUCT_STATUSES = List.of("first_affected", "first_fixed", "fixed",
            "known_affected", "known_not_affected", "last_affected", "recommended", "under_investigation");

    private static final Function<CsafDocument, ProductIds> INDEX = new Function<>() {
        @Override
        public ProductIds apply(CsafDocument document) {
            return new ProductIds(document);
        }
    };

    /**
     * A Full Product Name (whose ID is its {@code product_id}) or a product group (whose ID is its {@code group_id}):
     * the object, the JSON pointer to it, and the name of the member holding its ID.
     */
    public record Definition(String pointer, JsonValue value, String idMember) {
        /** The ID if it is a string, otherwise {@code null}. */
        public String id() {
            return value.get(idMember).text();
        }

        /** The pointer to the ID member. */
        public String idPointer() {
            return JsonPointer.member(pointer, idMember);
        }
    }

    /**
     * A product ID or group ID used outside its definition: the string and where it is, as the array (or object)
     * holding it and its index (or member name). The JSON pointer is written only when a test asks for it, which is
     * when it reports something: most references of a valid document never need one.
     */
    public record Reference(String id, String parent, String member, int index) {
        /** The JSON pointer to the string. */
        public String pointer() {
            return member != null ? JsonPointer.member(parent, member) : JsonPointer.index(parent, index);
        }
    }

    private final List<Definition> products = new ArrayList<>();
    private final Map<String, List<Definition>> productsById = new HashMap<>();
    private final List<Reference> productReferences = new ArrayList<>();
    private final List<Definition> groups = new ArrayList<>();
    private final Map<String, List<Definition>> groupsById = new HashMap<>();
    private final List<Reference> groupReferences = new ArrayList<>();
    /** Made on first use: only some tests ask (the optional ones, and VEX documents'). */
    private Set<String> referenced;
    private Map<String, Set<String>> groupsByProduct;

    private ProductIds(CsafDocument document) {
        JsonValue tree = document.productTree();
        ProductTreeWalk.fullProductNames(document, new BiConsumer<JsonValue, String>() {
            @Override
            public void accept(JsonValue value, String pointer) {
                addProduct(value, pointer);
            }
        });
        List<JsonValue> groupItems = tree.get("product_groups").elements();
        for (int i = 0; i < groupItems.size(); i++) {
            String at = JsonPointer.index("/product_tree/product_groups", i);
            addGroup(new Definition(at, groupItems.get(i), "group_id"));
            addAll(productReferences, groupItems.get(i), at, "product_ids");
        }
        List<JsonValue> relationships = tree.get("relationships").elements();
        for (int i = 0; i < relationships.size(); i++) {
            String at = JsonPointer.index("/product_tree/relationships", i);
            JsonValue item = relationships.get(i);
            add(productReferences, item.get("product_reference"), at, "product_reference", -1);
            add(productReferences, item.get("relates_to_product_reference"), at, "relates_to_product_reference",
                    -1);
        }
        List<JsonValue> vulnerabilities = document.vulnerabilities().elements();
        for (int i = 0; i < vulnerabilities.size(); i++) {
            addVulnerabilityReferences(vulnerabilities.get(i), JsonPointer.index("/vulnerabilities", i));
        }
    }

    /** The index of {@code document}, built on first use and kept with the document. */
    public static ProductIds of(CsafDocument document) {
        return document.derived(INDEX);
    }

    /** Every Full Product Name of the product tree, in the order the class comment gives. */
    public List<Definition> products() {
        return Collections.unmodifiableList(products);
    }

    /** The Full Product Names defining {@code id}, in order; empty when it is not defined. */
    public List<Definition> definitions(String id) {
        return Collections.unmodifiableList(productsById.getOrDefault(id, List.of()));
    }

    public boolean isDefined(String id) {
        return productsById.containsKey(id);
    }

    /**
     * Whether {@code id} is referenced (see the class comment): used as a {@code product_id_t} anywhere but in the
     * {@code product_id} of a Full Product Name.
     */
    public boolean isReferenced(String id) {
        if (referenced == null) {
            referenced = new HashSet<>();
            for (Reference reference : productReferences) {
                referenced.add(reference.id());
            }
        }
        return referenced.contains(id);
    }

    /** The IDs of the product groups listing {@code productId}, each once, in document order; none if in no group. */
    public Set<String> groupsOf(String productId) {
        if (groupsByProduct == null) {
            groupsByProduct = groupsByProduct();
        }
        return Collections.unmodifiableSet(groupsByProduct.getOrDefault(productId, Set.of()));
    }

    private Map<String, Set<String>> groupsByProduct() {
        Map<String, Set<String>> byProduct = new HashMap<>();
        for (Definition group : groups) {
            for (JsonValue member : group.value().get("product_ids").elements()) {
                if (member.isString() && group.id() != null) {
                    Set<String> groupIds = byProduct.get(member.text());
                    if (groupIds == null) {
                        groupIds = new LinkedHashSet<>();
                        byProduct.put(member.text(), groupIds);
                    }
                    groupIds.add(group.id());
                }
            }
        }
        return byProduct;
    }

    /** Every product ID reference (see the class comment), product tree first, then each vulnerability in turn. */
    public List<Reference> productReferences() {
        return Collections.unmodifiableList(productReferences);
    }

    /** Every product group, in document order. */
    public List<Definition> groups() {
        return Collections.unmodifiableList(groups);
    }

    /** The product groups defining {@code groupId}, in order; empty when it is not defined. */
    public List<Definition> groupDefinitions(String groupId) {
        return Collections.unmodifiableList(groupsById.getOrDefault(groupId, List.of()));
    }

    public boolean isGroupDefined(String groupId) {
        return groupsById.containsKey(groupId);
    }

    /** The product IDs (strings only) listed by every product group with {@code groupId}, without repetition. */
    public Set<String> groupMembers(String groupId) {
        Set<String> members = new LinkedHashSet<>();
        for (Definition group : groupDefinitions(groupId)) {
            for (JsonValue id : group.value().get("product_ids").elements()) {
                if (id.isString()) {
                    members.add(id.text());
                }
            }
        }
        return members;
    }

    /** Every product group ID reference (see the class comment), each vulnerability in turn. */
    public List<Reference> groupReferences() {
        return Collections.unmodifiableList(groupReferences);
    }

    private void addProduct(JsonValue value, String pointer) {
        if (!value.isObject()) {
            return;
        }
        Definition product = new Definition(pointer, value, "product_id");
        products.add(product);
        String id = product.id();
        if (id != null) {
            definitionsOf(productsById, id).add(product);
        }
    }

    private void addGroup(Definition group) {
        if (!group.value().isObject()) {
            return;
        }
        groups.add(group);
        if (group.id() != null) {
            definitionsOf(groupsById, group.id()).add(group);
        }
    }

    private static List<Definition> definitionsOf(Map<String, List<Definition>> byId, String id) {
        List<Definition> definitions = byId.get(id);
        if (definitions == null) {
            definitions = new ArrayList<>(1);
            byId.put(id, definitions);
        }
        return definitions;
    }

    private void addVulnerabilityReferences(JsonValue vulnerability, String at) {
        addItemReferences(vulnerability, at, "flags");
        JsonValue status = vulnerability.get("product_status");
        String statusAt = JsonPointer.member(at, "product_status");
        for (String name : PRODUCT_STATUSES) {
            addAll(productReferences, status, statusAt, name);
        }
        addItemReferences(vulnerability, at, "remediations");
        List<JsonValue> scores = vulnerability.get("scores").elements();
        String scoresAt = JsonPointer.member(at, "scores");
        for (int i = 0; i < scores.size(); i++) {
            addAll(productReferences, scores.get(i), JsonPointer.index(scoresAt, i), "products");
        }
        addItemReferences(vulnerability, at, "threats");
    }

    /** The {@code product_ids} and {@code group_ids} of each item of the list {@code list} of a vulnerability. */
    private void addItemReferences(JsonValue vulnerability, String at, String list) {
        List<JsonValue> items = vulnerability.get(list).elements();
        String listAt = JsonPointer.member(at, list);
        for (int i = 0; i < items.size(); i++) {
            String itemAt = JsonPointer.index(listAt, i);
            addAll(productReferences, items.get(i), itemAt, "product_ids");
            addAll(groupReferences, items.get(i), itemAt, "group_ids");
        }
    }

    private static void addAll(List<Reference> references, JsonValue parent, String parentAt, String member) {
        List<JsonValue> items = parent.get(member).elements();
        String listAt = JsonPointer.member(parentAt, member);
        for (int i = 0; i < items.size(); i++) {
            add(references, items.get(i), listAt, null, i);
        }
    }

    private static void add(List<Reference> references, JsonValue value, String parent, String member, int index) {
        if (value.isString()) {
            references.add(new Reference(value.text(), parent, member, index));
        }
    }

    /** Calls {@code action} with each element of an array and its pointer; nothing for anything else. */
    public static void forEach(JsonValue array, String base, ElementAction action) {
        List<JsonValue> items = array.elements();
        for (int i = 0; i < items.size(); i++) {
            action.accept(items.get(i), JsonPointer.index(base, i));
        }
    }

    /** What {@link #forEach} does with one element. */
    @FunctionalInterface
    public interface ElementAction {
        void accept(JsonValue element, String pointer);
    }
}
