package dev.madoguchi.advisories;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.madoguchi.versions.VersionRange;

/**
 * The {@code product_tree} of a CSAF document (CSAF 2.0 §3.2.2) made from the affected-products rows of an advisory:
 * branches {@code vendor} → {@code product_family} (when the catalog puts the product in one) → {@code product_name}
 * → a {@code product_version} for each listed version a row covers, or one {@code product_version_range} when the
 * catalog lists none of the versions in the row's range (§3.1.2.2: enumerate versions where possible, a range only
 * where not). A range is written in VERS ({@code vers:semver/…} for Semantic Versioning products,
 * {@code vers:generic/…} otherwise), as test 6.2.18 asks; a range that cannot be read stays the house notation.
 *
 * <p>Product IDs are built from the catalog ID and the version ({@code CSAFPID-42:1.2.0}) or the VERS constraints
 * ({@code CSAFPID-42:>=1.0|<2.0}), so that one product version keeps its ID across revisions and vulnerabilities and
 * is defined once (test 6.1.2). The product identification helper (§3.1.3.3) carries the catalog's CPE with the
 * version bound into it and its purl with the version, for listed versions, and the model numbers for any leaf.
 */
final class CsafProductTree {

    /** One leaf of the tree: a product version or a range of versions with its full product name. */
    private record Leaf(String id, String category, String name, String fullName, Map<String, Object> helper) {
    }

    /** A product with its leaves, in the order the rows first name them. */
    private record ProductNode(String name, CsafProduct product, Map<String, Leaf> leaves) {
    }

    private final String vendor;
    private final String language;
    private final Map<Long, CsafProduct> catalog;
    private final Map<Long, ProductNode> products = new LinkedHashMap<>();

    CsafProductTree(String vendor, String language, Map<Long, CsafProduct> catalog) {
        this.vendor = vendor;
        this.language = language;
        this.catalog = catalog;
    }

    /** Puts the row's versions into the tree; the product IDs that stand for the row. */
    List<String> add(AdvisorySnapshot.Affected row) {
        CsafProduct product = catalog.getOrDefault(row.productId(), CsafProduct.unknown(row.productId(), row.cpe()));
        ProductNode node = products.computeIfAbsent(row.productId(),
                id -> new ProductNode(row.product().in(language), product, new LinkedHashMap<>()));
        List<Leaf> leaves = new ArrayList<>();
        List<String> versions = row.versions() == null ? List.of() : row.versions();
        if (versions.isEmpty()) {
            leaves.add(rangeLeaf(node, row.range()));
        } else {
            versions.forEach(v -> leaves.add(versionLeaf(node, v)));
        }
        leaves.forEach(leaf -> node.leaves().putIfAbsent(leaf.id(), leaf));
        return leaves.stream().map(Leaf::id).toList();
    }

    boolean isEmpty() {
        return products.isEmpty();
    }

    /** The {@code product_tree} object. */
    Map<String, Object> json() {
        List<Object> vendorChildren = new ArrayList<>();
        Map<String, List<Object>> families = new LinkedHashMap<>();
        for (ProductNode node : products.values()) {
            Map<String, Object> productBranch = branch("product_name", node.name(),
                    node.leaves().values().stream().map(leaf -> (Object) leafBranch(leaf)).toList());
            String family = node.product().family();
            if (family == null) {
                vendorChildren.add(productBranch);
            } else {
                List<Object> members = families.get(family);
                if (members == null) {
                    members = new ArrayList<>();
                    families.put(family, members);
                    vendorChildren.add(branch("product_family", family, members));
                }
                members.add(productBranch);
            }
        }
        Map<String, Object> tree = new TreeMap<>();
        tree.put("branches", List.of(branch("vendor", vendor, vendorChildren)));
        return tree;
    }

    private static Map<String, Object> branch(String category, String name, List<Object> children) {
        Map<String, Object> branch = new TreeMap<>();
        branch.put("category", category);
        branch.put("name", name);
        branch.put("branches", children);
        return branch;
    }

    private static Map<String, Object> leafBranch(Leaf leaf) {
        Map<String, Object> product = new TreeMap<>();
        product.put("name", leaf.fullName());
        product.put("product_id", leaf.id());
        if (!leaf.helper().isEmpty()) {
            product.put("product_identification_helper", leaf.helper());
        }
        Map<String, Object> branch = new TreeMap<>();
        branch.put("category", leaf.category());
        branch.put("name", leaf.name());
        branch.put("product", product);
        return branch;
    }

    private Leaf versionLeaf(ProductNode node, String version) {
        Map<String, Object> helper = new TreeMap<>();
        CsafProduct product = node.product();
        String cpe = cpeOf(product.cpe(), version);
        if (cpe != null) {
            helper.put("cpe", cpe);
        }
        if (product.purl() != null && !product.purl().contains("@")) {
            helper.put("purl", purlOf(product.purl(), version));
        }
        modelNumbers(product, helper);
        return new Leaf("CSAFPID-" + product.id() + ":" + version, "product_version", version,
                node.name() + " " + version, helper);
    }

    private Leaf rangeLeaf(ProductNode node, String range) {
        CsafProduct product = node.product();
        String name;
        try {
            VersionRange parsed = VersionRange.parse(range);
            if (parsed.isExact()) {
                return versionLeaf(node, parsed.lower());
            }
            name = parsed.toVers("semantic".equals(product.versionScheme()) ? "semver" : "generic");
        } catch (IllegalArgumentException e) {
            // InvalidVersionRangeException among them: a range the house notation cannot read stays as written
            name = range;
        }
        Map<String, Object> helper = new TreeMap<>();
        modelNumbers(product, helper);
        String constraints = name.startsWith("vers:") ? name.substring(name.indexOf('/') + 1) : name;
        return new Leaf("CSAFPID-" + product.id() + ":" + constraints, "product_version_range", name,
                node.name() + " " + range, helper);
    }

    private static void modelNumbers(CsafProduct product, Map<String, Object> helper) {
        if (!product.modelNumbers().isEmpty()) {
            helper.put("model_numbers", product.modelNumbers());
        }
    }

    /**
     * The catalog's CPE 2.3 formatted string with {@code version} as its version component, when the catalog's
     * leaves the version open ({@code *} or {@code -}); punctuation in the version quoted with a backslash (NISTIR
     * 7695 §6.2.2.2). {@code null} when there is no CPE, it names a version already, or the version has characters
     * a CPE cannot carry.
     */
    static String cpeOf(String cpe, String version) {
        if (cpe == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < cpe.length(); i++) {
            char c = cpe.charAt(i);
            if (c == '\\' && i + 1 < cpe.length()) {
                part.append(c).append(cpe.charAt(++i));
            } else if (c == ':') {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        if (parts.size() != 13 || !(parts.get(5).equals("*") || parts.get(5).equals("-"))) {
            return null;
        }
        StringBuilder bound = new StringBuilder();
        for (char c : version.toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 0x80 || c == '-' || c == '.' || c == '_') {
                bound.append(c);
            } else if (c > 0x20 && c < 0x7F) {
                bound.append('\\').append(c);
            } else {
                return null;
            }
        }
        parts.set(5, bound.toString());
        return String.join(":", parts);
    }

    /** The package URL with {@code @version} before its qualifiers and subpath (purl-spec: the version is encoded). */
    static String purlOf(String purl, String version) {
        int end = purl.length();
        for (char c : new char[] {'?', '#'}) {
            int at = purl.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String encoded = URLEncoder.encode(version, StandardCharsets.UTF_8).replace("+", "%20");
        return purl.substring(0, end) + "@" + encoded + purl.substring(end);
    }
}
