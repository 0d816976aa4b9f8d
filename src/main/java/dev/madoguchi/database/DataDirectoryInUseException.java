package dev.madoguchi.database;

import java.nio.file.Path;

/** Another Madoguchi already runs on this data directory. */
public class DataDirectoryInUseException extends RuntimeException {

    public DataDirectoryInUseException(Path dataDirectory) {
        super("Another Madoguchi is already running with the data directory " + dataDirectory
                + "; stop it first, or set MADOGUCHI_DATA_DIR to another directory.");
    }
}
