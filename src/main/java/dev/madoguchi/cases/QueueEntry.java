package dev.madoguchi.cases;

import java.time.Instant;

/** A row of the PSIRT queue: the case and its next deadline. */
public record QueueEntry(long id, String reference, String title, CaseState state, String handler,
        Instant nextDeadline, String deadlineKind, String divisions, Instant openedAt) {

    public String stateCode() {
        return state.code();
    }
}
