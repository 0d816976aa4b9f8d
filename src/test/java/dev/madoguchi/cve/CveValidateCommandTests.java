package dev.madoguchi.cve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cve validate}: one line per record, {@code <path>TAB valid} or {@code <path>TAB invalid TAB <pointer>
 * <message>; ...}; exit 0 when all are valid, 1 when any is invalid, 2 for a usage error or unreadable input.
 */
class CveValidateCommandTests {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void everyRealRecordInTheCorpusIsValidAndTheExitIsZero() {
        List<String> args = CveRecords.real().stream().map(Path::toString).toList();

        int exit = run(args.toArray(String[]::new));

        assertThat(exit).isZero();
        assertThat(lines(out)).hasSize(args.size()).allMatch(line -> line.endsWith("\tvalid"));
        assertThat(lines(err)).isEmpty();
    }

    @Test
    void anInvalidRecordIsOneLineWithItsPointersAndTheExitIsOne() throws IOException {
        Path bad = write("bad.json", CveRecords.published(r -> {
            ((ObjectNode) r.at("/containers/cna/providerMetadata")).remove("orgId");
            ((ObjectNode) r.at("/containers/cna/affected/0/versions/0")).put("status", "vulnerable");
        }));

        int exit = run(bad.toString());

        assertThat(exit).isEqualTo(CveValidateCommand.SOME_INVALID);
        assertThat(lines(out)).singleElement().satisfies(line -> {
            String[] fields = line.split("\t");
            assertThat(fields).hasSize(3);
            assertThat(fields[0]).isEqualTo(bad.toString());
            assertThat(fields[1]).isEqualTo("invalid");
            assertThat(fields[2].split("; "))
                    .anyMatch(finding -> finding.startsWith("/containers/cna/providerMetadata/orgId "))
                    .anyMatch(finding -> finding.startsWith("/containers/cna/affected/0/versions/0/status "));
        });
    }

    @Test
    void aFolderIsSearchedRecursivelyForJsonFilesOnly() throws IOException {
        write("a/valid.json", CveRecords.published(r -> { }));
        write("a/b/rejected.JSON", CveRecords.bytes(CveRecords.rejected()));
        write("a/b/notes.txt", "not a record".getBytes(StandardCharsets.UTF_8));

        int exit = run(folder.resolve("a").toString());

        assertThat(exit).isZero();
        assertThat(lines(out)).containsExactly(
                folder.resolve("a/b/rejected.JSON") + "\tvalid",
                folder.resolve("a/valid.json") + "\tvalid");
    }

    @Test
    void oneInvalidRecordAmongValidOnesMakesTheExitOne() throws IOException {
        Path good = write("good.json", CveRecords.published(r -> { }));
        Path bad = write("bad.json", "[]".getBytes(StandardCharsets.UTF_8));

        assertThat(run(good.toString(), bad.toString())).isEqualTo(1);
        assertThat(lines(out)).containsExactly(good + "\tvalid",
                bad + "\tinvalid\t(record) array found, object expected");
    }

    @Test
    void aFileThatIsNotJsonIsInvalidNotUnreadable() throws IOException {
        Path text = write("notes.json", "hello".getBytes(StandardCharsets.UTF_8));

        assertThat(run(text.toString())).isEqualTo(1);
        assertThat(lines(out)).singleElement().asString()
                .startsWith(text + "\tinvalid\t(record) the record is not valid JSON");
    }

    @Test
    void aLineNamesAtMostTenFindingsAndCountsTheRest() throws IOException {
        Path bad = write("bad.json", CveRecords.published(r -> {
            ObjectNode cna = (ObjectNode) r.at("/containers/cna");
            for (int i = 0; i < 13; i++) {
                cna.put("unknown" + i, i);
            }
        }));

        run(bad.toString());

        String findings = lines(out).get(0).split("\t")[2];
        assertThat(findings.split("; ")).hasSize(11);
        assertThat(findings).endsWith("; and 3 more");
    }

    @Test
    void aMissingFileIsUnreadableAndTheExitIsTwoEvenWhenOthersAreInvalid() throws IOException {
        Path good = write("good.json", CveRecords.published(r -> { }));
        Path bad = write("bad.json", "[]".getBytes(StandardCharsets.UTF_8));
        Path missing = folder.resolve("missing.json");

        int exit = run(missing.toString(), bad.toString(), good.toString());

        assertThat(exit).isEqualTo(CveValidateCommand.USAGE_OR_UNREADABLE);
        assertThat(lines(out)).containsExactly(bad + "\tinvalid\t(record) array found, object expected",
                good + "\tvalid");
        assertThat(lines(err)).containsExactly("cannot read " + missing + ": no such file or folder");
    }

    @Test
    void aFolderWithoutJsonFilesIsAnError() {
        assertThat(run(folder.toString())).isEqualTo(2);
        assertThat(lines(err)).containsExactly("cannot read " + folder + ": the folder holds no *.json files");
    }

    @Test
    void noFileIsAUsageError() {
        assertThat(run()).isEqualTo(2);
        assertThat(lines(err)).contains("usage: java -jar madoguchi.jar " + CveValidateCommand.USAGE);
        assertThat(lines(out)).isEmpty();
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(run("--strict", "x.json")).isEqualTo(2);
        assertThat(lines(err)).first().isEqualTo("Unknown option: --strict.");
    }

    @Test
    void theSchemaVersionCanBeChosen() throws IOException {
        Path good = write("good.json", CveRecords.published(r -> { }));

        assertThat(run("--schema-version", "5.1.1", good.toString())).isZero();
        assertThat(run("--schema-version=5.1.1", good.toString())).isZero();
        assertThat(lines(out)).containsExactly(good + "\tvalid", good + "\tvalid");
    }

    @Test
    void anUnknownSchemaVersionIsAUsageErrorThatSaysSo() throws IOException {
        Path good = write("good.json", CveRecords.published(r -> { }));

        assertThat(run("--schema-version", "5.2.0", good.toString())).isEqualTo(2);
        assertThat(lines(err)).singleElement().asString().contains("No CVE JSON schema 5.2.0 is bundled");
        assertThat(lines(out)).isEmpty();
    }

    @Test
    void aSchemaVersionOptionWithoutValueIsAUsageError() {
        assertThat(run("--schema-version")).isEqualTo(2);
        assertThat(lines(err)).first().asString().contains("--schema-version needs a value");
    }

    @Test
    void helpPrintsTheUsageAndExitsZero() {
        assertThat(run("--help")).isZero();
        assertThat(lines(out)).first().isEqualTo("usage: java -jar madoguchi.jar " + CveValidateCommand.USAGE);
    }

    @Test
    void aTabOrLineBreakInAFileNameStaysOnOneLine() throws IOException {
        Path odd = write("odd\tname\n.json", "[]".getBytes(StandardCharsets.UTF_8));

        run(odd.toString());

        assertThat(lines(out)).singleElement().asString().startsWith(folder + "/odd name .json\tinvalid\t");
    }

    private int run(String... args) {
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            return CveValidateCommand.run(List.of(args), o, e);
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private static List<String> lines(ByteArrayOutputStream stream) {
        String text = stream.toString(StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : new ArrayList<>(text.lines().toList());
    }
}
