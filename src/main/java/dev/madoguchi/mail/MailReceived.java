package dev.madoguchi.mail;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A person wrote to the PSIRT mailbox (not an auto-reply nor a bounce). Published in the transaction that records the
 * message as handled, so a listener's work and that record commit together or not at all. A listener that takes the
 * message in (adds it to a report or a case, files it as a report) says so with {@link #take()}; a message nobody
 * took is left in the mailbox for a person (outcome {@code unclaimed}), so a reply the desk could not place is never
 * lost. A listener that recognises a message as its own but cannot trust it {@link #hold() holds} it for a person, and
 * no other module files it.
 */
public final class MailReceived {

    private final ReceivedMail mail;
    private final String repliesToReferenceType;
    private final String repliesToReferenceId;
    private final AtomicBoolean taken = new AtomicBoolean();
    private final AtomicBoolean held = new AtomicBoolean();

    /**
     * @param repliesToReferenceType what our message it answers was about (e.g. {@code report}), or {@code null} when
     *                               it answers none of ours
     * @param repliesToReferenceId   the id of that object, or {@code null}
     */
    public MailReceived(ReceivedMail mail, String repliesToReferenceType, String repliesToReferenceId) {
        this.mail = mail;
        this.repliesToReferenceType = repliesToReferenceType;
        this.repliesToReferenceId = repliesToReferenceId;
    }

    public ReceivedMail mail() {
        return mail;
    }

    public String repliesToReferenceType() {
        return repliesToReferenceType;
    }

    public String repliesToReferenceId() {
        return repliesToReferenceId;
    }

    public boolean repliesToUs() {
        return repliesToReferenceType != null;
    }

    /** A module took the message in; the others leave it alone. */
    public void take() {
        taken.set(true);
    }

    public boolean taken() {
        return taken.get();
    }

    /** A module recognises the message but leaves it for a person; the others leave it alone too. */
    public void hold() {
        held.set(true);
    }

    /** Whether a module took the message or holds it for a person: either way, not for another module. */
    public boolean claimed() {
        return taken.get() || held.get();
    }

    @Override
    public String toString() {
        return "MailReceived[" + mail + ", " + repliesToReferenceType + " " + repliesToReferenceId + "]";
    }
}
