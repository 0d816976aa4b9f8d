package dev.madoguchi.cvss;

/** A CVSS vector that does not parse; the message names the failing part. */
public class InvalidCvssVectorException extends IllegalArgumentException {

    public InvalidCvssVectorException(String message) {
        super(message);
    }
}
