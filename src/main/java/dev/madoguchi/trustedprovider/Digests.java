package dev.madoguchi.trustedprovider;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The hashes beside each CSAF document (CSAF 2.0 §7.1.18), in lower-case hex. */
final class Digests {

    private Digests() {
    }

    static String sha256(byte[] bytes) {
        return hex("SHA-256", bytes);
    }

    static String sha512(byte[] bytes) {
        return hex("SHA-512", bytes);
    }

    private static String hex(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from this JDK", e);
        }
    }
}
