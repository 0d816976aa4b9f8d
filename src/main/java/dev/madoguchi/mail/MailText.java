package dev.madoguchi.mail;

/**
 * The words of one message, ready for an {@link OutgoingMail}.
 *
 * @param encryptedBody what the message says when it goes encrypted, or {@code null} when the template has no
 *                      encrypted wording (the body is then sent encrypted as it is)
 */
public record MailText(String subject, String body, String encryptedBody) {

    /** The encrypted wording, or the body when the template has none. */
    public String whenEncrypted() {
        return encryptedBody == null ? body : encryptedBody;
    }
}
