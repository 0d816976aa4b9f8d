package dev.madoguchi.initiatives;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.madoguchi.shared.Refusal;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The outbound reports for PSIRT and administrators: the queue, the form, the detail page with its log and acts. */
@Controller
class InitiativeController {

    private final Initiatives initiatives;
    private final MessageSource messages;

    InitiativeController(Initiatives initiatives, MessageSource messages) {
        this.initiatives = initiatives;
        this.messages = messages;
    }

    @GetMapping("/initiatives")
    String queue(Model model) {
        model.addAttribute("reports", initiatives.queue());
        model.addAttribute("today", initiatives.today());
        return "initiatives/list";
    }

    @GetMapping("/initiatives/new")
    String blank(Model model, Authentication viewer) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", OutboundReportForm.blank(viewer.getName()));
        }
        return "initiatives/form";
    }

    @GetMapping("/initiatives/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("report", initiatives.get(id));
        model.addAttribute("notes", initiatives.notes(id));
        model.addAttribute("today", initiatives.today());
        return "initiatives/detail";
    }

    @GetMapping("/initiatives/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        OutboundReport report = initiatives.get(id);
        model.addAttribute("report", report);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", OutboundReportForm.of(report));
        }
        return "initiatives/form";
    }

    @PostMapping("/initiatives")
    String create(@RequestParam Map<String, String> request, Authentication author, RedirectAttributes redirect,
            Locale locale) {
        OutboundReportForm form = OutboundReportForm.typed(request);
        try {
            long id = initiatives.create(form, author.getName());
            redirect.addFlashAttribute("notice", "initiatives.saved");
            return "redirect:/initiatives/" + id;
        } catch (Refusal refused) {
            redirect.addFlashAttribute("form", form);
            return refused(refused, "redirect:/initiatives/new", redirect, locale);
        }
    }

    @PostMapping("/initiatives/{id}")
    String save(@PathVariable long id, @RequestParam Map<String, String> request, Authentication author,
            RedirectAttributes redirect, Locale locale) {
        OutboundReportForm form = OutboundReportForm.typed(request);
        try {
            initiatives.edit(id, form, author.getName());
        } catch (Refusal refused) {
            redirect.addFlashAttribute("form", form);
            return refused(refused, "redirect:/initiatives/" + id + "/edit", redirect, locale);
        }
        redirect.addFlashAttribute("notice", "initiatives.saved");
        return "redirect:/initiatives/" + id;
    }

    @PostMapping("/initiatives/{id}/state")
    String move(@PathVariable long id, @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "") String outcome, Authentication author, RedirectAttributes redirect,
            Locale locale) {
        try {
            initiatives.move(id, to, outcome, author.getName());
        } catch (Refusal refused) {
            redirect.addFlashAttribute("typedOutcome", outcome);
            return refused(refused, "redirect:/initiatives/" + id, redirect, locale);
        }
        redirect.addFlashAttribute("notice", "initiatives.moved");
        return "redirect:/initiatives/" + id;
    }

    @PostMapping("/initiatives/{id}/notes")
    String note(@PathVariable long id, @RequestParam(defaultValue = "") String notedOn,
            @RequestParam(defaultValue = "") String note, Authentication author, RedirectAttributes redirect,
            Locale locale) {
        try {
            initiatives.note(id, notedOn, note, author.getName());
        } catch (Refusal refused) {
            redirect.addFlashAttribute("typedNote", note);
            redirect.addFlashAttribute("typedNotedOn", notedOn);
            return refused(refused, "redirect:/initiatives/" + id, redirect, locale);
        }
        redirect.addFlashAttribute("notice", "initiatives.noted");
        return "redirect:/initiatives/" + id;
    }

    private String refused(Refusal refused, String to, RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("problemTexts", List.of(messages.getMessage(refused.messageKey(),
                refused.arguments().toArray(), refused.messageKey(), locale)));
        return to;
    }
}
