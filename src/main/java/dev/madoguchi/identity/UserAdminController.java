package dev.madoguchi.identity;

import java.time.Clock;
import java.util.List;

import dev.madoguchi.shared.NotFoundException;
import dev.madoguchi.shared.Role;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration of staff accounts (ADMIN only, by the route rules). */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final StaffAccounts accounts;
    private final StaffAccountAdministration administration;
    private final PersonalApiTokens tokens;
    private final Clock clock;

    UserAdminController(StaffAccounts accounts, StaffAccountAdministration administration, PersonalApiTokens tokens,
            Clock clock) {
        this.accounts = accounts;
        this.administration = administration;
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", accounts.all().stream().map(a -> a.view(clock.instant())).toList());
        return "identity/users";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("userForm", new UserForm());
        model.addAttribute("allRoles", Role.values());
        return "identity/user-new";
    }

    @PostMapping
    String create(@ModelAttribute UserForm userForm, BindingResult result, Model model) {
        try {
            StaffAccountAdministration.Created created = administration.create(userForm.getUsername(),
                    userForm.getDisplayName(), userForm.getEmail(), userForm.language(), userForm.getRoles(), null, true);
            model.addAttribute("account", view(created.id()));
            model.addAttribute("temporaryPassword", created.temporaryPassword());
            return "identity/user-password-issued";
        } catch (AccountRuleViolation violation) {
            FormErrors.addTo(result, violation);
            model.addAttribute("allRoles", Role.values());
            return "identity/user-new";
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        StaffAccountView account = view(id);
        model.addAttribute("account", account);
        if (!model.containsAttribute("userForm")) {
            model.addAttribute("userForm", UserForm.of(account));
        }
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("tokens", tokens.of(id));
        model.addAttribute("now", clock.instant());
        return "identity/user";
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal StaffPrincipal actor, @PathVariable long id,
            @ModelAttribute UserForm userForm, BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            administration.update(actor, id, userForm.getDisplayName(), userForm.getEmail(), userForm.language(),
                    userForm.getRoles());
        } catch (AccountRuleViolation violation) {
            FormErrors.addTo(result, violation);
            return show(id, model);
        }
        redirect.addFlashAttribute("notice", "user.saved");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@AuthenticationPrincipal StaffPrincipal actor, @PathVariable long id,
            RedirectAttributes redirect) {
        return act(id, redirect, "user.deactivated", () -> administration.deactivate(actor, id));
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "user.reactivated", () -> administration.reactivate(id));
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "user.unlocked", () -> administration.unlock(id));
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable long id, Model model) {
        String temporary = administration.resetPassword(id);
        model.addAttribute("account", view(id));
        model.addAttribute("temporaryPassword", temporary);
        return "identity/user-password-issued";
    }

    @PostMapping("/{id}/tokens/{tokenId}/revoke")
    String revokeToken(@PathVariable long id, @PathVariable long tokenId, RedirectAttributes redirect) {
        ApiTokenView token = tokens.find(tokenId).filter(t -> t.userId() == id)
                .orElseThrow(() -> new NotFoundException("api token " + tokenId));
        tokens.revoke(token);
        redirect.addFlashAttribute("notice", "token.revoked");
        return "redirect:/admin/users/" + id;
    }

    private String act(long id, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (AccountRuleViolation violation) {
            redirect.addFlashAttribute("problems",
                    List.copyOf(violation.problems().stream().map(AccountRuleViolation.Problem::messageKey).toList()));
        }
        return "redirect:/admin/users/" + id;
    }

    private StaffAccountView view(long id) {
        return accounts.findById(id).map(a -> a.view(clock.instant()))
                .orElseThrow(() -> new NotFoundException("staff account " + id));
    }
}
