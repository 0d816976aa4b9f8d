package dev.madoguchi.csaf.product;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonPointer;
import dev.madoguchi.csaf.JsonValue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.BiConsumer;

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
    public static <S> void branches(CsafDocument document, S rootState, BranchVisitor<S> visitor) {
        Deque<Pending<S>> pending = new ArrayDeque<>();
        pushAll(pending, document.productTree().get("branches"), "/product_tree/branches", rootState);
        while (!pending.isEmpty()) {
            Pending<S> next = pending.pop();
            S state = visitor.visit(next.branch(), next.pointer(), next.parentState());
            pushAll(pending, next.branch().get("branches"), JsonPointer.member(next.pointer(), "branches"), state);
        }
    }

    private record Pending<S>(JsonValue branch, String pointer, S parentState) {
    }

    /** Pushes the branches in reverse, so that they are visited in document order. */
    private static <S> void pushAll(Deque<Pending<S>> pending, JsonValue branches, String pointer, S state) {
        List<JsonValue> elements = branches.elements();
        for (int i = elements.size() - 1; i >= 0; i--) {
            pending.push(new Pending<>(elements.get(i), JsonPointer.index(pointer, i), state));
        }
    }

    /**
     * Each Full Product Name element with its pointer: {@code /product_tree/branches[](/branches[])*}{@code /product},
     * {@code /product_tree/full_product_names[]} and {@code /product_tree/relationships[]/full_product_name}.
     */
    public static void fullProductNames(CsafDocument document, BiConsumer<JsonValue, String> visitor) {
        branches(document, null, new BranchVisitor<Void>() {
            @Override
            public Void visit(JsonValue branch, String pointer, Void unused) {
                JsonValue product = branch.get("product");
                if (product.exists()) {
                    visitor.accept(product, JsonPointer.member(pointer, "product"));
                }
                return null;
            }
        });
        List<JsonValue> names = document.productTree().get("full_product_names").elements();
        for (int i = 0; i < names.size(); i++) {
            visitor.accept(names.get(i), JsonPointer.index("/product_tree/full_product_names", i));
        }
        List<JsonValue> relationships = document.productTree().get("relationships").elements();
        for (int i = 0; i < relationships.size(); i++) {
            JsonValue product = relationships.get(i).get("full_product_name");
            if (product.exists()) {
                visitor.accept(product, "/product_tree/relationships/" + i + "/full_product_name");
            }
        }
    }

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
