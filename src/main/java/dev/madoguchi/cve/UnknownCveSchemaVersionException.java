package dev.madoguchi.cve;

/** A CVE JSON schema version that is not bundled under {@code cve/schema/<version>/} on the class path. */
public class UnknownCveSchemaVersionException extends IllegalArgumentException {

    public UnknownCveSchemaVersionException(String message) {
        super(message);
    }
}
