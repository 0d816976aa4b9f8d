package dev.madoguchi.csaf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CsafValidateCommandTests {

    private static final Path REAL = Path.of("../shared/corpus/csaf-real/OT/white/2019/icsa-19-038-02.json");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CsafValidateCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validDocumentExitsZero() {
        assertThat(run(REAL.toString())).isZero();
        assertThat(out()).startsWith(REAL + ": valid");
    }

    @Test
    void jsonFormatPrintsOneObjectPerFileWithFindings() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"document\": ");
        assertThat(run("--format", "json", "--tests=mandatory", REAL.toString(), broken.toString())).isEqualTo(1);
        List<String> lines = out().lines().toList();
        assertThat(lines).hasSize(2);
        JsonValue first = JsonReader.read(lines.get(0).getBytes(StandardCharsets.UTF_8));
        assertThat(first.get("file").text()).isEqualTo(REAL.toString());
        assertThat(first.get("valid")).isSameAs(JsonValue.Bool.TRUE);
        JsonValue second = JsonReader.read(lines.get(1).getBytes(StandardCharsets.UTF_8));
        assertThat(second.get("valid")).isSameAs(JsonValue.Bool.FALSE);
        JsonValue finding = second.get("findings").get(0);
        assertThat(finding.get("test").text()).isEqualTo(CsafFinding.DOCUMENT);
        assertThat(finding.get("path").text()).isEmpty();
        assertThat(finding.get("severity").text()).isEqualTo("error");
        assertThat(finding.get("message").text()).contains("not valid JSON");
    }

    @Test
    void folderIsSearchedRecursivelyInPathOrder() throws IOException {
        Path nested = Files.createDirectories(dir.resolve("a/b"));
        Files.copy(REAL, nested.resolve("z.json"));
        Files.copy(REAL, dir.resolve("a/m.json"));
        Files.writeString(dir.resolve("a/notes.txt"), "not a document");
        assertThat(run(dir.toString())).isZero();
        assertThat(out().lines().filter(l -> !l.startsWith(" "))).extracting(l -> l.substring(0, l.indexOf(": ")))
                .containsExactly(dir.resolve("a/b/z.json").toString(), dir.resolve("a/m.json").toString());
    }

    @Test
    void missingFileExitsTwoAfterCheckingTheOthers() {
        assertThat(run(REAL.toString(), dir.resolve("nope.json").toString())).isEqualTo(2);
        assertThat(out()).contains(": valid");
        assertThat(err()).contains("nope.json: no such file.");
    }

    @Test
    void folderWithoutDocumentsExitsTwo() {
        assertThat(run(dir.toString())).isEqualTo(2);
        assertThat(err()).contains("no *.json file");
    }

    @Test
    void usageErrorsExitTwoWithAReason() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("--format", "xml", REAL.toString())).isEqualTo(2);
        assertThat(run("--tests", "some", REAL.toString())).isEqualTo(2);
        assertThat(run("--colour", REAL.toString())).isEqualTo(2);
        assertThat(err()).contains("Name at least one CSAF document").contains("--format is text or json")
                .contains("--tests is mandatory, optional, informative or all").contains("Unknown option: --colour");
    }

    @Test
    void documentOverTheSizeLimitIsAFindingAndIsNotRead() throws IOException {
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(100L * 1024 * 1024); // a sparse 100 MB file
        }
        long start = System.nanoTime();
        assertThat(run(huge.toString())).isEqualTo(1);
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
        assertThat(out()).contains("invalid").contains("json (document): The document is larger than the limit");
    }

    @Test
    void bytesThatAreNotUtf8AreAFinding() throws IOException {
        Path latin1 = Files.write(dir.resolve("latin1.json"), "{\"t\":\"\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(run(latin1.toString())).isEqualTo(1);
        assertThat(out()).contains("is not UTF-8 text");
    }
}
