package dev.madoguchi.vault;

/**
 * Bytes encrypted by the {@link Vault}: AES-256-GCM ciphertext with its tag, the 96-bit nonce, and the id of the key
 * that sealed them (so keys can be rotated while old rows stay readable).
 */
public record SealedBytes(String keyId, byte[] nonce, byte[] ciphertext) {
}
