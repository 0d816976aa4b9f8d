package dev.madoguchi.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A deadline of a case as its page shows it: the acknowledgment (5 business days from receipt), the triage decision
 * (business days from acknowledgment, paused while waiting for the reporter) and the publication target.
 *
 * @param status {@code done}, {@code paused}, {@code overdue}, {@code due-soon} or {@code running}
 */
public record CaseClock(String kind, Instant due, Instant stoppedAt, String status, long daysLeft, long hoursLeft) {

    /** Whether the deadline has passed (then the days and hours left are how long ago it passed). */
    public boolean late() {
        return status.equals("overdue");
    }

    /** The clocks of a case at {@code now}. */
    static List<CaseClock> of(Case c, Instant now, Duration dueSoon) {
        List<CaseClock> clocks = new ArrayList<>();
        clocks.add(clock("acknowledge", c.acknowledgeBy(), c.acknowledgedAt(), false, now, dueSoon));
        if (c.triageBy() != null) {
            Instant stopped = c.triageDecidedAt() != null ? c.triageDecidedAt()
                    : c.closed() && c.closedFrom() != null && c.closedFrom().ordinal() <= CaseState.TRIAGE.ordinal()
                            ? c.closedAt() : null;
            clocks.add(clock("triage", c.triageBy(), stopped, c.waitingForReporter(), now, dueSoon));
        }
        Instant published = c.state() == CaseState.PUBLISHED ? now : c.closed() ? c.closedAt() : null;
        clocks.add(clock("publication", c.publicationTarget(), published, false, now, dueSoon));
        return clocks;
    }

    private static CaseClock clock(String kind, Instant due, Instant stoppedAt, boolean paused, Instant now,
            Duration dueSoon) {
        String status;
        if (stoppedAt != null) {
            status = "done";
        } else if (paused) {
            status = "paused";
        } else if (now.isAfter(due)) {
            status = "overdue";
        } else if (now.plus(dueSoon).isAfter(due)) {
            status = "due-soon";
        } else {
            status = "running";
        }
        Duration left = Duration.between(now, due).abs();
        return new CaseClock(kind, due, stoppedAt, status, left.toDays(), left.toHoursPart());
    }
}
