package dev.madoguchi.versions;

/**
 * A version range that does not parse, names an invalid version, or covers no version at all. The message names what
 * is wrong, in English.
 */
public class InvalidVersionRangeException extends IllegalArgumentException {

    public InvalidVersionRangeException(String message) {
        super(message);
    }
}
