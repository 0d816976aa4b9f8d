package dev.madoguchi.csaf.product;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonPointer;
import dev.madoguchi.csaf.JsonValue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Walks the places of {@code /product_tree} that {@link ProductIds} and several §6 tests read: the branches (at any depth), the
 * Full Product Name elements ({@code /$defs/full_product_name_t}) wherever they are, and the file hashes of their
 * product identification helpers. Branches are walked with an explicit stack, so a deep tree cannot overflow the call
 * stack; each element is visited once.
 */
public final class ProductTreeWalk {

    private ProductTreeWalk() {
    }

    /**
     * Computes, for each branch, a state from its parent's: {@code visit} gets a branch, its pointer and the state of
     * its parent (the root's state for a top-level branch), and answers the state its sub-branches inherit.
     */
    @FunctionalInterface
    public interface BranchVisitor<S> {
        S visit(JsonValue branch, String pointer, S parentState);
    }

    /** Each branch of {@code /product_tree/branches[](/branches[])*}, parents before their children. */
    @SuppressWarnings("unchecked")
    public static <S> void branches(CsafDocument document, S rootState, BranchVisitor<S> visitor) {
        List<Located> branches = document.derived(BRANCHES);
        Object[] states = new Object[branches.size()];
        for (int i = 0; i < branches.size(); i++) {
            Located branch = branches.get(i);
            S parentState = branch.parent() < 0 ? rootState : (S) states[branch.parent()];
            states[i] = visitor.visit(branch.value(), branch.pointer(), parentState);
        }
    }

    /**
     * The branches in the order {@link #branches} visits them, each with its pointer and its parent's position (-1 for
     * a top-level branch): found once per document, since the index and several tests walk the same tree.
     */
    private static final Function<CsafDocument, List<Located>> BRANCHES = new Function<CsafDocument, List<Located>>() {
        @Override
        public List<Located> apply(CsafDocument document) {
            List<Located> found = new ArrayList<>();
            Deque<Located> pending = new ArrayDeque<>();
            pushAll(pending, document.productTree().get("branches"), "/product_tree/branches", -1);
            while (!pending.isEmpty()) {
                Located next = pending.pop();
                found.add(next);
                pushAll(pending, next.value().get("branches"), JsonPointer.member(next.pointer(), "branches"),
                        found.size() - 1);
            }
            return found;
        }
    };

    /** A value of the product tree with its pointer and, for a branch, its parent branch's position (else -1). */
    private record Located(JsonValue value, String pointer, int parent) {
    }

    /** Pushes the branches in reverse, so that they are visited in document order. */
    private static void pushAll(Deque<Located> pending, JsonValue branches, String pointer, int parent) {
        List<JsonValue> elements = branches.elements();
        for (int i = elements.size() - 1; i >= 0; i--) {
            pending.push(new Located(elements.get(i), JsonPointer.index(pointer, i), parent));
        }
    }

    /**
     * Each Full Product Name element with its pointer: {@code /product_tree/branches[](/branches[])*}{@code /product},
     * {@code /product_tree/full_product_names[]} and {@code /product_tree/relationships[]/full_product_name}.
     */
    public static void fullProductNames(CsafDocument document, BiConsumer<JsonValue, String> visitor) {
        List<Located> named = document.derived(FULL_PRODUCT_NAMES);
        for (int i = 0; i < named.size(); i++) {
            visitor.accept(named.get(i).value(), named.get(i).pointer());
        }
    }

    /** The Full Product Names in the order {@link #fullProductNames} gives them, found once per document. */
    private static final Function<CsafDocument, List<Located>> FULL_PRODUCT_NAMES =
            new Function<CsafDocument, List<Located>>() {
                @Override
                public List<Located> apply(CsafDocument document) {
                    List<Located> found = new ArrayList<>();
                    for (Located branch : document.derived(BRANCHES)) {
                        JsonValue product = branch.value().get("product");
                        if (product.exists()) {
                            found.add(new Located(product, JsonPointer.member(branch.pointer(), "product"), -1));
                        }
                    }
                    List<JsonValue> names = document.productTree().get("full_product_names").elements();
                    for (int i = 0; i < names.size(); i++) {
                        found.add(new Located(names.get(i), JsonPointer.index("/product_tree/full_product_names", i),
                                -1));
                    }
                    List<JsonValue> relationships = document.productTree().get("relationships").elements();
                    for (int i = 0; i < relationships.size(); i++) {
                        JsonValue product = relationships.get(i).get("full_product_name");
                        if (product.exists()) {
                            found.add(new Located(product, "/product_tree/relationships/" + i + "/full_product_name",
                                    -1));
                        }
                    }
                    return found;
                }
            };

    /**
     * Each {@code file_hashes} array of the {@code hashes} of every Full Product Name's product identification helper,
     * with its pointer (e.g. {@code /product_tree/full_product_names/0/product_identification_helper/hashes/1/file_hashes}).
     */
    public static void fileHashes(CsafDocument document, BiConsumer<JsonValue, String> visitor) {
        fullProductNames(document, new BiConsumer<JsonValue, String>() {
            @Override
            public void accept(JsonValue product, String pointer) {
                List<JsonValue> hashes = product.get("product_identification_helper").get("hashes").elements();
                for (int i = 0; i < hashes.size(); i++) {
                    JsonValue fileHashes = hashes.get(i).get("file_hashes");
                    if (fileHashes.exists()) {
                        visitor.accept(fileHashes,
                                pointer + "/product_identification_helper/hashes/" + i + "/file_hashes");
                    }
                }
            }
        });
    }
}
