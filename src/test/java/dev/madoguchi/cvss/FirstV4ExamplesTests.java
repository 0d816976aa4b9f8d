package dev.madoguchi.cvss;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * CVSS v4.0 scores and severities match FIRST's CVSS v4.0 Examples document (fixture cvss/first-v4-examples.txt,
 * whose header says where the lines come from).
 */
class FirstV4ExamplesTests {

    record Example(String vector, String score, String severity) {
    }

    @Test
    void everyFirstV4ExampleScoresAsPublished() throws IOException {
        List<Example> examples = examples();
        List<String> mismatches = new ArrayList<>();
        for (Example example : examples) {
            CvssVector cvss = CvssVector.parse(example.vector());
            String computed = String.format(Locale.ROOT, "%.1f", cvss.baseScore());
            if (!computed.equals(example.score()) || !cvss.severity().equals(example.severity())) {
                mismatches.add(example + " computed " + computed + " " + cvss.severity());
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void theFirstV4ExamplesCoverEverySeverity() throws IOException {
        Set<String> severities = examples().stream().map(Example::severity).collect(Collectors.toSet());
        assertThat(severities).containsExactlyInAnyOrder("NONE", "LOW", "MEDIUM", "HIGH", "CRITICAL");
    }

    static List<Example> examples() throws IOException {
        try (InputStream in = FirstV4ExamplesTests.class.getResourceAsStream("/cvss/first-v4-examples.txt")) {
            assertThat(in).as("fixture cvss/first-v4-examples.txt").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split(" "))
                    .map(parts -> new Example(parts[0], parts[1], parts[2]))
                    .toList();
        }
    }
}
