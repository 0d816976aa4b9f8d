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

/**
 * The coordinator organizations for administrators: the list, adding, editing, deactivating, and the accounts that
 * speak for each organization.
 */
@Controller
class CoordinatorAdminController {

    private final Coordinators coordinators;
    private final CoordinatorContacts contacts;
    private final MessageSource messages;

    CoordinatorAdminController(Coordinators coordinators, CoordinatorContacts contacts, MessageSource messages) {
        this.coordinators = coordinators;
        this.contacts = contacts;
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
        model.addAttribute("contacts", coordinators.contactsOf(id));
        model.addAttribute("candidates", contacts.candidates());
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

    @PostMapping("/admin/coordinators/{id}/contacts")
    String addContact(@PathVariable long id, @RequestParam(defaultValue = "") String username,
            Authentication author, RedirectAttributes redirect, Locale locale) {
        String to = "redirect:/admin/coordinators/" + id + "#contacts-title";
        try {
            contacts.add(id, username, author.getName());
        } catch (Refusal refused) {
            return problem(refused, to, redirect, locale);
        }
        redirect.addFlashAttribute("notice", "coordinators.contact.added");
        return to;
    }

    @PostMapping("/admin/coordinators/{id}/contacts/{userId}/remove")
    String removeContact(@PathVariable long id, @PathVariable long userId, RedirectAttributes redirect) {
        contacts.remove(id, userId);
        redirect.addFlashAttribute("notice", "coordinators.contact.removed");
        return "redirect:/admin/coordinators/" + id + "#contacts-title";
    }

    private String refused(Refusal refused, OrganizationForm form, String to, RedirectAttributes redirect,
            Locale locale) {
        redirect.addFlashAttribute("form", form);
        return problem(refused, to, redirect, locale);
    }

    private String problem(Refusal refused, String to, RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("problemTexts", List.of(messages.getMessage(refused.messageKey(),
                refused.arguments().toArray(), refused.messageKey(), locale)));
        return to;
    }
}
