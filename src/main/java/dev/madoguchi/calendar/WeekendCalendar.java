package dev.madoguchi.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Monday to Friday are business days. The base every other calendar narrows down. */
public final class WeekendCalendar implements BusinessCalendar {

    @Override
    public boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }
}
