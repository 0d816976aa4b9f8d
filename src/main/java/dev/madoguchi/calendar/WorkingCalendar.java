package dev.madoguchi.calendar;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.madoguchi.audit.AuditEntry;
import dev.madoguchi.audit.AuditTrail;
import dev.madoguchi.shared.SqlInstants;

import org.springframework.context.annotation.Primary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PSIRT's calendar: Japanese national holidays, the company's holidays and any days added to the national list,
 * as administrators keep them in the database. Every computation reads the holidays it needs from the database, so
 * all nodes agree the moment a holiday is added.
 */
@Component
@Primary
public class WorkingCalendar implements BusinessCalendar {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    WorkingCalendar(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public boolean isBusinessDay(LocalDate date) {
        return snapshot(date, date).isBusinessDay(date);
    }

    @Override
    public ZonedDateTime addBusinessDays(ZonedDateTime from, int days) {
        // at most 5 business days in 7, plus room for the longest company holiday ranges
        LocalDate start = from.toLocalDate();
        return snapshot(start, start.plusDays(days * 2L + 40)).addBusinessDays(from, days);
    }

    /** A plain calendar with the extra holidays between two dates loaded. */
    public JapaneseBusinessCalendar snapshot(LocalDate first, LocalDate last) {
        Set<LocalDate> extra = new HashSet<>();
        jdbc.sql("select first_day, last_day from company_holiday where last_day >= ? and first_day <= ?")
                .params(Date.valueOf(first), Date.valueOf(last))
                .query(rs -> {
                    for (LocalDate d = rs.getDate(1).toLocalDate(); !d.isAfter(rs.getDate(2).toLocalDate());
                            d = d.plusDays(1)) {
                        extra.add(d);
                    }
                });
        extra.addAll(jdbc.sql("select day from national_holiday_addition where day between ? and ?")
                .params(Date.valueOf(first), Date.valueOf(last)).query((rs, n) -> rs.getDate(1).toLocalDate()).list());
        return new JapaneseBusinessCalendar(extra);
    }

    public List<CompanyHoliday> companyHolidays() {
        return jdbc.sql("select id, name, first_day, last_day from company_holiday order by first_day desc")
                .query((rs, n) -> new CompanyHoliday(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                        rs.getDate(4).toLocalDate()))
                .list();
    }

    public List<NationalHoliday> additions() {
        return jdbc.sql("select day, name_ja, name_en from national_holiday_addition order by day")
                .query((rs, n) -> new NationalHoliday(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** The national holidays of a year including additions, by date. */
    public List<NationalHoliday> nationalHolidays(int year) {
        List<NationalHoliday> all = new java.util.ArrayList<>(JapaneseHolidays.of(year));
        additions().stream().filter(h -> h.date().getYear() == year).forEach(all::add);
        all.sort(java.util.Comparator.comparing(NationalHoliday::date));
        return all;
    }

    @Transactional
    public long addCompanyHoliday(String name, LocalDate first, LocalDate last, String author) {
        if (name == null || name.isBlank() || name.strip().length() > 200 || first == null || last == null
                || last.isBefore(first) || first.plusDays(366).isBefore(last)) {
            throw new IllegalArgumentException("calendar.holiday.invalid");
        }
        long id = jdbc.sql("insert into company_holiday (name, first_day, last_day, created_by, created_at) "
                        + "values (?, ?, ?, ?, ?) returning id")
                .params(name.strip(), Date.valueOf(first), Date.valueOf(last), author,
                        SqlInstants.toSql(clock.instant()))
                .query(Long.class).single();
        audit.record(AuditEntry.of("calendar.company-holiday-added", "company-holiday", id,
                name.strip() + " " + first + ".." + last));
        return id;
    }

    @Transactional
    public void removeCompanyHoliday(long id) {
        jdbc.sql("delete from company_holiday where id = ?").param(id).update();
        audit.record(AuditEntry.of("calendar.company-holiday-removed", "company-holiday", id, ""));
    }

    @Transactional
    public void addNationalHoliday(LocalDate day, String nameJa, String nameEn, String author) {
        if (day == null || nameJa == null || nameJa.isBlank() || nameEn == null || nameEn.isBlank()) {
            throw new IllegalArgumentException("calendar.addition.invalid");
        }
        try {
            jdbc.sql("insert into national_holiday_addition (day, name_ja, name_en, created_by, created_at) "
                            + "values (?, ?, ?, ?, ?)")
                    .params(Date.valueOf(day), nameJa.strip(), nameEn.strip(), author, SqlInstants.toSql(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("calendar.addition.exists");
        }
        audit.record(AuditEntry.of("calendar.national-holiday-added", "national-holiday", day, nameEn.strip()));
    }
}
