package dev.madoguchi.cvss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every CVSS score published in the real CSAF advisories of ../shared/corpus/csaf-real
 * ({@code vulnerabilities[].scores[].cvss_v2 / cvss_v3 / cvss_v4}, CSAF 2.0 §3.2.3.13 Scores) is recomputed from
 * its vector and compared with the published base score (to one decimal) and base severity.
 */
class CsafCorpusScoresTests {

    static final Path CORPUS = Path.of("../shared/corpus/csaf-real");

    /**
     * Published scores that the specification's formula contradicts, with the reason; kept out of the count. None
     * so far: every published score in the corpus matches.
     */
    static final Map<String, String> KNOWN_PUBLISHER_ERRORS = Map.of();

    /** One published score: where it was found and what it says. */
    record Published(String file, String version, String vector, BigDecimal score, String severity) {
    }

    static final Map<String, List<Published>> BY_VECTOR = new TreeMap<>();

    @BeforeAll
    static void readCorpus() throws IOException {
        if (!Files.isDirectory(CORPUS)) {
            return;
        }
        JsonMapper json = JsonMapper.builder().build();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            files = walk.filter(p -> p.toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().equals("manifest.json"))
                    .filter(p -> !CORPUS.relativize(p).startsWith("cisa-distribution"))
                    .sorted().toList();
        }
        for (Path file : files) {
            JsonNode document = json.readTree(file.toFile());
            for (JsonNode vulnerability : document.path("vulnerabilities")) {
                for (JsonNode score : vulnerability.path("scores")) {
                    for (String key : List.of("cvss_v2", "cvss_v3", "cvss_v4")) {
                        JsonNode cvss = score.path(key);
                        if (cvss.isObject()) {
                            String vector = cvss.path("vectorString").asString();
                            BY_VECTOR.computeIfAbsent(vector, v -> new ArrayList<>()).add(new Published(
                                    CORPUS.relativize(file).toString(), cvss.path("version").asString(), vector,
                                    cvss.path("baseScore").decimalValue(),
                                    cvss.path("baseSeverity").isMissingNode() ? null
                                            : cvss.path("baseSeverity").asString()));
                        }
                    }
                }
            }
        }
    }

    @Test
    void everyPublishedV3ScoreInTheCorpusMatches() {
        assumeTrue(Files.isDirectory(CORPUS), "the shared corpus is not checked out next to the project");
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, List<Published>> entry : BY_VECTOR.entrySet()) {
            if (!entry.getKey().startsWith("CVSS:3.") || KNOWN_PUBLISHER_ERRORS.containsKey(entry.getKey())) {
                continue;
            }
            checked++;
            mismatches.addAll(mismatches(entry.getValue()));
        }
        assertThat(mismatches).isEmpty();
        assertThat(checked).as("distinct v3.x vectors checked").isGreaterThanOrEqualTo(200);
    }

    @Test
    void theCorpusChecksBothV30AndV31() {
        assumeTrue(Files.isDirectory(CORPUS), "the shared corpus is not checked out next to the project");
        assertThat(BY_VECTOR.keySet().stream().filter(v -> v.startsWith("CVSS:3.0/")).count()).isGreaterThan(100);
        assertThat(BY_VECTOR.keySet().stream().filter(v -> v.startsWith("CVSS:3.1/")).count()).isGreaterThan(100);
    }

    @Test
    void everyPublishedV2AndV4ScoreInTheCorpusMatches() {
        assumeTrue(Files.isDirectory(CORPUS), "the shared corpus is not checked out next to the project");
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, List<Published>> entry : BY_VECTOR.entrySet()) {
            if (!entry.getKey().startsWith("CVSS:3.") && !KNOWN_PUBLISHER_ERRORS.containsKey(entry.getKey())) {
                mismatches.addAll(mismatches(entry.getValue()));
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyKnownPublisherErrorIsStillInTheCorpusAndStillWrong() {
        assumeTrue(Files.isDirectory(CORPUS), "the shared corpus is not checked out next to the project");
        for (String vector : KNOWN_PUBLISHER_ERRORS.keySet()) {
            assertThat(BY_VECTOR).containsKey(vector);
            assertThat(mismatches(BY_VECTOR.get(vector))).as(vector).isNotEmpty();
        }
    }

    /** The publications of one vector that disagree with the computed score or severity, or with its version. */
    static List<String> mismatches(List<Published> publications) {
        List<String> problems = new ArrayList<>();
        for (Published published : publications) {
            CvssVector cvss;
            try {
                cvss = CvssVector.read(published.vector());
            } catch (InvalidCvssVectorException e) {
                problems.add(published + ": " + e.getMessage());
                continue;
            }
            BigDecimal exact = BigDecimal.valueOf(cvss.baseScore());
            BigDecimal computed = exact.setScale(1, RoundingMode.HALF_UP);
            boolean scoreMatches = exact.compareTo(computed) == 0 && published.score().compareTo(computed) == 0
                    && published.score().stripTrailingZeros().scale() <= 1;
            boolean severityMatches = published.severity() == null
                    || published.severity().equals(cvss.severity());
            boolean versionMatches = published.version().equals(cvss.version());
            if (!scoreMatches || !severityMatches || !versionMatches) {
                problems.add(published + " computed " + cvss.version() + " " + computed + " " + cvss.severity());
            }
        }
        return problems;
    }
}
