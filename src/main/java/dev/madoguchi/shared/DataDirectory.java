package dev.madoguchi.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The directory where Madoguchi keeps what lives outside the database: the embedded PostgreSQL cluster, keys
 * generated on first start, logs. Set by {@code MADOGUCHI_DATA_DIR} ({@code madoguchi.data.dir}), default
 * {@code ./data}.
 */
public final class DataDirectory {

    public static final String SETTING = "MADOGUCHI_DATA_DIR (madoguchi.data.dir)";

    private final Path root;

    private DataDirectory(Path root) {
        this.root = root;
    }

    /**
     * Creates the directory when missing and proves it is writable, so a bad setting fails at start with one sentence
     * rather than later in the middle of a request.
     */
    public static DataDirectory open(Path configured) {
        Path root = configured.toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
            Path probe = Files.createTempFile(root, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new DataDirectoryUnusableException(root, e);
        }
        return new DataDirectory(root);
    }

    public Path root() {
        return root;
    }

    /** A sub-directory, created when missing. */
    public Path subdirectory(String name) {
        Path dir = root.resolve(name);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new DataDirectoryUnusableException(dir, e);
        }
        return dir;
    }

    /** Thrown when the data directory cannot be created or written. */
    public static final class DataDirectoryUnusableException extends RuntimeException {

        private final transient Path path;

        DataDirectoryUnusableException(Path path, Exception cause) {
            super("The data directory " + path + " cannot be created or written (" + cause.getClass().getSimpleName()
                    + ": " + cause.getMessage() + ")", cause);
            this.path = path;
        }

        public Path path() {
            return path;
        }
    }
}
