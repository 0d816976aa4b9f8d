package dev.madoguchi.openpgp;

/**
 * A key or message Madoguchi cannot use, with the message key ({@code pgp.*} in the openpgp bundle) that tells the
 * person why in their language. The message never carries key material or a passphrase.
 */
public class OpenPgpProblem extends RuntimeException {

    private final String messageKey;

    OpenPgpProblem(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    OpenPgpProblem(String messageKey, Throwable cause) {
        super(messageKey + " (" + cause.getClass().getSimpleName() + ")");
        this.messageKey = messageKey;
    }

    /** The message key, e.g. {@code pgp.import.not-a-secret-key}. */
    public String messageKey() {
        return messageKey;
    }
}
