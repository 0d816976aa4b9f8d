package dev.madoguchi.openpgp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * GnuPG ({@code gpg} from Debian's gnupg package) in its own home directory, for the interoperability tests of issue
 * 9: every call is {@code gpg --batch --homedir <home>}, with its input, output and status read through files (no
 * pipe can fill and stall it) and a time limit. Passphrases go in with {@code --pinentry-mode loopback}.
 */
final class GnuPg implements AutoCloseable {

    /** RSA key generation is the slowest call; nothing else comes near. */
    static final Duration TIME_LIMIT = Duration.ofMinutes(2);

    private final Path home;

    GnuPg(Path home) {
        this.home = home;
        try {
            Files.createDirectories(home);
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------")); // gpg warns otherwise
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code gpg} can be run at all. */
    static boolean available() {
        try {
            Process process = new ProcessBuilder("gpg", "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * What one call answered.
     *
     * @param exit   gpg's exit status: 0 when all went well
     * @param output what it wrote to standard output
     * @param status its stderr, the machine-readable {@code [GNUPG:]} status lines ({@code --status-fd 2}) included
     */
    record Result(int exit, byte[] output, String status) {

        String text() {
            return new String(output, StandardCharsets.UTF_8);
        }

        boolean says(String statusLine) {
            return status.lines().anyMatch(line -> line.startsWith("[GNUPG:] " + statusLine));
        }
    }

    /** Runs {@code gpg --batch --homedir <home> --status-fd 2 <args>} with {@code input} on its standard input. */
    Result run(byte[] input, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("gpg", "--batch", "--no-tty", "--homedir", home.toString(),
                "--status-fd", "2"));
        command.addAll(List.of(args));
        Path in = Files.write(Files.createTempFile(home, "in", ""), input);
        Path out = Files.createTempFile(home, "out", "");
        Path err = Files.createTempFile(home, "err", "");
        Process process = new ProcessBuilder(command).redirectInput(in.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        if (!process.waitFor(TIME_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("gpg took longer than " + TIME_LIMIT + ": " + command);
        }
        return new Result(process.exitValue(), Files.readAllBytes(out), Files.readString(err));
    }

    /** Runs gpg and fails the test, with what gpg said, unless it succeeded. */
    Result ok(byte[] input, String... args) throws IOException, InterruptedException {
        Result result = run(input, args);
        if (result.exit() != 0) {
            throw new AssertionError("gpg " + String.join(" ", args) + " failed (" + result.exit() + "):\n"
                    + result.status());
        }
        return result;
    }

    Result ok(String... args) throws IOException, InterruptedException {
        return ok(new byte[0], args);
    }

    void importKey(String armored) throws IOException, InterruptedException {
        ok(armored.getBytes(StandardCharsets.US_ASCII), "--import");
    }

    /**
     * A new key made by gpg as people make theirs: a primary key that certifies and signs and a subkey that encrypts,
     * both expiring in a year, protected by {@code passphrase} (empty: none).
     *
     * @param primary    the primary key's algorithm, e.g. {@code ed25519} or {@code rsa3072}
     * @param encryption the subkey's, e.g. {@code cv25519} or {@code rsa3072}
     * @return its fingerprint
     */
    String generate(String userId, String primary, String encryption, String passphrase)
            throws IOException, InterruptedException {
        ok("--pinentry-mode", "loopback", "--passphrase", passphrase, "--quick-gen-key", userId, primary, "cert,sign",
                "1y");
        String fingerprint = fingerprint(userId);
        ok("--pinentry-mode", "loopback", "--passphrase", passphrase, "--quick-add-key", fingerprint, encryption,
                "encr", "1y");
        return fingerprint;
    }

    /** The fingerprint gpg shows for the key of {@code userId}, upper-case hex. */
    String fingerprint(String userId) throws IOException, InterruptedException {
        return ok("--with-colons", "--list-keys", userId).text().lines().filter(line -> line.startsWith("fpr:"))
                .findFirst().map(line -> line.split(":")[9]).orElseThrow();
    }

    String exportPublic(String fingerprint) throws IOException, InterruptedException {
        return ok("--armor", "--export", fingerprint).text();
    }

    String exportSecret(String fingerprint, String passphrase) throws IOException, InterruptedException {
        return ok("--pinentry-mode", "loopback", "--passphrase", passphrase, "--armor", "--export-secret-keys",
                fingerprint).text();
    }

    /** {@code gpg --verify} of a detached signature over {@code data}, or of a cleartext-signed text. */
    Result verify(String signature, byte[] data) throws IOException, InterruptedException {
        Path signatureFile = Files.writeString(Files.createTempFile(home, "sig", ".asc"), signature);
        if (data == null) {
            return run(new byte[0], "--verify", signatureFile.toString());
        }
        Path dataFile = Files.write(Files.createTempFile(home, "data", ""), data);
        return run(new byte[0], "--verify", signatureFile.toString(), dataFile.toString());
    }

    /** Stops the gpg-agent this home directory started, so that no process outlives the test. */
    @Override
    public void close() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("gpgconf", "--homedir", home.toString(), "--kill", "all")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        process.waitFor(30, TimeUnit.SECONDS);
    }
}
