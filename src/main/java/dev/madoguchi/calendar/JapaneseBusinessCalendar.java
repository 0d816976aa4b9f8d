package dev.madoguchi.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Business days in Japan: Monday to Friday, except national holidays ({@link JapaneseHolidays}) and the extra days
 * given (company holidays, additions to the national list). Plain Java; the database-backed
 * {@link WorkingCalendar} builds one for each computation.
 */
public final class JapaneseBusinessCalendar implements BusinessCalendar {

    private final Set<LocalDate> extraHolidays;

    public JapaneseBusinessCalendar(Set<LocalDate> extraHolidays) {
        this.extraHolidays = Set.copyOf(extraHolidays);
    }

    /** National holidays only. */
    public static JapaneseBusinessCalendar nationalOnly() {
        return new JapaneseBusinessCalendar(Set.of());
    }

    @Override
    public boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !JapaneseHolidays.isHoliday(date)
                && !extraHolidays.contains(date);
    }
}
