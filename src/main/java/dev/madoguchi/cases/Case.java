package dev.madoguchi.cases;

import java.time.Instant;

/** A case as its page shows it. */
public record Case(long id, String reference, String title, CaseState state, Long handlerId, String handler,
        Resolution resolution, CaseState closedFrom, Instant closedAt, String mergedInto, Instant openedAt,
        Instant acknowledgeBy, Instant acknowledgedAt, Instant triageBy, Instant triageDecidedAt,
        Instant waitingForReporterSince, Instant publicationTarget, Triage triage) {

    public boolean closed() {
        return state == CaseState.CLOSED;
    }

    public boolean waitingForReporter() {
        return waitingForReporterSince != null;
    }

    public String stateCode() {
        return state.code();
    }
}
