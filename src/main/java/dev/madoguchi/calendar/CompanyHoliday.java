package dev.madoguchi.calendar;

import java.time.LocalDate;

/** A company holiday or range of them, e.g. "Year-end holidays" from Dec 29 to Jan 3. */
public record CompanyHoliday(long id, String name, LocalDate firstDay, LocalDate lastDay) {
}
