package dev.madoguchi.csaf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mandatory tests 6.1.1–6.1.7, 6.1.12 and 6.1.13 on the OASIS test files (each listed failure fails with findings
 * of its test, each listed valid file has none) and on the real advisories (none has a finding).
 */
class ProductAndLanguageTestCorpusTests {

    private static final List<String> IDS = List.of("6.1.1", "6.1.2", "6.1.3", "6.1.4", "6.1.5", "6.1.6", "6.1.7",
            "6.1.12", "6.1.13");
    private static final Map<String, CsafTest> TESTS = MandatoryTests.ALL.stream()
            .filter(t -> IDS.contains(t.id())).collect(Collectors.toMap(CsafTest::id, Function.identity()));

    static Stream<CsafTestCases.Case> oasisCases() {
        return CsafTestCases.all().stream().filter(c -> IDS.contains(c.test()));
    }

    @Test
    void everyTestIsRegisteredOnce() {
        assertThat(TESTS).containsOnlyKeys(IDS);
    }

    @ParameterizedTest
    @MethodSource("oasisCases")
    void oasisFileFailsOrPassesAsListed(CsafTestCases.Case c) {
        List<CsafFinding> findings = CsafTestCases.findings(TESTS.get(c.test()), c.file());
        if (c.valid()) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).isNotEmpty().allMatch(f -> f.test().equals(c.test()));
        }
    }

    @Test
    void realAdvisoriesHaveNoFindings() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("../shared/corpus/csaf-real"))) {
            files = walk.filter(p -> p.toString().endsWith(".json") && !p.endsWith("manifest.json")).toList();
        }
        assertThat(files).hasSizeGreaterThan(400);
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            JsonValue root = JsonReader.read(CsafTestCases.read(file));
            if (!root.get("document").exists()) {
                continue;
            }
            for (CsafTest test : TESTS.values()) {
                CsafTestCases.findings(test, root).forEach(f -> failures.add(file.getFileName() + " " + f));
            }
        }
        assertThat(failures).isEmpty();
    }
}
