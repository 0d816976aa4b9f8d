package dev.madoguchi.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Changing one's own password, required after a one-time password. */
@Controller
class PasswordController {

    private final PasswordChanges changes;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordController(PasswordChanges changes) {
        this.changes = changes;
    }

    @GetMapping("/account/password")
    String form(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
        model.addAttribute("passwordForm", new PasswordForm());
        model.addAttribute("required", principal.mustChangePassword());
        return "identity/password";
    }

    @PostMapping("/account/password")
    String change(@AuthenticationPrincipal StaffPrincipal principal, @ModelAttribute PasswordForm passwordForm,
            BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            changes.change(principal.id(), passwordForm.getCurrentPassword(), passwordForm.getNewPassword(),
                    passwordForm.getConfirmation());
        } catch (AccountRuleViolation violation) {
            FormErrors.addTo(result, violation);
            model.addAttribute("required", principal.mustChangePassword());
            return "identity/password";
        }
        StaffPrincipal updated = principal.withPasswordChanged();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null,
                updated.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        redirect.addFlashAttribute("notice", "password.changed");
        return "redirect:/desk";
    }
}
