package dev.madoguchi.cases;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a case stands. The forward path follows the seed policies: a report is received, acknowledged within five
 * business days, triaged on three criteria, investigated by the product's division, remediated, scheduled for
 * coordinated disclosure and published. Any open case can be closed with a resolution; a closed case can be
 * reopened.
 */
public enum CaseState {
    RECEIVED, ACKNOWLEDGED, TRIAGE, INVESTIGATING, REMEDIATION, DISCLOSURE_SCHEDULED, PUBLISHED, CLOSED;

    /** The states that are not closed. */
    public static final Set<CaseState> OPEN = EnumSet.complementOf(EnumSet.of(CLOSED));

    /** The database and URL form: {@code disclosure-scheduled}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static CaseState fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** The next state on the forward path, if any. */
    CaseState next() {
        return switch (this) {
            case RECEIVED -> ACKNOWLEDGED;
            case ACKNOWLEDGED -> TRIAGE;
            case TRIAGE -> INVESTIGATING;
            case INVESTIGATING -> REMEDIATION;
            case REMEDIATION -> DISCLOSURE_SCHEDULED;
            case DISCLOSURE_SCHEDULED -> PUBLISHED;
            case PUBLISHED, CLOSED -> null;
        };
    }

    /**
     * Whether a case may move from this state to {@code target} by one step: the next state on the forward path, or
     * closing any open case. Reopening is its own act ({@link CaseWorkflow#reopen}).
     */
    public boolean canMoveTo(CaseState target) {
        if (this == CLOSED) {
            return false;
        }
        return target == CLOSED || target == next();
    }
}
