package dev.madoguchi.csaf.schema;

/**
 * A bundled schema that cannot be compiled faithfully: an unknown keyword, an unsupported form, a regular expression
 * Java cannot mirror, a reference to a schema that is not bundled. Refusing is deliberate: a changed schema must not
 * be checked only in part without anyone noticing.
 */
public final class SchemaException extends RuntimeException {

    public SchemaException(String message, String location) {
        super(message + " (at " + location + ")");
    }
}
