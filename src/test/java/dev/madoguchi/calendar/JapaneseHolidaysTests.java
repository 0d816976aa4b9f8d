package dev.madoguchi.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class JapaneseHolidaysTests {

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    /** The Cabinet Office list (内閣府 syukujitsu.csv), copied as "MM-DD name", names exactly as published. */
    static Stream<Arguments> cabinetOfficeList() {
        return Stream.of(
                Arguments.of(2019, """
                    01-01 元日, 01-14 成人の日, 02-11 建国記念の日, 03-21 春分の日, 04-29 昭和の日, 04-30 休日,
                    05-01 休日（祝日扱い）, 05-02 休日, 05-03 憲法記念日, 05-04 みどりの日, 05-05 こどもの日, 05-06 休日,
                    07-15 海の日, 08-11 山の日, 08-12 休日, 09-16 敬老の日, 09-23 秋分の日, 10-14 体育の日（スポーツの日）,
                    10-22 休日（祝日扱い）, 11-03 文化の日, 11-04 休日, 11-23 勤労感謝の日
                    """),
                Arguments.of(2020, """
                    01-01 元日, 01-13 成人の日, 02-11 建国記念の日, 02-23 天皇誕生日, 02-24 休日, 03-20 春分の日,
                    04-29 昭和の日, 05-03 憲法記念日, 05-04 みどりの日, 05-05 こどもの日, 05-06 休日, 07-23 海の日,
                    07-24 スポーツの日, 08-10 山の日, 09-21 敬老の日, 09-22 秋分の日, 11-03 文化の日, 11-23 勤労感謝の日
                    """),
                Arguments.of(2021, """
                    01-01 元日, 01-11 成人の日, 02-11 建国記念の日, 02-23 天皇誕生日, 03-20 春分の日, 04-29 昭和の日,
                    05-03 憲法記念日, 05-04 みどりの日, 05-05 こどもの日, 07-22 海の日, 07-23 スポーツの日, 08-08 山の日,
                    08-09 休日, 09-20 敬老の日, 09-23 秋分の日, 11-03 文化の日, 11-23 勤労感謝の日
                    """),
                Arguments.of(2022, """
                    01-01 元日, 01-10 成人の日, 02-11 建国記念の日, 02-23 天皇誕生日, 03-21 春分の日, 04-29 昭和の日,
                    05-03 憲法記念日, 05-04 みどりの日, 05-05 こどもの日, 07-18 海の日, 08-11 山の日, 09-19 敬老の日,
                    09-23 秋分の日, 10-10 スポーツの日, 11-03 文化の日, 11-23 勤労感謝の日
                    """),
                Arguments.of(2023, """
                    01-01 元日, 01-02 休日, 01-09 成人の日, 02-11 建国記念の日, 02-23 天皇誕生日, 03-21 春分の日,
                    04-29 昭和の日, 05-03 憲法記念日, 05-04 みどりの日, 05-05 こどもの日, 07-17 海の日, 08-11 山の日,
                    09-18 敬老の日, 09-23 秋分の日, 10-09 スポーツの日, 11-03 文化の日, 11-23 勤労感謝の日
                    """),
                Arguments.of(2024, """
                    01-01 元日, 01-08 成人の日, 02-11 建国記念の日, 02-12 休日, 02-23 天皇誕生日, 03-20 春分の日,
                    04-29 昭和の日, 05-03 憲法記念日, 05-04 みどりの日, 05-05 こどもの日, 05-06 休日, 07-15 海の日,
                    08-11 山の日, 08-12 休日, 09-16 敬老の日, 09-22 秋分の日, 09-23 休日, 10-14 スポーツの日,
                    11-03 文化の日, 11-04 休日, 11-23 勤労感謝の日
                    """),
                Arguments.of(2025, """
                    01-01 元日, 01-13 成人の日, 02-11 建国記念の日, 02-23 天皇誕生日, 02-24 休日, 03-20 春分の日,
                    04-29 昭和の日, 05-03 憲法記念日, 05-04 みどりの日, 05-05 こどもの日, 05-06 休日, 07-21 海の日,
                    08-11 山の日, 09-15 敬老の日, 09-23 秋分の日, 10-13 スポーツの日, 11-03 文化の日, 11-23 勤労感謝の日,
                    11-24 休日
                    """),
                Arguments.of(2026, """
                    01-01 元日, 01-12 成人の日, 02-11 建国記念の日, 02-23 天皇誕生日, 03-20 春分の日, 04-29 昭和の日,
                    05-03 憲法記念日, 05-04 みどりの日, 05-05 こどもの日, 05-06 休日, 07-20 海の日, 08-11 山の日,
                    09-21 敬老の日, 09-22 休日, 09-23 秋分の日, 10-12 スポーツの日, 11-03 文化の日, 11-23 勤労感謝の日
                    """),
                Arguments.of(2027, """
                    01-01 元日, 01-11 成人の日, 02-11 建国記念の日, 02-23 天皇誕生日, 03-21 春分の日, 03-22 休日,
                    04-29 昭和の日, 05-03 憲法記念日, 05-04 みどりの日, 05-05 こどもの日, 07-19 海の日, 08-11 山の日,
                    09-20 敬老の日, 09-23 秋分の日, 10-11 スポーツの日, 11-03 文化の日, 11-23 勤労感謝の日
                    """)
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cabinetOfficeList")
    void everyHolidayOfTheYearMatchesTheCabinetOfficeList(int year, String published) {
        List<String> expected = Arrays.stream(published.split("[,\\n]")).map(String::strip)
                .filter(entry -> !entry.isEmpty()).toList();

        assertThat(JapaneseHolidays.of(year))
                .extracting(holiday -> holiday.date().format(MONTH_DAY) + " " + holiday.nameJa())
                .containsExactlyElementsOf(expected);
    }

    @Test
    void theEnthronementActMakesMayFirst2019AHolidayThatBridgesTheDaysAroundIt() {
        assertThat(JapaneseHolidays.of(2019))
                .filteredOn(holiday -> holiday.date().getMonthValue() == 4 || holiday.date().getMonthValue() == 5)
                .extracting(NationalHoliday::date, NationalHoliday::nameEn)
                .containsSequence(
                        tuple(LocalDate.of(2019, 4, 29), "Showa Day"),
                        tuple(LocalDate.of(2019, 4, 30), "Citizens' Holiday"),
                        tuple(LocalDate.of(2019, 5, 1), "Enthronement Day"),
                        tuple(LocalDate.of(2019, 5, 2), "Citizens' Holiday"),
                        tuple(LocalDate.of(2019, 5, 3), "Constitution Memorial Day"));
        assertThat(JapaneseHolidays.on(LocalDate.of(2019, 10, 22)))
                .hasValue(new NationalHoliday(LocalDate.of(2019, 10, 22), "休日（祝日扱い）", "Enthronement Ceremony Day"));
    }

    @Test
    void thereIsNoEmperorsBirthdayIn2019BetweenTheDecemberAndTheFebruaryOne() {
        assertThat(JapaneseHolidays.of(2019)).extracting(NationalHoliday::nameJa).doesNotContain("天皇誕生日");
        assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2018, 12, 23))).isTrue();
        assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2019, 12, 23))).isFalse();
        assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2019, 2, 23))).isFalse();
        assertThat(JapaneseHolidays.on(LocalDate.of(2020, 2, 23))).map(NationalHoliday::nameJa).hasValue("天皇誕生日");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "2020-07-23, 海の日", "2020-07-24, スポーツの日", "2020-08-10, 山の日",
            "2021-07-22, 海の日", "2021-07-23, スポーツの日", "2021-08-08, 山の日", "2021-08-09, 休日"})
    void theOlympicActsMoveMarineSportsAndMountainDayIn2020And2021(LocalDate date, String nameJa) {
        assertThat(JapaneseHolidays.on(date)).map(NationalHoliday::nameJa).hasValue(nameJa);
    }

    @ParameterizedTest
    @CsvSource({"2020-07-20", "2020-08-11", "2020-10-12", "2021-07-19", "2021-08-11", "2021-10-11"})
    void theDaysTheOlympicActsMovedAwayFromAreWorkingDays(LocalDate date) {
        assertThat(JapaneseHolidays.isHoliday(date)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"1988-05-04", "2009-09-22", "2015-09-22", "2026-09-22", "2032-09-21"})
    void aDaySandwichedBetweenTwoNationalHolidaysIsACitizensHoliday(LocalDate date) {
        assertThat(JapaneseHolidays.on(date)).hasValue(new NationalHoliday(date, "休日", "Citizens' Holiday"));
    }

    @Test
    void aSandwichedDayBeforeTheCitizensHolidayRuleIsAWorkingDay() {
        assertThat(LocalDate.of(1985, 5, 4).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(JapaneseHolidays.isHoliday(LocalDate.of(1985, 5, 4))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"2027-03-22", "2025-02-24", "2025-11-24", "1973-04-30", "1989-01-02"})
    void aNationalHolidayOnSundayGivesTheMondayOff(LocalDate date) {
        assertThat(date.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(JapaneseHolidays.on(date)).hasValue(new NationalHoliday(date, "休日", "Substitute Holiday"));
    }

    @Test
    void aNationalHolidayOnSundayBeforeTheSubstituteRuleGivesNothing() {
        assertThat(LocalDate.of(1973, 2, 11).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(JapaneseHolidays.isHoliday(LocalDate.of(1973, 2, 12))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"2008-05-04, 2008-05-06", "2009-05-03, 2009-05-06", "2015-05-03, 2015-05-06", "2020-05-03, 2020-05-06"})
    void fromTwoThousandSevenASubstituteSkipsOverTheNationalHolidaysThatFollow(LocalDate sunday, LocalDate substitute) {
        assertThat(sunday.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(JapaneseHolidays.on(substitute)).map(NationalHoliday::nameEn).hasValue("Substitute Holiday");
        assertThat(sunday.datesUntil(substitute)).allMatch(JapaneseHolidays::isHoliday);
    }

    /** Known equinox days, as published for past years and as astronomically computed for later ones. */
    @ParameterizedTest
    @CsvSource({
            "1955-09-24", "1960-03-20", "1970-03-21", "1971-09-24", "1976-03-20", "1979-09-24", "2000-03-20",
            "2000-09-23", "2012-09-22", "2030-03-20", "2030-09-23", "2044-09-22", "2050-03-20", "2050-09-23",
            "2092-03-19", "2099-09-23"})
    void theEquinoxDayFollowsTheAstronomicalEquinox(LocalDate date) {
        String expected = date.getMonthValue() == 3 ? "春分の日" : "秋分の日";
        assertThat(JapaneseHolidays.on(date)).map(NationalHoliday::nameJa).hasValue(expected);
    }

    @ParameterizedTest(name = "{0}: {1} then {2}")
    @CsvSource({
            "成人の日, 1999-01-15, 2000-01-10", "体育の日, 1999-10-10, 2000-10-09",
            "海の日, 2002-07-20, 2003-07-21", "敬老の日, 2002-09-15, 2004-09-20"})
    void happyMondayHolidaysMoveFromAFixedDateToAMonday(String nameJa, LocalDate fixedDate, LocalDate monday) {
        assertThat(JapaneseHolidays.on(fixedDate)).map(NationalHoliday::nameJa).hasValue(nameJa);
        assertThat(JapaneseHolidays.on(monday)).map(NationalHoliday::nameJa).hasValue(nameJa);
        assertThat(monday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(JapaneseHolidays.isHoliday(fixedDate.withYear(monday.getYear()))).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "1988-04-29, 天皇誕生日", "1989-04-29, みどりの日", "2006-04-29, みどりの日", "2007-04-29, 昭和の日",
            "2007-05-04, みどりの日", "1989-12-23, 天皇誕生日", "2018-12-23, 天皇誕生日", "2016-08-11, 山の日",
            "1966-09-15, 敬老の日", "1966-10-10, 体育の日", "1967-02-11, 建国記念の日", "1996-07-20, 海の日",
            "1959-04-10, 結婚の儀", "1989-02-24, 大喪の礼", "1990-11-12, 即位礼正殿の儀", "1993-06-09, 結婚の儀"})
    void eachHolidayHasTheNameItBoreThatYear(LocalDate date, String nameJa) {
        assertThat(JapaneseHolidays.on(date)).map(NationalHoliday::nameJa).hasValue(nameJa);
    }

    @ParameterizedTest
    @CsvSource({"1966-02-11", "1995-07-20", "2015-08-11", "1988-12-23", "2019-12-23", "2019-02-23"})
    void aHolidayDoesNotExistBeforeTheRuleThatCreatesIt(LocalDate date) {
        assertThat(JapaneseHolidays.on(date)).isEmpty();
    }

    @Test
    void everyYearFromTwoThousandSevenHasFifteenToTwentyTwoDaysOffSortedWithinTheYear() {
        IntStream.rangeClosed(2007, JapaneseHolidays.LAST_YEAR).forEach(year -> {
            List<LocalDate> dates = JapaneseHolidays.of(year).stream().map(NationalHoliday::date).toList();
            assertThat(dates).as("%d", year).hasSizeBetween(15, 22).isSorted().doesNotHaveDuplicates()
                    .allMatch(date -> date.getYear() == year);
        });
    }

    @Test
    void ordinaryDaysAndWeekendsAreNoHoliday() {
        assertThat(JapaneseHolidays.on(LocalDate.of(2026, 6, 10))).isEmpty();
        assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2026, 6, 13))).isFalse();
        assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2026, 1, 1))).isTrue();
    }

    @Test
    void yearsOutsideTheSupportedRangeAreRefused() {
        assertThat(JapaneseHolidays.of(JapaneseHolidays.FIRST_YEAR)).isNotEmpty();
        assertThat(JapaneseHolidays.of(JapaneseHolidays.LAST_YEAR)).isNotEmpty();
        assertThatThrownBy(() -> JapaneseHolidays.of(1954)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JapaneseHolidays.isHoliday(LocalDate.of(2100, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theListOfAYearCannotBeChangedByTheCaller() {
        List<NationalHoliday> holidays = JapaneseHolidays.of(2026);
        assertThatThrownBy(holidays::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThat(JapaneseHolidays.of(2026)).hasSize(18);
    }
}
