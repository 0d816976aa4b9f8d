package dev.madoguchi.openpgp;

/**
 * Where a PSIRT key is in its life (issue 9's rotation): {@code PUBLISHED} beside the current key during the overlap,
 * {@code CURRENT} (signs, and new messages are encrypted to it), {@code RETIRED} (replaced; still opens messages sent
 * to it), {@code REVOKED} (never offered; still opens old messages).
 */
public enum KeyState {
    PUBLISHED, CURRENT, RETIRED, REVOKED;

    String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static KeyState of(String column) {
        return valueOf(column.toUpperCase(java.util.Locale.ROOT));
    }
}
