package dev.madoguchi.calendar;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import dev.madoguchi.shared.CommandArguments;
import dev.madoguchi.shared.Subcommand;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * {@code calendar holidays --year Y} and {@code calendar add-business-days --from T --days N}: national holidays
 * with the company's from the database, or national holidays only with {@code --national-only} (then no database is
 * needed at all).
 */
@Component
public class CalendarCommand implements Subcommand {

    private final WorkingCalendar calendar;

    @Autowired
    CalendarCommand(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    private CalendarCommand() {
        this.calendar = null;
    }

    /** The command without a database: national holidays only. */
    public static CalendarCommand nationalOnly() {
        return new CalendarCommand();
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        if (args.isEmpty() || !Set.of("holidays", "add-business-days").contains(args.get(0))) {
            err.println("usage: calendar holidays --year YYYY [--national-only] | calendar add-business-days "
                    + "--from 2026-12-25T10:00+09:00 --days 5 [--national-only]");
            return 2;
        }
        try {
            CommandArguments parsed = CommandArguments.parse(args.subList(1, args.size()),
                    Set.of("year", "from", "days"), Set.of("national-only"));
            boolean nationalOnly = parsed.flag("national-only") || calendar == null;
            return args.get(0).equals("holidays") ? holidays(parsed, nationalOnly, out)
                    : addBusinessDays(parsed, nationalOnly, out);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    private int holidays(CommandArguments parsed, boolean nationalOnly, PrintStream out) {
        int year = number(parsed.required("year"), "--year");
        if (year < JapaneseHolidays.FIRST_YEAR || year > JapaneseHolidays.LAST_YEAR) {
            throw new IllegalArgumentException("--year must be between " + JapaneseHolidays.FIRST_YEAR + " and "
                    + JapaneseHolidays.LAST_YEAR + ".");
        }
        record Line(LocalDate date, String name) {
        }
        List<Line> lines = new ArrayList<>();
        (nationalOnly ? JapaneseHolidays.of(year) : calendar.nationalHolidays(year))
                .forEach(h -> lines.add(new Line(h.date(), h.nameJa())));
        if (!nationalOnly) {
            for (CompanyHoliday h : calendar.companyHolidays()) {
                for (LocalDate d = h.firstDay(); !d.isAfter(h.lastDay()); d = d.plusDays(1)) {
                    if (d.getYear() == year) {
                        lines.add(new Line(d, h.name()));
                    }
                }
            }
        }
        lines.stream().sorted(Comparator.comparing(Line::date))
                .forEach(l -> out.println(l.date() + "\t" + l.name()));
        return 0;
    }

    private int addBusinessDays(CommandArguments parsed, boolean nationalOnly, PrintStream out) {
        ZonedDateTime from = OffsetDateTime.parse(parsed.required("from")).atZoneSameInstant(
                java.time.ZoneId.of("Asia/Tokyo"));
        int days = number(parsed.required("days"), "--days");
        if (days < 0 || days > 3650) {
            throw new IllegalArgumentException("--days must be between 0 and 3650.");
        }
        BusinessCalendar used = nationalOnly ? JapaneseBusinessCalendar.nationalOnly() : calendar;
        out.println(used.addBusinessDays(from, days).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        return 0;
    }

    private static int number(String text, String option) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number.");
        }
    }
}
