package dev.madoguchi.cases;

import java.time.Instant;

/** One line of a case's timeline. */
public record CaseEvent(Instant at, String actor, String kind, String summary) {
}
