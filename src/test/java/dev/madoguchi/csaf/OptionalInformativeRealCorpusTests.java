package dev.madoguchi.csaf;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The optional and informative tests over the real advisories of {@code ../shared/corpus/csaf-real}: none throws, and
 * all of them together stay fast. Real advisories may legitimately warn, so the number of findings per test is only
 * printed, as information.
 */
class OptionalInformativeRealCorpusTests {

    private static final Path CORPUS = Path.of("../shared/corpus/csaf-real");

    @Test
    void everyTestCompletesOnEveryRealAdvisoryQuickly() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            files = walk.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().equals("manifest.json"))
                    .sorted().toList();
        }
        List<CsafTest> tests = Stream.concat(OptionalTests.ALL.stream(), InformativeTests.ALL.stream()).toList();
        Map<String, int[]> counts = new LinkedHashMap<>();
        tests.forEach(t -> counts.put(t.id(), new int[2]));
        List<JsonValue> documents = files.stream().map(f -> JsonReader.read(read(f)))
                .filter(d -> d.get("document").exists()).toList();
        long start = System.nanoTime();
        for (JsonValue root : documents) {
            CsafDocument document = new CsafDocument(root);
            for (CsafTest test : tests) {
                int[] count = counts.get(test.id());
                int before = count[0];
                test.run(document, (path, message) -> count[0]++);
                if (count[0] > before) {
                    count[1]++;
                }
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        StringBuilder report = new StringBuilder("Optional/informative findings over " + documents.size()
                + " real advisories in " + millis + " ms (test: findings in documents):\n");
        counts.forEach((id, c) -> report.append("  ").append(id).append(": ").append(c[0]).append(" in ")
                .append(c[1]).append('\n'));
        System.out.println(report);
        assertThat(documents).hasSizeGreaterThanOrEqualTo(449);
        assertThat(millis).isLessThan(10_000);
    }

    @Test
    void noTestThrowsOnMembersOfTheWrongTypeOrMissingParts() {
        List<String> hostile = List.of("{}", "[]", "\"x\"", "null", "{\"document\": 1, \"vulnerabilities\": {}}",
                """
                {"document": {"category": 7, "lang": [], "source_lang": "", "distribution": {"tlp": {"label": 3}},
                  "references": [null, {"category": "self", "url": 5}], "tracking": {"id": {}, "initial_release_date": 1,
                  "current_release_date": "2021-13-45T99:00:00Z", "revision_history": [null, {"date": [], "number": 2}]}},
                 "product_tree": {"branches": [null, 1, {"branches": {"x": 1}, "category": "product_version",
                   "name": 4, "product": {"product_id": 5, "product_identification_helper": {"hashes": [null,
                   {"file_hashes": [null, {"algorithm": 1, "value": 2}]}]}}}], "full_product_names": {},
                   "product_groups": [{"group_id": 1, "product_ids": [1, null]}], "relationships": [7]},
                 "vulnerabilities": [null, {"ids": [1, {"text": 2}], "involvements": [1], "product_status":
                   {"fixed": [1, "A"], "known_affected": "A"}, "scores": [{"products": ["A", 1], "cvss_v2": [],
                   "cvss_v3": {"environmentalScore": "0", "vectorString": "::/C:/:N"}}], "remediations": [1]}]}
                """);
        List<CsafTest> tests = Stream.concat(OptionalTests.ALL.stream(), InformativeTests.ALL.stream()).toList();
        for (String json : hostile) {
            for (CsafTest test : tests) {
                assertThat(CsafTestCases.findings(test, json)).as(test.id() + " on " + json).isNotNull();
            }
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
