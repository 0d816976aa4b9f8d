package dev.madoguchi.csaf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The OASIS CSAF 2.0 validator test files in {@code ../shared/corpus/csaf-tests}, as listed by their index
 * {@code testcases.json}: for each §6 test id, documents that must fail it and documents that must pass it.
 */
final class CsafTestCases {

    static final Path FOLDER = Path.of("../shared/corpus/csaf-tests");

    /** One listed file and whether the test must pass on it. */
    record Case(String test, Path file, boolean valid) {
        @Override
        public String toString() {
            return test + " " + file.getFileName() + (valid ? " passes" : " fails");
        }
    }

    private CsafTestCases() {
    }

    /** Every listed case. */
    static List<Case> all() {
        JsonValue index = JsonReader.read(read(FOLDER.resolve("testcases.json")));
        List<Case> cases = new ArrayList<>();
        for (JsonValue test : index.get("tests").elements()) {
            String id = test.get("id").text();
            for (JsonValue failure : test.get("failures").elements()) {
                cases.add(new Case(id, FOLDER.resolve(failure.get("name").text()), false));
            }
            for (JsonValue valid : test.get("valid").elements()) {
                cases.add(new Case(id, FOLDER.resolve(valid.get("name").text()), true));
            }
        }
        return cases;
    }

    /** The listed cases of tests whose id starts with {@code prefix} (e.g. {@code "6.1.27."}). */
    static List<Case> of(String prefix) {
        return all().stream().filter(c -> c.test().equals(prefix) || c.test().startsWith(prefix)).toList();
    }

    /** The findings of one test alone on a document given as JSON text. */
    static List<CsafFinding> findings(CsafTest test, String json) {
        return findings(test, JsonReader.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** The findings of one test alone on a document file. */
    static List<CsafFinding> findings(CsafTest test, Path file) {
        return findings(test, JsonReader.read(read(file)));
    }

    static List<CsafFinding> findings(CsafTest test, JsonValue root) {
        List<CsafFinding> findings = new ArrayList<>();
        test.run(new CsafDocument(root), (path, message) -> findings.add(
                new CsafFinding(test.id(), path, message, test.group().severity())));
        return findings;
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
