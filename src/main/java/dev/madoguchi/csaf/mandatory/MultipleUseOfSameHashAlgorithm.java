package dev.madoguchi.csaf.mandatory;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.CsafTest;
import dev.madoguchi.csaf.CsafTestGroup;
import dev.madoguchi.csaf.JsonPointer;
import dev.madoguchi.csaf.JsonValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CSAF 2.0 §6.1.25 Multiple Use of Same Hash Algorithm: within one item of {@code hashes} (one file), no two
 * {@code file_hashes} use the same {@code algorithm} (as written). Looks at every full product name: in branches at
 * any depth, in {@code full_product_names} and in relationships. Each repetition is reported at its
 * {@code file_hashes} item.
 */
public final class MultipleUseOfSameHashAlgorithm implements CsafTest {

    @Override
    public String id() {
        return "6.1.25";
    }

    @Override
    public CsafTestGroup group() {
        return CsafTestGroup.MANDATORY;
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        JsonValue tree = document.productTree();
        branches(tree, "/product_tree", findings);
        List<JsonValue> names = tree.get("full_product_names").elements();
        for (int i = 0; i < names.size(); i++) {
            product(names.get(i), JsonPointer.index("/product_tree/full_product_names", i), findings);
        }
        List<JsonValue> relationships = tree.get("relationships").elements();
        for (int i = 0; i < relationships.size(); i++) {
            product(relationships.get(i).get("full_product_name"), JsonPointer.member(
                    JsonPointer.index("/product_tree/relationships", i), "full_product_name"), findings);
        }
    }

    /** The products of {@code parent}'s branches, at any depth (the reader bounds the depth). */
    private static void branches(JsonValue parent, String path, Findings findings) {
        List<JsonValue> branches = parent.get("branches").elements();
        for (int i = 0; i < branches.size(); i++) {
            String branchPath = JsonPointer.index(path + "/branches", i);
            product(branches.get(i).get("product"), branchPath + "/product", findings);
            branches(branches.get(i), branchPath, findings);
        }
    }

    private static void product(JsonValue product, String path, Findings findings) {
        List<JsonValue> hashes = product.get("product_identification_helper").get("hashes").elements();
        for (int h = 0; h < hashes.size(); h++) {
            String base = JsonPointer.index(path + "/product_identification_helper/hashes", h) + "/file_hashes";
            Map<String, Integer> firstIndex = new HashMap<>();
            List<JsonValue> fileHashes = hashes.get(h).get("file_hashes").elements();
            for (int f = 0; f < fileHashes.size(); f++) {
                String algorithm = fileHashes.get(f).get("algorithm").text();
                Integer first = algorithm == null ? null : firstIndex.putIfAbsent(algorithm, f);
                if (first != null) {
                    findings.add(JsonPointer.index(base, f), "The algorithm " + algorithm
                            + " is already used for this file (file hash " + first + ").");
                }
            }
        }
    }
}
