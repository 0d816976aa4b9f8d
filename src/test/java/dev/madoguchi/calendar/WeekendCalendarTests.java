package dev.madoguchi.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class WeekendCalendarTests {

    private final BusinessCalendar calendar = new WeekendCalendar();

    @Test
    void fiveBusinessDaysFromAFridayMorningIsTheNextFridayMorning() {
        assertThat(calendar.addBusinessDays(ZonedDateTime.parse("2026-11-27T10:00+09:00[Asia/Tokyo]"), 5))
                .isEqualTo(ZonedDateTime.parse("2026-12-04T10:00+09:00[Asia/Tokyo]"));
    }

    @Test
    void somethingReceivedOnASaturdayCountsFromMondayMorning() {
        assertThat(calendar.addBusinessDays(ZonedDateTime.parse("2026-11-28T15:30+09:00[Asia/Tokyo]"), 5))
                .isEqualTo(ZonedDateTime.parse("2026-12-07T00:00+09:00[Asia/Tokyo]"));
    }

    @Test
    void zeroDaysIsTheStartItself() {
        ZonedDateTime wednesday = ZonedDateTime.parse("2026-11-25T09:00+09:00[Asia/Tokyo]");
        assertThat(calendar.addBusinessDays(wednesday, 0)).isEqualTo(wednesday);
    }
}
