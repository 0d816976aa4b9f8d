package dev.madoguchi.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The days the law names outright, before {@link JapaneseHolidays} derives substitute and citizens' holidays from
 * them. Each year threshold below is the first year a provision of the Act on National Holidays (国民の祝日に関する法律)
 * or of a special act applies.
 */
final class HolidayRules {

    private static final String EMPERORS_BIRTHDAY_JA = "天皇誕生日";
    private static final String EMPERORS_BIRTHDAY_EN = "The Emperor's Birthday";
    private static final String DEEMED_NATIONAL_HOLIDAY_JA = "休日（祝日扱い）";

    private HolidayRules() {
    }

    /**
     * The 国民の祝日 of {@code year}, sorted by date. Includes the two 2019 days that the act on the enthronement holidays
     * deems 国民の祝日, because that is what makes them bridge 2019-04-30 and 2019-05-02.
     */
    static List<NationalHoliday> nationalHolidays(int year) {
        List<NationalHoliday> days = new ArrayList<>();
        add(days, LocalDate.of(year, 1, 1), "元日", "New Year's Day");
        add(days, year >= 2000 ? monday(year, 1, 2) : LocalDate.of(year, 1, 15), "成人の日", "Coming of Age Day");
        if (year >= 1967) {
            add(days, LocalDate.of(year, 2, 11), "建国記念の日", "National Foundation Day");
        }
        if (year >= 2020) {
            add(days, LocalDate.of(year, 2, 23), EMPERORS_BIRTHDAY_JA, EMPERORS_BIRTHDAY_EN);
        }
        add(days, vernalEquinox(year), "春分の日", "Vernal Equinox Day");
        addApril29(days, year);
        if (year == 2019) {
            add(days, LocalDate.of(2019, 5, 1), DEEMED_NATIONAL_HOLIDAY_JA, "Enthronement Day");
        }
        add(days, LocalDate.of(year, 5, 3), "憲法記念日", "Constitution Memorial Day");
        if (year >= 2007) {
            add(days, LocalDate.of(year, 5, 4), "みどりの日", "Greenery Day");
        }
        add(days, LocalDate.of(year, 5, 5), "こどもの日", "Children's Day");
        addMarineDay(days, year);
        addMountainDay(days, year);
        if (year >= 2003) {
            add(days, monday(year, 9, 3), "敬老の日", "Respect for the Aged Day");
        } else if (year >= 1966) {
            add(days, LocalDate.of(year, 9, 15), "敬老の日", "Respect for the Aged Day");
        }
        add(days, autumnalEquinox(year), "秋分の日", "Autumnal Equinox Day");
        addSportsDay(days, year);
        if (year == 2019) {
            add(days, LocalDate.of(2019, 10, 22), DEEMED_NATIONAL_HOLIDAY_JA, "Enthronement Ceremony Day");
        }
        add(days, LocalDate.of(year, 11, 3), "文化の日", "Culture Day");
        add(days, LocalDate.of(year, 11, 23), "勤労感謝の日", "Labor Thanksgiving Day");
        if (year >= 1989 && year <= 2018) {
            add(days, LocalDate.of(year, 12, 23), EMPERORS_BIRTHDAY_JA, EMPERORS_BIRTHDAY_EN);
        }
        days.sort(Comparator.comparing(NationalHoliday::date));
        return days;
    }

    /**
     * Days off that a one-off act makes a 休日 without making them 国民の祝日, so they neither get a substitute nor
     * bridge a citizens' holiday.
     */
    static List<NationalHoliday> ceremonialDaysOff(int year) {
        return switch (year) {
            case 1959 -> List.of(new NationalHoliday(LocalDate.of(1959, 4, 10), "結婚の儀",
                    "Wedding Ceremony of Crown Prince Akihito"));
            case 1989 -> List.of(new NationalHoliday(LocalDate.of(1989, 2, 24), "大喪の礼",
                    "Funeral Ceremony of Emperor Showa"));
            case 1990 -> List.of(new NationalHoliday(LocalDate.of(1990, 11, 12), "即位礼正殿の儀",
                    "Enthronement Ceremony Day"));
            case 1993 -> List.of(new NationalHoliday(LocalDate.of(1993, 6, 9), "結婚の儀",
                    "Wedding Ceremony of Crown Prince Naruhito"));
            default -> List.of();
        };
    }

    /**
     * The law fixes 春分の日 as the day of the vernal equinox (春分日), which the National Astronomical Observatory
     * publishes only for the coming year. The approximation used here gives every published date since 1955.
     */
    static LocalDate vernalEquinox(int year) {
        return LocalDate.of(year, 3, equinoxDay(year, year < 1980 ? 20.8357 : 20.8431));
    }

    /** Same as {@link #vernalEquinox(int)} for 秋分の日 and the autumnal equinox (秋分日). */
    static LocalDate autumnalEquinox(int year) {
        return LocalDate.of(year, 9, equinoxDay(year, year < 1980 ? 23.2588 : 23.2488));
    }

    /**
     * {@code int(base + 0.242194 * (year - 1980) - int((year - leapBase) / 4))}: the equinox drifts by about 0.2422
     * days a year and jumps back a day with each leap day. The leap term must truncate toward zero (Java's integer
     * division), not floor, or the years before 1983 come out a day late.
     */
    private static int equinoxDay(int year, double base) {
        int leapDays = year < 1980 ? (year - 1983) / 4 : (year - 1980) / 4;
        return (int) (base + 0.242194 * (year - 1980) - leapDays);
    }

    private static void addApril29(List<NationalHoliday> days, int year) {
        LocalDate april29 = LocalDate.of(year, 4, 29);
        if (year >= 2007) {
            add(days, april29, "昭和の日", "Showa Day");
        } else if (year >= 1989) {
            add(days, april29, "みどりの日", "Greenery Day");
        } else {
            add(days, april29, EMPERORS_BIRTHDAY_JA, EMPERORS_BIRTHDAY_EN);
        }
    }

    /** In 2020 and 2021 the Olympic special measures act puts it the day before the Games' opening ceremony. */
    private static void addMarineDay(List<NationalHoliday> days, int year) {
        LocalDate date;
        if (year == 2020) {
            date = LocalDate.of(2020, 7, 23);
        } else if (year == 2021) {
            date = LocalDate.of(2021, 7, 22);
        } else if (year >= 2003) {
            date = monday(year, 7, 3);
        } else if (year >= 1996) {
            date = LocalDate.of(year, 7, 20);
        } else {
            return;
        }
        add(days, date, "海の日", "Marine Day");
    }

    /** In 2020 and 2021 the Olympic special measures act puts it next to the Games' closing ceremony. */
    private static void addMountainDay(List<NationalHoliday> days, int year) {
        LocalDate date;
        if (year == 2020) {
            date = LocalDate.of(2020, 8, 10);
        } else if (year == 2021) {
            date = LocalDate.of(2021, 8, 8);
        } else if (year >= 2016) {
            date = LocalDate.of(year, 8, 11);
        } else {
            return;
        }
        add(days, date, "山の日", "Mountain Day");
    }

    /**
     * In 2020 and 2021 the Olympic special measures act puts it on the Games' opening day, leaving none in October.
     * 2019's is named 体育の日（スポーツの日） because that is how the Cabinet Office list names it.
     */
    private static void addSportsDay(List<NationalHoliday> days, int year) {
        if (year == 2020) {
            add(days, LocalDate.of(2020, 7, 24), "スポーツの日", "Sports Day");
        } else if (year == 2021) {
            add(days, LocalDate.of(2021, 7, 23), "スポーツの日", "Sports Day");
        } else if (year >= 2022) {
            add(days, monday(year, 10, 2), "スポーツの日", "Sports Day");
        } else if (year == 2019) {
            add(days, monday(year, 10, 2), "体育の日（スポーツの日）", "Health and Sports Day");
        } else if (year >= 2000) {
            add(days, monday(year, 10, 2), "体育の日", "Health and Sports Day");
        } else if (year >= 1966) {
            add(days, LocalDate.of(year, 10, 10), "体育の日", "Health and Sports Day");
        }
    }

    /** The {@code nth} Monday of the month: "Happy Monday" holidays fall there to make a three-day weekend. */
    private static LocalDate monday(int year, int month, int nth) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(nth, DayOfWeek.MONDAY));
    }

    private static void add(List<NationalHoliday> days, LocalDate date, String nameJa, String nameEn) {
        days.add(new NationalHoliday(date, nameJa, nameEn));
    }
}
