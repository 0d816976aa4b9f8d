package dev.madoguchi.coordinators;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.madoguchi.shared.NotFoundException;
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

/** The coordinator organizations for administrators: the list, adding, editing, deactivating. */
@Controller
class CoordinatorAdminController {

    private final Coordinators coordinators;
    private final MessageSource messages;

    CoordinatorAdminController(Coordinators coordinators, MessageSource messages) {
        this.coordinators = coordinators;
        this.messages = messages;
    }

    @GetMapping("/admin/coordinators")
    String list(Model model) {
        model.addAttribute("organizations", coordinators.all());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", OrganizationForm.blank());
        }
        return "coordinators/list";
    }

    @GetMapping("/admin/coordinators/{id}")
    String edit(@PathVariable long id, Model model) {
        CoordinatorOrganization organization = coordinators.byId(id)
                .orElseThrow(() -> new NotFoundException("coordinator " + id));
        model.addAttribute("organization", organization);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", OrganizationForm.of(organization));
        }
        return "coordinators/edit";
    }

    @PostMapping("/admin/coordinators")
    String add(@RequestParam Map<String, String> request, Authentication author, RedirectAttributes redirect,
            Locale locale) {
        OrganizationForm form = OrganizationForm.typed(request);
        try {
            coordinators.add(form, author.getName());
        } catch (Refusal refused) {
            return refused(refused, form, "redirect:/admin/coordinators", redirect, locale);
        }
        redirect.addFlashAttribute("notice", "coordinators.saved");
        return "redirect:/admin/coordinators";
    }

    @PostMapping("/admin/coordinators/{id}")
    String save(@PathVariable long id, @RequestParam Map<String, String> request, Authentication author,
            RedirectAttributes redirect, Locale locale) {
        OrganizationForm form = OrganizationForm.typed(request);
        try {
            coordinators.edit(id, form, author.getName());
        } catch (Refusal refused) {
            return refused(refused, form, "redirect:/admin/coordinators/" + id, redirect, locale);
        }
        redirect.addFlashAttribute("notice", "coordinators.saved");
        return "redirect:/admin/coordinators";
    }

    @PostMapping("/admin/coordinators/{id}/deactivate")
    String deactivate(@PathVariable long id, Authentication author, RedirectAttributes redirect) {
        coordinators.setActive(id, false, author.getName());
        redirect.addFlashAttribute("notice", "coordinators.deactivated");
        return "redirect:/admin/coordinators";
    }

    @PostMapping("/admin/coordinators/{id}/reactivate")
    String reactivate(@PathVariable long id, Authentication author, RedirectAttributes redirect) {
        coordinators.setActive(id, true, author.getName());
        redirect.addFlashAttribute("notice", "coordinators.reactivated");
        return "redirect:/admin/coordinators";
    }

    private String refused(Refusal refused, OrganizationForm form, String to, RedirectAttributes redirect,
            Locale locale) {
        redirect.addFlashAttribute("problemTexts", List.of(messages.getMessage(refused.messageKey(),
                refused.arguments().toArray(), refused.messageKey(), locale)));
        redirect.addFlashAttribute("form", form);
        return to;
    }
}
