package dev.madoguchi.cases;

import java.util.Locale;

import dev.madoguchi.identity.StaffDirectory;
import dev.madoguchi.identity.StaffPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration of divisions and their members, and of the reply templates. */
@Controller
class CaseAdminController {

    private final Divisions divisions;
    private final ReplyTemplates templates;
    private final StaffDirectory staff;
    private final MessageSource messages;

    CaseAdminController(Divisions divisions, ReplyTemplates templates, StaffDirectory staff, MessageSource messages) {
        this.divisions = divisions;
        this.templates = templates;
        this.staff = staff;
        this.messages = messages;
    }

    @GetMapping("/admin/divisions")
    String divisions(Model model) {
        model.addAttribute("divisions", divisions.all());
        return "cases/divisions";
    }

    @PostMapping("/admin/divisions")
    String create(@RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
        divisions.create(name);
        redirect.addFlashAttribute("notice", "case.done.saved");
        return "redirect:/admin/divisions";
    }

    @PostMapping("/admin/divisions/{id}/members")
    String addMember(@PathVariable long id, @RequestParam(defaultValue = "") String username,
            RedirectAttributes redirect) {
        // a division's members see its cases: only product developers may be members, never external coordinators
        StaffDirectory.StaffMember member = staff.byUsername(username.strip())
                .filter(m -> m.hasRole(dev.madoguchi.shared.Role.DEVELOPER))
                .orElseThrow(() -> new CaseRuleViolation("division.member.unknown"));
        divisions.byId(id).orElseThrow(() -> new CaseRuleViolation("division.unknown"));
        divisions.addMember(id, member.id(), member.username());
        redirect.addFlashAttribute("notice", "case.done.saved");
        return "redirect:/admin/divisions";
    }

    @PostMapping("/admin/divisions/{id}/members/remove")
    String removeMember(@PathVariable long id, @RequestParam String username, RedirectAttributes redirect) {
        staff.byUsername(username).ifPresent(member -> divisions.removeMember(id, member.id(), member.username()));
        redirect.addFlashAttribute("notice", "case.done.saved");
        return "redirect:/admin/divisions";
    }

    @GetMapping("/admin/templates")
    String templates(Model model) {
        model.addAttribute("templates", templates.all());
        return "cases/templates";
    }

    @PostMapping("/admin/templates")
    String saveTemplate(@AuthenticationPrincipal StaffPrincipal principal, @RequestParam String name,
            @RequestParam String language, @RequestParam(defaultValue = "") String body, RedirectAttributes redirect) {
        templates.save(name, language, body, principal.getUsername());
        redirect.addFlashAttribute("notice", "case.done.saved");
        return "redirect:/admin/templates";
    }

    @ExceptionHandler(CaseRuleViolation.class)
    String refused(CaseRuleViolation violation, RedirectAttributes redirect, Locale locale,
            jakarta.servlet.http.HttpServletRequest request) {
        redirect.addFlashAttribute("problemTexts", java.util.List.of(messages.getMessage(violation.messageKey(),
                violation.arguments().toArray(), violation.messageKey(), locale)));
        return request.getRequestURI().startsWith("/admin/templates") ? "redirect:/admin/templates"
                : "redirect:/admin/divisions";
    }
}
