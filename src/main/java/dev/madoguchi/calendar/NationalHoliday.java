package dev.madoguchi.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day off in Japan's national calendar: a national holiday (国民の祝日) or one of the other days the law makes a
 * day off (振替休日, 国民の休日, days set by a special act).
 *
 * @param date   the day
 * @param nameJa the name as the Cabinet Office list of national holidays spells it; every substitute and citizens'
 *               holiday is listed there as just 休日
 * @param nameEn a plain English name, telling a substitute holiday apart from a citizens' holiday
 */
public record NationalHoliday(LocalDate date, String nameJa, String nameEn) {

    public NationalHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(nameJa, "nameJa");
        Objects.requireNonNull(nameEn, "nameEn");
    }
}
