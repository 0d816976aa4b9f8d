package dev.madoguchi.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import dev.madoguchi.shared.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A staff member's own personal API tokens. */
@Controller
class TokenController {

    /** Lifetimes offered on the form, in days; 0 means no expiry. */
    static final List<Integer> LIFETIMES = List.of(30, 90, 365, 0);

    private final PersonalApiTokens tokens;
    private final Clock clock;

    TokenController(PersonalApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping("/account/tokens")
    String list(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
        return page(principal, model, "", 90, null);
    }

    @PostMapping("/account/tokens")
    String create(@AuthenticationPrincipal StaffPrincipal principal, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "90") int lifetimeDays, Model model) {
        if (name.isBlank() || name.strip().length() > PersonalApiTokens.MAX_NAME_LENGTH) {
            return page(principal, model, name, lifetimeDays, "token.name.invalid");
        }
        if (!LIFETIMES.contains(lifetimeDays)) {
            return page(principal, model, name, lifetimeDays, "token.lifetime.invalid");
        }
        PersonalApiTokens.Issued issued = tokens.issue(principal.id(), principal.getUsername(), name,
                lifetimeDays == 0 ? null : Duration.ofDays(lifetimeDays));
        model.addAttribute("secret", issued.secret());
        model.addAttribute("tokenName", name.strip());
        return "identity/token-created";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable long id,
            RedirectAttributes redirect) {
        ApiTokenView token = tokens.find(id).filter(t -> t.userId() == principal.id())
                .orElseThrow(() -> new NotFoundException("api token " + id));
        tokens.revoke(token);
        redirect.addFlashAttribute("notice", "token.revoked");
        return "redirect:/account/tokens";
    }

    private String page(StaffPrincipal principal, Model model, String name, int lifetimeDays, String error) {
        model.addAttribute("tokens", tokens.of(principal.id()));
        model.addAttribute("now", clock.instant());
        model.addAttribute("lifetimes", LIFETIMES);
        model.addAttribute("name", name);
        model.addAttribute("lifetimeDays", lifetimeDays);
        model.addAttribute("error", error);
        return "identity/tokens";
    }
}
