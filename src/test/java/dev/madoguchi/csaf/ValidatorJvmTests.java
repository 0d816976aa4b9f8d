package dev.madoguchi.csaf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ValidatorJvmTests {

    private static final Path REAL = Path.of("../shared/corpus/csaf-real/OT/white/2019/icsa-19-038-02.json");
    private static final List<String> PROGRAM = List.of("csaf", "validate", "docs");
    private static final List<String> LAUNCH = List.of("-Xmx1g", "-jar", "madoguchi.jar", "csaf", "validate", "docs");

    @TempDir
    Path dir;

    @Test
    void theSecondJvmRunsTheSameCommandLineWithTheClientCompilerFirstSoUserOptionsWin() {
        assertThat(ValidatorJvm.command("/jdk/bin/java", LAUNCH, PROGRAM, null, null)).containsExactly("/jdk/bin/java",
                "-XX:TieredStopAtLevel=1", "-Xmx1g", "-jar", "madoguchi.jar", "csaf", "validate", "docs");
    }

    @Test
    void theRunStaysHereWhenTurnedOffOrAlreadyInTheSecondJvm() {
        assertThat(ValidatorJvm.command("/jdk/bin/java", LAUNCH, PROGRAM, "false", null)).isNull();
        assertThat(ValidatorJvm.command("/jdk/bin/java", LAUNCH, PROGRAM, null, "1")).isNull();
        assertThat(ValidatorJvm.command("/jdk/bin/java", LAUNCH, PROGRAM, "true", null)).isNotNull();
    }

    @Test
    void theRunStaysHereWhenThePlatformsCommandLineDoesNotEndWithTheProgramsArguments() {
        assertThat(ValidatorJvm.command(null, LAUNCH, PROGRAM, null, null)).isNull();
        assertThat(ValidatorJvm.command("/jdk/bin/java", null, PROGRAM, null, null)).isNull();
        assertThat(ValidatorJvm.command("/jdk/bin/java", List.of("@argfile"), PROGRAM, null, null)).isNull();
        assertThat(ValidatorJvm.command("/jdk/bin/java", List.of("-jar", "madoguchi.jar", "csaf", "validate", "oth"),
                PROGRAM, null, null)).isNull();
    }

    @Test
    void aProcCmdlineSplitsAtNulsAndDropsTheExecutable() {
        byte[] cmdline = "java\0-jar\0m.jar\0csaf\0validate\0\u5831\u544a.json\0".getBytes(StandardCharsets.UTF_8);
        assertThat(ValidatorJvm.arguments(cmdline, StandardCharsets.UTF_8))
                .containsExactly("-jar", "m.jar", "csaf", "validate", "\u5831\u544a.json");
        assertThat(ValidatorJvm.arguments("java\0-version".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .containsExactly("-version");
    }

    @Test
    void aFolderOrAMegabyteOfFilesIsWorthASecondJvmButOneAdvisoryIsNot() throws IOException {
        assertThat(ValidatorJvm.commandForThisRun(List.of("csaf", "validate", REAL.toString()))).isNull();
        assertThat(ValidatorJvm.commandForThisRun(List.of("csaf", "validate", "--tests", "all", "missing.json")))
                .isNull();
        List<String> many = new ArrayList<>(List.of("csaf", "validate"));
        for (long bytes = 0; bytes < ValidatorJvm.WORTH_BYTES; bytes += Files.size(REAL)) {
            many.add(REAL.toString());
        }
        many.remove(many.size() - 1);
        assertThat(ValidatorJvm.worthASecondJvm(many)).isFalse();
        many.add(REAL.toString());
        assertThat(ValidatorJvm.worthASecondJvm(many)).isTrue();
        assertThat(ValidatorJvm.worthASecondJvm(List.of("csaf", "validate", dir.toString()))).isTrue();
    }

    @Test
    void aFolderIsValidatedInASecondJvmWithTheClientCompilerAndItsExitStatusIsTheCommands() throws Exception {
        Files.copy(REAL, dir.resolve("a.json"));
        Result valid = launch(dir);
        assertThat(valid.status()).isZero();
        assertThat(valid.out()).contains("VM option 'TieredStopAtLevel=1'").contains("a.json: valid");

        Files.writeString(dir.resolve("b.json"), "{\"document\": ");
        Result invalid = launch(dir);
        assertThat(invalid.status()).isEqualTo(CsafValidateCommand.SOME_INVALID);
        assertThat(invalid.out()).contains("VM option 'TieredStopAtLevel=1'").contains("b.json: invalid");

        Result here = launch(dir, "-Dmadoguchi.csaf.relaunch=false");
        assertThat(here.status()).isEqualTo(CsafValidateCommand.SOME_INVALID);
        assertThat(here.out()).doesNotContain("TieredStopAtLevel").contains("b.json: invalid");
    }

    /** Starts {@code JarMain csaf validate FOLDER} as {@code java -jar} would, with the JVM naming its -XX options. */
    private static Result launch(Path folder, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UnlockDiagnosticVMOptions", "-XX:+PrintVMOptions"));
        command.addAll(List.of(options));
        command.addAll(List.of("-cp", "target/classes", "dev.madoguchi.JarMain", "csaf", "validate", folder.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove(ValidatorJvm.RELAUNCHED_VARIABLE);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), out);
    }

    private record Result(int status, String out) {
    }
}
