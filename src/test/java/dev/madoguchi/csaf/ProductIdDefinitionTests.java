package dev.madoguchi.csaf;

import dev.madoguchi.csaf.mandatory.MissingDefinitionOfProductGroupId;
import dev.madoguchi.csaf.mandatory.MissingDefinitionOfProductId;
import dev.madoguchi.csaf.mandatory.MultipleDefinitionOfProductGroupId;
import dev.madoguchi.csaf.mandatory.MultipleDefinitionOfProductId;
import dev.madoguchi.csaf.product.ProductIds;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** CSAF 2.0 §6.1.1, §6.1.2, §6.1.4, §6.1.5 and the index {@link ProductIds} they read. */
class ProductIdDefinitionTests {

    private static final String TREE = """
            "product_tree": {
              "branches": [{"category": "vendor", "name": "V", "branches": [
                {"category": "product_version", "name": "1", "product": {"name": "V 1", "product_id": "B-1"}}]}],
              "full_product_names": [{"name": "F", "product_id": "F-1"}],
              "relationships": [{"category": "installed_on", "product_reference": "B-1",
                "relates_to_product_reference": "F-1", "full_product_name": {"name": "R", "product_id": "R-1"}}],
              "product_groups": [{"group_id": "G-1", "product_ids": ["B-1", "R-1"]}]
            }""";

    private static List<String> paths(CsafTest test, String json) {
        return CsafTestCases.findings(test, json).stream().map(CsafFinding::path).toList();
    }

    @Test
    void productIdUsedInStatusButNeverDefinedIsReported() {
        String json = "{" + TREE + ", \"vulnerabilities\": [{\"product_status\": {\"known_affected\": "
                + "[\"B-1\", \"NOPE\"]}}]}";
        List<CsafFinding> findings = CsafTestCases.findings(new MissingDefinitionOfProductId(), json);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("/vulnerabilities/0/product_status/known_affected/1");
            assertThat(f.message()).contains("NOPE");
        });
    }

    @Test
    void everyReferenceLocationOfTheSpecificationIsChecked() {
        String json = """
                {"product_tree": {
                   "relationships": [{"product_reference": "a", "relates_to_product_reference": "b",
                     "full_product_name": {"name": "R", "product_id": "R-1"}}],
                   "product_groups": [{"group_id": "G", "product_ids": ["c"]}]},
                 "vulnerabilities": [{}, {
                   "flags": [{"label": "component_not_present", "product_ids": ["d"]}],
                   "product_status": {"first_affected": ["e"], "first_fixed": ["f"], "fixed": ["g"],
                     "known_affected": ["h"], "known_not_affected": ["i"], "last_affected": ["j"],
                     "recommended": ["k"], "under_investigation": ["l"]},
                   "remediations": [{"category": "workaround", "details": "x", "product_ids": ["m"]}],
                   "scores": [{"products": ["n"]}],
                   "threats": [{"category": "impact", "details": "x", "product_ids": ["o"]}]}]}""";
        assertThat(paths(new MissingDefinitionOfProductId(), json)).containsExactly(
                "/product_tree/product_groups/0/product_ids/0",
                "/product_tree/relationships/0/product_reference",
                "/product_tree/relationships/0/relates_to_product_reference",
                "/vulnerabilities/1/flags/0/product_ids/0",
                "/vulnerabilities/1/product_status/first_affected/0",
                "/vulnerabilities/1/product_status/first_fixed/0",
                "/vulnerabilities/1/product_status/fixed/0",
                "/vulnerabilities/1/product_status/known_affected/0",
                "/vulnerabilities/1/product_status/known_not_affected/0",
                "/vulnerabilities/1/product_status/last_affected/0",
                "/vulnerabilities/1/product_status/recommended/0",
                "/vulnerabilities/1/product_status/under_investigation/0",
                "/vulnerabilities/1/remediations/0/product_ids/0",
                "/vulnerabilities/1/scores/0/products/0",
                "/vulnerabilities/1/threats/0/product_ids/0");
    }

    @Test
    void productsDefinedInBranchesFullProductNamesAndRelationshipsCountAsDefined() {
        String json = "{" + TREE + ", \"vulnerabilities\": [{\"product_status\": {\"fixed\": "
                + "[\"B-1\", \"F-1\", \"R-1\"]}}]}";
        assertThat(paths(new MissingDefinitionOfProductId(), json)).isEmpty();
        assertThat(paths(new MultipleDefinitionOfProductId(), json)).isEmpty();
    }

    @Test
    void productDefinedAgainInARelationshipIsReportedAtTheLaterDefinition() {
        String json = "{" + TREE.replace("\"product_id\": \"R-1\"", "\"product_id\": \"B-1\"") + "}";
        List<CsafFinding> findings = CsafTestCases.findings(new MultipleDefinitionOfProductId(), json);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("/product_tree/relationships/0/full_product_name/product_id");
            assertThat(f.message()).contains("B-1", "/product_tree/branches/0/branches/0/product/product_id");
        });
    }

    @Test
    void productDefinedThreeTimesIsReportedTwice() {
        String json = """
                {"product_tree": {"full_product_names": [{"name": "A", "product_id": "X"},
                  {"name": "B", "product_id": "X"}, {"name": "C", "product_id": "X"}]}}""";
        assertThat(paths(new MultipleDefinitionOfProductId(), json)).containsExactly(
                "/product_tree/full_product_names/1/product_id", "/product_tree/full_product_names/2/product_id");
    }

    @Test
    void groupIdReferencedByFlagsRemediationsOrThreatsButNeverDefinedIsReported() {
        String json = "{" + TREE + """
                , "vulnerabilities": [{
                   "flags": [{"label": "component_not_present", "group_ids": ["G-1", "G-2"]}],
                   "remediations": [{"category": "workaround", "details": "x", "group_ids": ["G-3"]}],
                   "threats": [{"category": "impact", "details": "x", "group_ids": ["G-4"]}]}]}""";
        assertThat(paths(new MissingDefinitionOfProductGroupId(), json)).containsExactly(
                "/vulnerabilities/0/flags/0/group_ids/1", "/vulnerabilities/0/remediations/0/group_ids/0",
                "/vulnerabilities/0/threats/0/group_ids/0");
    }

    @Test
    void groupIdDefinedTwiceIsReportedAtTheSecondGroup() {
        String json = """
                {"product_tree": {"product_groups": [{"group_id": "G", "product_ids": ["a", "b"]},
                  {"group_id": "H", "product_ids": ["a", "b"]}, {"group_id": "G", "product_ids": ["a", "c"]}]}}""";
        List<CsafFinding> findings = CsafTestCases.findings(new MultipleDefinitionOfProductGroupId(), json);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("/product_tree/product_groups/2/group_id");
            assertThat(f.message()).contains("\"G\"", "/product_tree/product_groups/0/group_id");
        });
    }

    @Test
    void valuesOfTheWrongTypeAreSkippedWithoutThrowing() {
        List<String> documents = List.of("[]", "{\"product_tree\": 3, \"vulnerabilities\": {}}",
                "{\"product_tree\": {\"branches\": [1, {\"branches\": \"x\", \"product\": 2}], "
                        + "\"full_product_names\": [null, {\"product_id\": 5}], \"relationships\": [[], {}], "
                        + "\"product_groups\": [{\"group_id\": [], \"product_ids\": [1, null]}]}, "
                        + "\"vulnerabilities\": [1, {\"product_status\": [], \"scores\": {}, \"flags\": [1], "
                        + "\"threats\": [{\"group_ids\": [7]}]}]}");
        for (String json : documents) {
            for (CsafTest test : MandatoryTests.ALL) {
                assertThat(CsafTestCases.findings(test, json)).as(test.id() + " on " + json).isEmpty();
            }
        }
    }

    @Test
    void branchesOfAnyDepthAreIndexedWithoutRecursion() {
        JsonValue branch = object("product", object("name", str("deep"), "product_id", str("DEEP")));
        for (int i = 0; i < 10_000; i++) {
            branch = object("name", str("b" + i), "branches", new JsonValue.Arr(List.of(branch)));
        }
        JsonValue root = object("product_tree", object("branches", new JsonValue.Arr(List.of(branch))));
        ProductIds index = ProductIds.of(new CsafDocument(root));
        assertThat(index.isDefined("DEEP")).isTrue();
        assertThat(index.definitions("DEEP").get(0).idPointer())
                .startsWith("/product_tree/branches/0/branches/0/branches/0/").endsWith("/product/product_id")
                .hasSize("/product_tree/branches/0".length() + 10_000 * "/branches/0".length()
                        + "/product/product_id".length());
    }

    @Test
    void indexListsGroupMembersAndIsBuiltOncePerDocument() {
        CsafDocument document = new CsafDocument(JsonReader.read(("{" + TREE + "}").getBytes()));
        ProductIds index = ProductIds.of(document);
        assertThat(ProductIds.of(document)).isSameAs(index);
        assertThat(index.groupMembers("G-1")).containsExactly("B-1", "R-1");
        assertThat(index.products()).extracting(ProductIds.Definition::id).containsExactly("B-1", "F-1", "R-1");
        assertThat(index.productReferences()).extracting(ProductIds.Reference::id)
                .containsExactly("B-1", "R-1", "B-1", "F-1");
    }

    static JsonValue str(String text) {
        return new JsonValue.Str(text);
    }

    static JsonValue object(Object... namesAndValues) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            members.put((String) namesAndValues[i], (JsonValue) namesAndValues[i + 1]);
        }
        return new JsonValue.Obj(members);
    }
}
