package dev.madoguchi.csaf;

import dev.madoguchi.csaf.mandatory.CircularDefinitionOfProductId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** CSAF 2.0 §6.1.3 Circular Definition of Product ID. */
class CircularProductIdTests {

    private static final CsafTest TEST = new CircularDefinitionOfProductId();

    private static String relationship(String defined, String product, String relatesTo) {
        return "{\"category\": \"installed_on\", \"product_reference\": \"" + product
                + "\", \"relates_to_product_reference\": \"" + relatesTo
                + "\", \"full_product_name\": {\"name\": \"" + defined + "\", \"product_id\": \"" + defined + "\"}}";
    }

    private static String document(List<String> relationships) {
        return "{\"product_tree\": {\"full_product_names\": [{\"name\": \"A\", \"product_id\": \"A\"}, "
                + "{\"name\": \"B\", \"product_id\": \"B\"}], \"relationships\": ["
                + String.join(", ", relationships) + "]}}";
    }

    private static List<String> paths(List<String> relationships) {
        return CsafTestCases.findings(TEST, document(relationships)).stream().map(CsafFinding::path).toList();
    }

    @Test
    void relationshipReferringToItsOwnProductIdIsReported() {
        List<CsafFinding> findings = CsafTestCases.findings(TEST, document(List.of(relationship("R", "A", "R"))));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("/product_tree/relationships/0/relates_to_product_reference");
            assertThat(f.message()).contains("\"R\"", "itself");
        });
    }

    @Test
    void cycleOverSeveralRelationshipsIsReportedAtEachReferenceInIt() {
        assertThat(paths(List.of(relationship("R1", "A", "R2"), relationship("R2", "R3", "B"),
                relationship("R3", "R1", "A")))).containsExactly(
                "/product_tree/relationships/0/relates_to_product_reference",
                "/product_tree/relationships/1/product_reference",
                "/product_tree/relationships/2/product_reference");
    }

    @Test
    void relationshipBuiltOnACircularDefinitionEndsUpInTheCircleToo() {
        assertThat(paths(List.of(relationship("R1", "R2", "A"), relationship("R2", "R1", "A"),
                relationship("R3", "B", "R1")))).contains("/product_tree/relationships/2/relates_to_product_reference");
    }

    @Test
    void relationshipsBuiltOnEachOtherWithoutACircleAreNotReported() {
        assertThat(paths(List.of(relationship("R1", "A", "B"), relationship("R2", "R1", "B"),
                relationship("R3", "R1", "R2"), relationship("R4", "R3", "R3")))).isEmpty();
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void chainOfTenThousandRelationshipsIsSearchedWithoutRecursion() {
        List<String> chain = new java.util.ArrayList<>();
        chain.add(relationship("R0", "A", "B"));
        for (int i = 1; i < 10_000; i++) {
            chain.add(relationship("R" + i, "R" + (i - 1), "B"));
        }
        assertThat(paths(chain)).isEmpty();
        chain.set(0, relationship("R0", "A", "R9999"));
        List<String> closed = paths(chain);
        assertThat(closed).hasSize(10_000)
                .contains("/product_tree/relationships/0/relates_to_product_reference",
                        "/product_tree/relationships/9999/product_reference");
    }
}
