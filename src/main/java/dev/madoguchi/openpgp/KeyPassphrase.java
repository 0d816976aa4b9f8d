package dev.madoguchi.openpgp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import dev.madoguchi.shared.DataDirectory;

import org.pgpainless.key.protection.SecretKeyRingProtector;
import org.pgpainless.util.Passphrase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The passphrase that protects every PSIRT secret key (issue 9: from configuration or the environment, never from
 * the database): {@code MADOGUCHI_PGP_PASSPHRASE} ({@code madoguchi.pgp.passphrase}), or when that is unset a random
 * one generated once into {@code <data dir>/keys/pgp.passphrase}, readable by its owner only. Nodes that do not share
 * a data directory must all be given the same passphrase (docs/operations.md). It is never logged or printed:
 * {@link #toString()} says so.
 */
@Component
class KeyPassphrase {

    static final String FILE = "pgp.passphrase";

    private final char[] value;

    @Autowired
    KeyPassphrase(@Value("${madoguchi.pgp.passphrase:}") String configured, DataDirectory dataDirectory) {
        this.value = (configured.isBlank() ? fromFile(dataDirectory.subdirectory("keys")) : configured).toCharArray();
    }

    private KeyPassphrase(char[] value) {
        this.value = value;
    }

    /** A passphrase given directly, for tests and the command line. */
    static KeyPassphrase of(String value) {
        return new KeyPassphrase(value.toCharArray());
    }

    Passphrase passphrase() {
        return Passphrase.fromPassword(new String(value));
    }

    SecretKeyRingProtector protector() {
        return SecretKeyRingProtector.unlockAnyKeyWith(passphrase());
    }

    private static String fromFile(Path keyDirectory) {
        Path file = keyDirectory.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                try {
                    // written under another name with owner-only permissions from its creation, then moved into place:
                    // never readable by others, and another node never reads it half written
                    Path partial = Files.createTempFile(keyDirectory, FILE, ".new");
                    if (partial.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                        Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
                    }
                    Files.writeString(partial, Base64.getEncoder().encodeToString(random) + "\n",
                            StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
                    try {
                        Files.createLink(file, partial);
                    } finally {
                        Files.deleteIfExists(partial);
                    }
                } catch (FileAlreadyExistsException e) {
                    // another process sharing the data directory wrote it first: use theirs
                }
            }
            String read = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (read.isEmpty()) {
                throw new IllegalStateException("The OpenPGP key passphrase file " + file + " is empty.");
            }
            return read;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or create the OpenPGP key passphrase " + file + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "KeyPassphrase[not shown]";
    }
}
