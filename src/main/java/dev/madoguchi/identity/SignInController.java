package dev.madoguchi.identity;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security's filter handles the form's POST. */
@Controller
class SignInController {

    @GetMapping("/sign-in")
    String signIn(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal) {
            return "redirect:/desk";
        }
        return "identity/sign-in";
    }
}
