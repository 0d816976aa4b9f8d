package dev.madoguchi.vault;

/** Sealed data that cannot be opened: altered, misplaced, or sealed with a key this node does not have. */
public class VaultException extends RuntimeException {

    public VaultException(String message) {
        super(message);
    }
}
