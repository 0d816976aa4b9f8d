package dev.madoguchi.openpgp;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import dev.madoguchi.shared.DisplayTime;

/**
 * How far a key is from its expiry, counted in calendar days in Japan Standard Time (the PSIRT's working day, as the
 * pages show dates): 0 on the day it expires, negative once that day has passed. Issue 9's expiry watch warns ADMIN
 * and PSIRT from {@value #WARN_FROM_DAYS} days before the current key expires, and every day after it has expired.
 *
 * @param fingerprint the key's fingerprint
 * @param keyId       its short key ID, as the warning quotes it
 * @param expires     when it expires
 * @param today       the JST day the count was made on (the expiry watch warns once a day)
 * @param daysLeft    calendar days from {@code today} to the expiry day
 * @param expired     whether it has expired at the instant of the count
 */
public record KeyExpiry(String fingerprint, String keyId, Instant expires, LocalDate today, long daysLeft,
        boolean expired) {

    /** Issue 9: "warns ADMIN and PSIRT ... from 60 days before the current key expires". */
    public static final int WARN_FROM_DAYS = 60;

    /** The count for {@code key} at {@code now}; empty for a key that never expires. */
    static Optional<KeyExpiry> of(PsirtKey key, Instant now) {
        Instant expires = key.facts().expires();
        if (expires == null) {
            return Optional.empty();
        }
        LocalDate today = now.atZone(DisplayTime.JST).toLocalDate();
        LocalDate expiryDay = expires.atZone(DisplayTime.JST).toLocalDate();
        return Optional.of(new KeyExpiry(key.fingerprint(), key.facts().shortKeyId(), expires, today,
                ChronoUnit.DAYS.between(today, expiryDay), key.expiredAt(now)));
    }

    /** Whether the watch warns about it today: {@value #WARN_FROM_DAYS} days or fewer left, or expired. */
    public boolean warn() {
        return expired || daysLeft <= WARN_FROM_DAYS;
    }
}
