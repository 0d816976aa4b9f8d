package dev.madoguchi.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * Which days the PSIRT works, for deadlines such as "reply within 5 business days" (Mitsubishi Electric policy:
 * "our reply will be a little late during Japan's public holidays and Mitsubishi Electric own holidays").
 */
public interface BusinessCalendar {

    boolean isBusinessDay(LocalDate date);

    /**
     * The same local time {@code days} business days after {@code from}. Something received on a day off counts as
     * received at the start (00:00) of the next business day, so the full number of business days is always given.
     */
    default ZonedDateTime addBusinessDays(ZonedDateTime from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        ZonedDateTime start = from;
        if (!isBusinessDay(from.toLocalDate())) {
            LocalDate next = from.toLocalDate().plusDays(1);
            while (!isBusinessDay(next)) {
                next = next.plusDays(1);
            }
            start = ZonedDateTime.of(next, LocalTime.MIDNIGHT, from.getZone());
        }
        LocalDate day = start.toLocalDate();
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                counted++;
            }
        }
        return ZonedDateTime.of(day, start.toLocalTime(), start.getZone());
    }
}
