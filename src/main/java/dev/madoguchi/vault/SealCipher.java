package dev.madoguchi.vault;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM (NIST SP 800-38D) with a random 96-bit nonce per message and a 128-bit tag. The associated data binds
 * a ciphertext to what it is (e.g. {@code attachment:<uuid>}), so a row's bytes cannot be moved to another row.
 */
final class SealCipher {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;

    private SealCipher() {
    }

    static byte[][] seal(SecretKey key, byte[] plaintext, byte[] associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            return new byte[][] {nonce, cipher.doFinal(plaintext)};
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is required of every Java runtime", e);
        }
    }

    static byte[] open(SecretKey key, byte[] nonce, byte[] ciphertext, byte[] associatedData) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(ciphertext);
        } catch (AEADBadTagException tampered) {
            throw new VaultException("The sealed data was altered or belongs elsewhere: it fails authentication.");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is required of every Java runtime", e);
        }
    }
}
