package dev.madoguchi.database;

import java.sql.SQLException;

/** The configured database refused or did not answer at start. */
public class DatabaseUnreachableException extends RuntimeException {

    private final String url;
    private final boolean external;

    DatabaseUnreachableException(String url, boolean external, Throwable cause) {
        super("Cannot connect to the database at " + url + ": " + rootMessage(cause), cause);
        this.url = url;
        this.external = external;
    }

    public String url() {
        return url;
    }

    public boolean external() {
        return external;
    }

    /** The SQL state of the first {@link SQLException} in the cause chain, if any. */
    public String sqlState() {
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }

    static String rootMessage(Throwable cause) {
        Throwable t = cause;
        String message = cause.getMessage();
        while (t != null) {
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
            t = t.getCause();
        }
        return message;
    }
}
