package dev.madoguchi.mail;

/**
 * A person wrote to the PSIRT mailbox (not an auto-reply nor a bounce). Published in the transaction that records the
 * message as handled, so a listener's work and that record commit together or not at all.
 *
 * @param repliesToReferenceType what our message it answers was about (e.g. {@code report}), or {@code null} when it
 *                               answers none of ours
 * @param repliesToReferenceId   the id of that object, or {@code null}
 */
public record MailReceived(ReceivedMail mail, String repliesToReferenceType, String repliesToReferenceId) {

    public boolean repliesToUs() {
        return repliesToReferenceType != null;
    }
}
