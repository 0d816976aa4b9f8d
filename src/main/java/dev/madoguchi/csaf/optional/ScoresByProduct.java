package dev.madoguchi.csaf.optional;

import dev.madoguchi.csaf.JsonValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** For one vulnerability: the indexes of the scores naming each product in their {@code products}. */
public final class ScoresByProduct {

    /** Accepts every score. */
    public static final Predicate<JsonValue> EVERY = new Predicate<>() {
        @Override
        public boolean test(JsonValue score) {
            return true;
        }
    };

    private ScoresByProduct() {
    }

    /** Product ID to the indexes (in {@code scores}) of the scores that name it and that {@code which} accepts. */
    public static Map<String, List<Integer>> of(JsonValue vulnerability, Predicate<JsonValue> which) {
        Map<String, List<Integer>> scoresOfProduct = new HashMap<>();
        List<JsonValue> scores = vulnerability.get("scores").elements();
        for (int s = 0; s < scores.size(); s++) {
            if (!which.test(scores.get(s))) {
                continue;
            }
            for (JsonValue product : scores.get(s).get("products").elements()) {
                if (product.isString()) {
                    List<Integer> indexes = scoresOfProduct.get(product.text());
                    if (indexes == null) {
                        indexes = new ArrayList<>();
                        scoresOfProduct.put(product.text(), indexes);
                    }
                    indexes.add(s);
                }
            }
        }
        return scoresOfProduct;
    }
}
