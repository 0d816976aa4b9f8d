package dev.madoguchi.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** One sentence naming the setting to fix when the database is unreachable at start. */
class DatabaseFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnreachableException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, DatabaseUnreachableException cause) {
        String message = cause.getMessage().strip();
        String sentence = message.endsWith(".") ? message : message + ".";
        return new FailureAnalysis(sentence + " " + advice(cause), advice(cause), cause);
    }

    static String advice(DatabaseUnreachableException cause) {
        if (!cause.external()) {
            return "The embedded PostgreSQL did not answer; see postgres.log in the data directory.";
        }
        // SQLSTATE 28P01 invalid_password, 28000 invalid_authorization_specification (PostgreSQL Appendix A).
        return switch (cause.sqlState()) {
            case "28P01", "28000" ->
                "Check MADOGUCHI_DATABASE_USER and MADOGUCHI_DATABASE_PASSWORD.";
            case "3D000" -> "The database named in MADOGUCHI_DATABASE_URL does not exist; create it or fix the URL.";
            default -> "Check MADOGUCHI_DATABASE_URL (host, port and database name) and that the server is running.";
        };
    }
}
