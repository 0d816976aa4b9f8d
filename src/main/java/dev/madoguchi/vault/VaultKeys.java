package dev.madoguchi.vault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The vault's AES-256 keys, kept outside the database: the current key from {@code MADOGUCHI_VAULT_KEY} (base64 of
 * 32 bytes) or, when unset, from {@code <data dir>/keys/vault.key}, generated on the first start; plus retired keys
 * from {@code MADOGUCHI_VAULT_RETIRED_KEYS} (comma-separated) that still open old data. A key's id is the first 16
 * hex digits of its SHA-256, never the key itself.
 */
final class VaultKeys {

    static final int KEY_BYTES = 32;

    private final String currentId;
    private final Map<String, SecretKey> keys;

    private VaultKeys(String currentId, Map<String, SecretKey> keys) {
        this.currentId = currentId;
        this.keys = keys;
    }

    static VaultKeys load(String configuredKey, List<String> retiredKeys, Path keyDirectory) {
        byte[] current = configuredKey == null || configuredKey.isBlank() ? fromFile(keyDirectory)
                : decode(configuredKey, "MADOGUCHI_VAULT_KEY");
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        String currentId = id(current);
        keys.put(currentId, new SecretKeySpec(current, "AES"));
        for (String retired : retiredKeys) {
            if (!retired.isBlank()) {
                byte[] bytes = decode(retired.strip(), "MADOGUCHI_VAULT_RETIRED_KEYS");
                keys.putIfAbsent(id(bytes), new SecretKeySpec(bytes, "AES"));
            }
        }
        return new VaultKeys(currentId, Map.copyOf(keys));
    }

    String currentId() {
        return currentId;
    }

    SecretKey current() {
        return keys.get(currentId);
    }

    SecretKey byId(String id) {
        SecretKey key = keys.get(id);
        if (key == null) {
            throw new VaultException("Data sealed with vault key " + id + " cannot be opened: this node does not "
                    + "have that key (set MADOGUCHI_VAULT_KEY or MADOGUCHI_VAULT_RETIRED_KEYS).");
        }
        return key;
    }

    boolean has(String id) {
        return keys.containsKey(id);
    }

    private static byte[] fromFile(Path keyDirectory) {
        Path file = keyDirectory.resolve("vault.key");
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
            }
            byte[] key = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(keyDirectory);
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            restrict(file);
            return key;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or create the vault key " + file + ": " + e.getMessage(), e);
        }
    }

    private static void restrict(Path file) throws IOException {
        // on a file system without POSIX permissions the data directory's own protection applies
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static byte[] decode(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not base64.");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException(source + " must be " + KEY_BYTES + " bytes (base64 of a 256-bit key), not "
                    + key.length + ".");
        }
        return key;
    }

    static String id(byte[] key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
