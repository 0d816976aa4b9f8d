package dev.madoguchi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line end to end: each call starts Madoguchi without its web server on an embedded PostgreSQL in a
 * temporary data directory, exactly as {@code java -jar madoguchi.jar ...} does.
 */
class CommandLineTests {

    @TempDir
    static Path dataDirectory;

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void useTemporaryDataDirectory() {
        System.setProperty("madoguchi.data.dir", dataDirectory.toString());
    }

    @AfterAll
    static void restore() {
        System.clearProperty("madoguchi.data.dir");
    }

    private static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Launcher(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .launch(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpListsTheCommands() {
        Run help = run("", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("user create", "token create", "audit verify", "serve");
    }

    @Test
    void cvssScoreRunsWithoutSpringAndNamesAnInvalidMetric() {
        Run score = run("", "cvss", "score", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
        assertThat(score.exit()).as(score.err()).isZero();
        assertThat(score.out().strip()).isEqualTo("9.8 CRITICAL");
        Run invalid = run("", "cvss", "score", "CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
        assertThat(invalid.exit()).isEqualTo(2);
        assertThat(invalid.err()).contains("AV:X is not a value of AV (Attack Vector)");
    }

    @Test
    void cveValidateChecksTheRealRecordsWithoutSpring() {
        Run valid = run("", "cve", "validate", "../shared/corpus/cve-real/mitsubishi",
                "../shared/corpus/cve-real/nec");
        assertThat(valid.exit()).as(valid.err()).isZero();
        assertThat(valid.out()).contains("CVE-2023-4088.json\tvalid").doesNotContain("invalid");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        Run unknown = run("", "frobnicate");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown command: frobnicate");
    }

    @Test
    void usersTokensAndTheAuditTrailFromTheCommandLine() {
        Run created = run("a long enough password\n", "user", "create", "--username", "Ops", "--role", "ADMIN",
                "--role", "psirt", "--password-stdin");
        assertThat(created.exit()).as(created.err()).isZero();
        assertThat(created.out()).contains("created user ops", "[ADMIN, PSIRT]");

        Run duplicate = run("a long enough password\n", "user", "create", "--username", "ops", "--role", "ADMIN",
                "--password-stdin");
        assertThat(duplicate.exit()).isEqualTo(1);

        Run weak = run("short\n", "user", "create", "--username", "weak", "--role", "PSIRT", "--password-stdin");
        assertThat(weak.exit()).isEqualTo(1);
        assertThat(weak.err()).contains("password.too-short");

        Run noStdin = run("", "user", "create", "--username", "x", "--role", "PSIRT");
        assertThat(noStdin.exit()).isEqualTo(2);

        Run french = run("a long enough password\n", "user", "create", "--username", "fr", "--role", "PSIRT",
                "--language", "fr", "--password-stdin");
        assertThat(french.exit()).isEqualTo(2);
        assertThat(french.err()).contains("--language must be ja or en.");

        Run token = run("", "token", "create", "--username", "ops", "--name", "ci");
        assertThat(token.exit()).as(token.err()).isZero();
        assertThat(token.out().strip()).matches("mdg_[A-Za-z0-9_-]{43}");

        Run verify = run("", "audit", "verify");
        assertThat(verify.exit()).isZero();
        assertThat(verify.out()).startsWith("ok 2 events");
    }
}
