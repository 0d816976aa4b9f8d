package dev.madoguchi.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import dev.madoguchi.shared.DisplayTime;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The calendar for administrators: national holidays of a year, company holidays, additions to the national list. */
@Controller
class CalendarController {

    private final WorkingCalendar calendar;
    private final Clock clock;

    CalendarController(WorkingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/admin/calendar")
    String page(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? clock.instant().atZone(DisplayTime.JST).getYear()
                : Math.max(JapaneseHolidays.FIRST_YEAR, Math.min(JapaneseHolidays.LAST_YEAR, year));
        model.addAttribute("year", shown);
        model.addAttribute("national", calendar.nationalHolidays(shown));
        model.addAttribute("company", calendar.companyHolidays());
        model.addAttribute("additions", calendar.additions());
        return "calendar/calendar";
    }

    @PostMapping("/admin/calendar/company")
    String addCompany(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String firstDay,
            @RequestParam(defaultValue = "") String lastDay, Authentication author, RedirectAttributes redirect) {
        try {
            LocalDate first = LocalDate.parse(firstDay);
            LocalDate last = lastDay.isBlank() ? first : LocalDate.parse(lastDay);
            calendar.addCompanyHoliday(name, first, last, author.getName());
            redirect.addFlashAttribute("notice", "calendar.saved");
        } catch (DateTimeParseException | IllegalArgumentException e) {
            redirect.addFlashAttribute("problems", java.util.List.of("calendar.holiday.invalid"));
        }
        return "redirect:/admin/calendar";
    }

    @PostMapping("/admin/calendar/company/{id}/remove")
    String removeCompany(@PathVariable long id, RedirectAttributes redirect) {
        calendar.removeCompanyHoliday(id);
        redirect.addFlashAttribute("notice", "calendar.saved");
        return "redirect:/admin/calendar";
    }

    @PostMapping("/admin/calendar/national")
    String addNational(@RequestParam(defaultValue = "") String day, @RequestParam(defaultValue = "") String nameJa,
            @RequestParam(defaultValue = "") String nameEn, Authentication author, RedirectAttributes redirect) {
        try {
            calendar.addNationalHoliday(LocalDate.parse(day), nameJa, nameEn, author.getName());
            redirect.addFlashAttribute("notice", "calendar.saved");
        } catch (DateTimeParseException | IllegalArgumentException e) {
            redirect.addFlashAttribute("problems", java.util.List.of(e instanceof IllegalArgumentException
                    && e.getMessage() != null && e.getMessage().startsWith("calendar.") ? e.getMessage()
                    : "calendar.addition.invalid"));
        }
        return "redirect:/admin/calendar";
    }
}
