package dev.madoguchi.mail;

import dev.madoguchi.shared.Language;

/**
 * A message to send. The body may hold a private link, so it is sealed at rest; it must carry no details of an
 * undisclosed vulnerability unless it will be encrypted to the recipient (OpenPGP issue).
 *
 * @param category        what kind of message, e.g. {@code report-confirmation}
 * @param referenceType   the object it concerns, e.g. {@code report}
 * @param recipientKey    the recipient's armored OpenPGP public key, or {@code null}: the message is then encrypted
 *                        to it and signed by the PSIRT key (issue 9)
 * @param encryptedBody   what the message says when it goes encrypted; it may carry what {@code body} must not (a
 *                        reply's text). {@code body} is sent instead when the key can no longer be used.
 */
public record OutgoingMail(String recipient, Language language, String category, String subject, String body,
        String referenceType, String referenceId, String recipientKey, String encryptedBody) {

    /** A message sent as is. */
    public OutgoingMail(String recipient, Language language, String category, String subject, String body,
            String referenceType, String referenceId) {
        this(recipient, language, category, subject, body, referenceType, referenceId, null, null);
    }

    /**
     * The same message encrypted to {@code key} (nothing changes when the key is blank), saying
     * {@code encryptedBody} then.
     */
    public OutgoingMail withRecipientKey(String key, String encryptedBody) {
        if (key == null || key.isBlank()) {
            return this;
        }
        return new OutgoingMail(recipient, language, category, subject, body, referenceType, referenceId, key.strip(),
                encryptedBody == null ? body : encryptedBody);
    }

    /** The same message encrypted to {@code key}, with the same text. */
    public OutgoingMail withRecipientKey(String key) {
        return withRecipientKey(key, body);
    }

    boolean encrypted() {
        return recipientKey != null;
    }
}
