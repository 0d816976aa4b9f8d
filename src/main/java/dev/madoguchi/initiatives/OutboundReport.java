package dev.madoguchi.initiatives;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A vulnerability we report to another vendor or through JPCERT/CC or IPA (issue 10, notification initiatives). */
record OutboundReport(long id, String title, String channel, String recipient, String contact, String summary,
        String product, String versions, String details, String finder, InitiativeState state, Instant sentAt,
        LocalDate replyBy, LocalDate disclosureTarget, String outcome) {

    /** The day it was sent, in Japan. */
    public LocalDate sentOn() {
        return sentAt == null ? null : sentAt.atZone(dev.madoguchi.shared.DisplayTime.JST).toLocalDate();
    }

    /** The reply is awaited only while sent; the disclosure target holds until the report is closed. */
    public LocalDate nearestDeadline() {
        if (state.closed()) {
            return null;
        }
        return Stream.of(state == InitiativeState.SENT ? replyBy : null, disclosureTarget)
                .filter(java.util.Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    public boolean overdue(LocalDate today) {
        LocalDate deadline = nearestDeadline();
        return deadline != null && deadline.isBefore(today);
    }

    public List<InitiativeState> nextStates() {
        return state.next().stream().sorted().toList();
    }

    /** The queue's order: the nearest deadline first, reports without one (drafts, closed) after. */
    static final Comparator<OutboundReport> QUEUE = Comparator
            .comparing(OutboundReport::nearestDeadline, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.state().closed())
            .thenComparing(OutboundReport::id, Comparator.reverseOrder());
}
