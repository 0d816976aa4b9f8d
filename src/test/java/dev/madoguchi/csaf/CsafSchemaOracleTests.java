package dev.madoguchi.csaf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * {@link CsafSchema} against the networknt validator as oracle: the same valid/invalid verdict on the OASIS test
 * files, the real advisories, the official examples and thousands of documents mutated from them.
 */
class CsafSchemaOracleTests {

    private static final Path REAL = Path.of("../shared/corpus/csaf-real");
    private static final Path EXAMPLES = Path.of("../shared/corpus/csaf-examples");
    private static final SchemaOracle ORACLE = new SchemaOracle();

    @Test
    void oasisTestFilesGetTheOraclesVerdictAndOnlyTheInvalidCvssOnesFail() throws IOException {
        List<String> disagreements = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        for (Path file : jsonFiles(CsafTestCases.FOLDER)) {
            if (file.getFileName().toString().equals("testcases.json")) {
                continue;
            }
            String json = Files.readString(file);
            if (!compare(file.toString(), json, disagreements)) {
                invalid.add(file.getFileName().toString());
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(invalid).isNotEmpty().allMatch(name -> name.contains("-6-1-08-"), "only 6.1.8 files");
    }

    @Test
    void everyRealAdvisoryIsValidAsTheOracleSays() throws IOException {
        List<String> disagreements = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        for (JsonValue entry : JsonReader.read(Files.readAllBytes(REAL.resolve("manifest.json"))).elements()) {
            Path file = REAL.resolve(entry.get("path").text());
            if (!compare(file.toString(), Files.readString(file), disagreements)) {
                invalid.add(file.toString());
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(invalid).isEmpty();
    }

    @Test
    void officialExamplesGetTheOraclesVerdict() throws IOException {
        List<String> disagreements = new ArrayList<>();
        for (Path file : jsonFiles(EXAMPLES.resolve("csaf"))) {
            compare(file.toString(), Files.readString(file), disagreements);
        }
        for (Path file : jsonFiles(EXAMPLES.resolve("provider-metadata"))) {
            compare(CsafSchema.PROVIDER, file.toString(), Files.readString(file), disagreements);
        }
        for (Path file : jsonFiles(EXAMPLES.resolve("aggregator"))) {
            compare(CsafSchema.AGGREGATOR, file.toString(), Files.readString(file), disagreements);
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void mutatedDocumentsGetTheOraclesVerdict() throws IOException {
        List<String> disagreements = new ArrayList<>();
        int[] invalid = {0};
        List<Path> bases = List.of(EXAMPLES.resolve("csaf/cisco-sa-20180328-smi2.json"),
                EXAMPLES.resolve("csaf/rhsa-2021_5186.json"), EXAMPLES.resolve("csaf/bsi-2022-0001.json"),
                CsafTestCases.FOLDER.resolve("mandatory/oasis_csaf_tc-csaf_2_0-2021-6-1-08-11.json"));
        int count = 0;
        for (Path base : bases) {
            for (SchemaMutations.Mutation mutation : SchemaMutations.of(Files.readString(base))) {
                count++;
                if (!compare(base.getFileName() + " " + mutation.description(), mutation.json(), disagreements)) {
                    invalid[0]++;
                }
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(count).isGreaterThan(1000);
        assertThat(invalid[0]).isGreaterThan(count / 2);
    }

    private static boolean compare(String name, String json, List<String> disagreements) {
        return compare(CsafSchema.CSAF, name, json, disagreements);
    }

    /** Adds a line when the verdicts differ; answers this validator's verdict. */
    private static boolean compare(String schemaId, String name, String json, List<String> disagreements) {
        JsonValue root = JsonReader.read(json.getBytes(StandardCharsets.UTF_8));
        List<CsafFinding> ours = CsafSchema.bundled().validate(schemaId, root, "");
        var theirs = ORACLE.errors(schemaId, json);
        if (ours.isEmpty() != theirs.isEmpty()) {
            disagreements.add(name + ": ours " + ours.stream().limit(3).toList() + " oracle "
                    + theirs.stream().limit(3).toList());
        }
        return ours.isEmpty();
    }

    private static List<Path> jsonFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }
}
