package dev.madoguchi.identity;

import java.security.SecureRandom;

/**
 * One-time passwords handed to a person who must replace them at first sign-in: 20 characters from an alphabet
 * without look-alikes (no 0/O, 1/l/I), about 113 bits.
 */
final class TemporaryPassword {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int LENGTH = 20;

    private TemporaryPassword() {
    }

    static String generate() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
