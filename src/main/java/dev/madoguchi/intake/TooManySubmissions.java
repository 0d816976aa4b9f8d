package dev.madoguchi.intake;

import java.time.Duration;

/** The client address used up its submissions for the hour; nothing was stored. */
class TooManySubmissions extends RuntimeException {

    private final Duration retryAfter;

    TooManySubmissions(Duration retryAfter) {
        super("rate limited for " + retryAfter);
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }

    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
