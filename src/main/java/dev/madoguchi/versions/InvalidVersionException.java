package dev.madoguchi.versions;

/**
 * A version string that its product's {@link VersionScheme} cannot read, or, for {@link VersionScheme#LISTED}, one
 * that is not among the product's versions. The message is one or two English sentences naming the problem.
 */
public class InvalidVersionException extends IllegalArgumentException {

    public InvalidVersionException(String message) {
        super(message);
    }

    /** A version as messages show it: in double quotes, so that blanks and empty parts are visible. */
    static String quoted(String version) {
        return "\"" + version + "\"";
    }
}
