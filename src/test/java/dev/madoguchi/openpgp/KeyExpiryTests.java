package dev.madoguchi.openpgp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import dev.madoguchi.shared.DisplayTime;

import org.junit.jupiter.api.Test;

/** Issue 9's expiry watch rule: warn from 60 days before the current key expires, and every day once it has. */
class KeyExpiryTests {

    private static final Instant EXPIRES = LocalDate.of(2027, 3, 31).atTime(LocalTime.of(23, 59, 59))
            .atZone(DisplayTime.JST).toInstant();

    private static PsirtKey key(Instant expires) {
        return new PsirtKey(1, new KeyFacts("0564 4C17 F74A 3825 36E4 0603 4ABF 9CC9 286E 43CB".replace(" ", ""),
                "4ABF9CC9286E43CB", "RSA", 4096, "Example-PSIRT <psirt@example.com>", Instant.parse("2025-01-01T00:00:00Z"),
                expires), "", KeyState.CURRENT, "generated", null, "admin", null, null, null, null);
    }

    /** An instant on the given JST day, at the given JST time. */
    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(DisplayTime.JST).toInstant();
    }

    @Test
    void sixtyOneDaysBeforeTheExpiryDayThereIsNoWarningAndSixtyDaysBeforeThereIs() {
        LocalDate expiryDay = LocalDate.of(2027, 3, 31);
        KeyExpiry day61 = KeyExpiry.of(key(EXPIRES), at(expiryDay.minusDays(61), 23)).orElseThrow();
        KeyExpiry day60 = KeyExpiry.of(key(EXPIRES), at(expiryDay.minusDays(60), 0)).orElseThrow();
        assertThat(day61.daysLeft()).isEqualTo(61);
        assertThat(day61.warn()).isFalse();
        assertThat(day60.daysLeft()).isEqualTo(60);
        assertThat(day60.warn()).isTrue();
        assertThat(day60.today()).isEqualTo(expiryDay.minusDays(60));
    }

    @Test
    void daysAreCountedInJapanStandardTimeNotUtc() {
        // 2027-01-30 16:00 UTC is already 2027-01-31 01:00 JST: 59 days before the expiry day, not 60
        KeyExpiry expiry = KeyExpiry.of(key(EXPIRES), Instant.parse("2027-01-30T16:00:00Z")).orElseThrow();
        assertThat(expiry.today()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(expiry.daysLeft()).isEqualTo(59);
    }

    @Test
    void anExpiredKeyIsWarnedAboutEveryDayWithTheDaysSinceAsNegative() {
        KeyExpiry onTheDay = KeyExpiry.of(key(EXPIRES), at(LocalDate.of(2027, 3, 31), 12)).orElseThrow();
        assertThat(onTheDay.daysLeft()).isZero();
        assertThat(onTheDay.expired()).isFalse();
        KeyExpiry after = KeyExpiry.of(key(EXPIRES), EXPIRES.plusSeconds(86_400 * 10)).orElseThrow();
        assertThat(after.expired()).isTrue();
        assertThat(after.daysLeft()).isEqualTo(-10);
        assertThat(after.warn()).isTrue();
    }

    @Test
    void aKeyThatNeverExpiresIsNeverWarnedAbout() {
        assertThat(KeyExpiry.of(key(null), Instant.parse("2099-01-01T00:00:00Z"))).isEmpty();
    }
}
