package dev.madoguchi.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Japan's national holidays and the other days off the law gives, computed offline for {@value #FIRST_YEAR} to
 * {@value #LAST_YEAR}. The result matches the Cabinet Office list (内閣府「国民の祝日」について, syukujitsu.csv),
 * names included, for 1955 to 2027, the years it covered when this was checked.
 *
 * <p>Sources:
 * <ul>
 * <li>Act on National Holidays (国民の祝日に関する法律, 昭和23年法律第178号): Article 2 names the national holidays
 * (国民の祝日), Article 3(2) the substitute holiday (振替休日), Article 3(3) the citizens' holiday (国民の休日).</li>
 * <li>Act on the holidays for the Emperor's enthronement day and the enthronement ceremony
 * (天皇の即位の日及び即位礼正殿の儀の行われる日を休日とする法律): 2019-05-01 and 2019-10-22, deemed national
 * holidays.</li>
 * <li>Act on special measures for the Tokyo 2020 Olympic and Paralympic Games
 * (平成三十二年東京オリンピック競技大会・東京パラリンピック競技大会特別措置法) and its amendment: Marine Day, Sports Day
 * and Mountain Day in 2020 and 2021.</li>
 * <li>The single-day acts for 1959-04-10, 1989-02-24, 1990-11-12 and 1993-06-09 (結婚の儀, 大喪の礼,
 * 即位礼正殿の儀).</li>
 * </ul>
 *
 * <p>春分の日 and 秋分の日 are officially known only once the National Astronomical Observatory publishes them, in
 * February of the year before; later years use the usual approximation formula (in {@code HolidayRules}), and a
 * future act can still add or move a holiday.
 */
public final class JapaneseHolidays {

    /** The first year of the Cabinet Office list, against which the rules are checked. */
    public static final int FIRST_YEAR = 1955;

    /** The last year the equinox approximation is made for. */
    public static final int LAST_YEAR = 2099;

    private static final String DAY_OFF_JA = "休日";

    /** Article 3(2) applies from the day it came into force. */
    private static final LocalDate SUBSTITUTES_FROM = LocalDate.of(1973, 4, 12);

    /** From then a substitute is the next day that is not itself a national holiday, not just the Monday. */
    private static final LocalDate SUBSTITUTE_SKIPS_HOLIDAYS_FROM = LocalDate.of(2007, 1, 1);

    /** Article 3(3) applies from the day it came into force. */
    private static final LocalDate CITIZENS_HOLIDAYS_FROM = LocalDate.of(1985, 12, 27);

    private static final Map<Integer, Year> CACHE = new ConcurrentHashMap<>();

    private JapaneseHolidays() {
    }

    /**
     * Every day off of {@code year} by law, sorted by date: national holidays, substitute and citizens' holidays and
     * the days set by a special act.
     *
     * @throws IllegalArgumentException if {@code year} is outside {@value #FIRST_YEAR}..{@value #LAST_YEAR}
     */
    public static List<NationalHoliday> of(int year) {
        return year(year).holidays();
    }

    /**
     * The holiday on {@code date}, if any.
     *
     * @throws IllegalArgumentException if the year is outside {@value #FIRST_YEAR}..{@value #LAST_YEAR}
     */
    public static Optional<NationalHoliday> on(LocalDate date) {
        return Optional.ofNullable(year(date.getYear()).byDate().get(date));
    }

    /**
     * Whether {@code date} is a day off by law. Saturdays and Sundays that are no holiday are not.
     *
     * @throws IllegalArgumentException if the year is outside {@value #FIRST_YEAR}..{@value #LAST_YEAR}
     */
    public static boolean isHoliday(LocalDate date) {
        return year(date.getYear()).byDate().containsKey(date);
    }

    private static Year year(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException(
                    "Japanese holidays are known for " + FIRST_YEAR + " to " + LAST_YEAR + ", not " + year);
        }
        return CACHE.computeIfAbsent(year, JapaneseHolidays::compute);
    }

    private static Year compute(int year) {
        List<NationalHoliday> national = HolidayRules.nationalHolidays(year);
        Set<LocalDate> nationalDates = national.stream().map(NationalHoliday::date).collect(Collectors.toSet());
        TreeMap<LocalDate, NationalHoliday> days = new TreeMap<>();
        national.forEach(holiday -> days.put(holiday.date(), holiday));
        HolidayRules.ceremonialDaysOff(year).forEach(holiday -> days.put(holiday.date(), holiday));

        for (NationalHoliday holiday : national) {
            LocalDate date = holiday.date();
            if (date.getDayOfWeek() == DayOfWeek.SUNDAY && !date.isBefore(SUBSTITUTES_FROM)) {
                substitute(date, nationalDates).ifPresent(
                        day -> days.putIfAbsent(day, new NationalHoliday(day, DAY_OFF_JA, "Substitute Holiday")));
            }
        }

        for (NationalHoliday holiday : national) {
            LocalDate between = holiday.date().plusDays(1);
            // A Sunday is off anyway and the Cabinet Office list never names one 休日; a substitute holiday already
            // on that day stays one (putIfAbsent).
            if (!between.isBefore(CITIZENS_HOLIDAYS_FROM)
                    && between.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !nationalDates.contains(between)
                    && nationalDates.contains(between.plusDays(1))) {
                days.putIfAbsent(between, new NationalHoliday(between, DAY_OFF_JA, "Citizens' Holiday"));
            }
        }

        List<NationalHoliday> holidays = List.copyOf(days.values());
        return new Year(holidays, holidays.stream()
                .collect(Collectors.toUnmodifiableMap(NationalHoliday::date, Function.identity())));
    }

    /** The day off given for a national holiday on {@code sunday}, if the law gives one. */
    private static Optional<LocalDate> substitute(LocalDate sunday, Set<LocalDate> nationalDates) {
        LocalDate next = sunday.plusDays(1);
        if (sunday.isBefore(SUBSTITUTE_SKIPS_HOLIDAYS_FROM)) {
            return nationalDates.contains(next) ? Optional.empty() : Optional.of(next);
        }
        while (nationalDates.contains(next)) {
            next = next.plusDays(1);
        }
        return Optional.of(next);
    }

    private record Year(List<NationalHoliday> holidays, Map<LocalDate, NationalHoliday> byDate) {
    }
}
