package dev.madoguchi.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class WorkingCalendarTests {

    @Autowired
    WorkingCalendar calendar;
    @Autowired
    CalendarCommand command;
    @Autowired
    TransactionTemplate transaction;

    private static ZonedDateTime jst(String localDateTime) {
        return ZonedDateTime.parse(localDateTime + "+09:00[Asia/Tokyo]");
    }

    private void companyHoliday(String name, String first, String last) {
        transaction.executeWithoutResult(tx -> calendar.addCompanyHoliday(name, LocalDate.parse(first),
                LocalDate.parse(last), "test"));
    }

    @Test
    void acknowledgmentDeadlineSkipsGoldenWeek() {
        // Thu 2026-04-30 10:00: May 1 (Fri), then 5/4, 5/5, 5/6 are holidays; business days: 5/1, 5/7, 5/8, 5/11, 5/12
        assertThat(calendar.addBusinessDays(jst("2026-04-30T10:00"), 5)).isEqualTo(jst("2026-05-12T10:00"));
    }

    @Test
    void theYearEndCompanyHolidaysAddToTheNationalOnes() {
        ZonedDateTime christmas = jst("2026-12-25T10:00");
        assertThat(JapaneseBusinessCalendar.nationalOnly().addBusinessDays(christmas, 5))
                .isEqualTo(jst("2027-01-04T10:00"));
        companyHoliday("Year-end holidays", "2026-12-29", "2027-01-03");
        // 12/28 is the only business day before the break; then 1/4, 1/5, 1/6, 1/7
        assertThat(calendar.addBusinessDays(christmas, 5)).isEqualTo(jst("2027-01-07T10:00"));
        assertThat(calendar.isBusinessDay(LocalDate.parse("2026-12-30"))).isFalse();
    }

    @Test
    void aDayAddedToTheNationalListByANewLawCounts() {
        ZonedDateTime from = jst("2031-06-02T09:00");
        ZonedDateTime before = calendar.addBusinessDays(from, 1);
        transaction.executeWithoutResult(tx -> calendar.addNationalHoliday(before.toLocalDate(), "新しい祝日",
                "New Holiday", "test"));
        assertThat(calendar.addBusinessDays(from, 1)).isEqualTo(before.plusDays(1));
        assertThat(calendar.nationalHolidays(2031)).extracting(NationalHoliday::nameEn).contains("New Holiday");
        assertThatThrownBy(() -> transaction.executeWithoutResult(tx -> calendar.addNationalHoliday(
                before.toLocalDate(), "x", "x", "test"))).hasMessage("calendar.addition.exists");
    }

    @Test
    void invalidCompanyHolidaysAreRefused() {
        assertThatThrownBy(() -> companyHoliday("", "2026-01-01", "2026-01-02")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> companyHoliday("backwards", "2026-01-05", "2026-01-02"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> companyHoliday("too long", "2026-01-01", "2027-06-01"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = command.run(List.of(args), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(exit).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theCommandLineListsNationalAndCompanyHolidaysAndAddsBusinessDays() {
        companyHoliday("創立記念日", "2027-06-01", "2027-06-01");
        assertThat(run("holidays", "--year", "2027")).contains("2027-03-22\t休日\n", "2027-06-01\t創立記念日\n");
        assertThat(run("holidays", "--year", "2027", "--national-only")).doesNotContain("創立記念日");
        assertThat(run("add-business-days", "--from", "2027-05-31T10:00+09:00", "--days", "1").strip())
                .isEqualTo("2027-06-02T10:00:00+09:00");
        assertThat(run("add-business-days", "--from", "2027-05-31T10:00+09:00", "--days", "1", "--national-only")
                .strip()).isEqualTo("2027-06-01T10:00:00+09:00");
    }

    @Test
    void theNationalOnlyCommandNeedsNoDatabase() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = CalendarCommand.nationalOnly().run(List.of("holidays", "--year", "2019"),
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("2019-10-22\t");
    }
}
