package dev.madoguchi.vault;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import dev.madoguchi.shared.DataDirectory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encryption at rest for what must not be readable from a database dump: attachments, queued e-mail bodies. Every
 * node of a cluster needs the same key (set {@code MADOGUCHI_VAULT_KEY}); see docs/operations.md.
 */
@Component
public class Vault {

    private final VaultKeys keys;

    Vault(DataDirectory dataDirectory, @Value("${madoguchi.vault.key:}") String key,
            @Value("${madoguchi.vault.retired-keys:}") String retiredKeys) {
        this.keys = VaultKeys.load(key, Arrays.asList(retiredKeys.split(",")), dataDirectory.subdirectory("keys"));
    }

    /**
     * @param context what the bytes are, e.g. {@code attachment:<uuid>}; the same context is needed to open them
     */
    public SealedBytes seal(byte[] plaintext, String context) {
        byte[][] sealed = SealCipher.seal(keys.current(), plaintext, context.getBytes(StandardCharsets.UTF_8));
        return new SealedBytes(keys.currentId(), sealed[0], sealed[1]);
    }

    public byte[] open(SealedBytes sealed, String context) {
        return SealCipher.open(keys.byId(sealed.keyId()), sealed.nonce(), sealed.ciphertext(),
                context.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether this node holds the key with this id; modules check their stored key ids at start. */
    public boolean canOpen(String keyId) {
        return keys.has(keyId);
    }
}
