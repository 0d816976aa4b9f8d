package dev.madoguchi.audit;

/**
 * The result of walking the audit chain.
 *
 * @param intact   every row matches its hash and links to the one before
 * @param events   rows checked (all of them when intact; the good ones before the break otherwise)
 * @param brokenAt id of the first row that fails; for {@link Break#HEAD_MISMATCH} the id the head names
 * @param broken   what is wrong; null when intact
 * @param headHash the hash of the last row, worth noting outside the database to detect a rewritten chain
 */
public record AuditVerification(boolean intact, long events, Long brokenAt, Break broken, String headHash) {

    /** The ways a chain can break; each has a message {@code audit.break.<name>} in {@code i18n/audit}. */
    public enum Break {
        /** an id is skipped: a row was removed */
        MISSING_EVENT,
        /** a row does not carry its predecessor's hash: a row was inserted or re-linked */
        WRONG_LINK,
        /** a row's content no longer matches its hash: it was edited */
        CHANGED_EVENT,
        /** the chain head disagrees with the last row: rows were removed from the end */
        HEAD_MISMATCH
    }

    /** One English sentence for the command line. */
    public String problem() {
        if (broken == null) {
            return null;
        }
        return switch (broken) {
            case MISSING_EVENT -> "Event " + (events + 1) + " is missing (the next event is " + brokenAt + ").";
            case WRONG_LINK -> "Event " + brokenAt + " does not link to event " + events + " before it.";
            case CHANGED_EVENT -> "Event " + brokenAt + " was changed after it was written.";
            case HEAD_MISMATCH -> "The chain head names event " + brokenAt + " but the table ends at event " + events
                    + ": events were removed or added.";
        };
    }

    public String messageKey() {
        return broken == null ? null : "audit.break." + broken.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
