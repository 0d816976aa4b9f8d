package dev.madoguchi.intake;

import dev.madoguchi.shared.Organization;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LostLinkController {

    private final LostLinks lostLinks;
    private final Organization organization;

    LostLinkController(LostLinks lostLinks, Organization organization) {
        this.lostLinks = lostLinks;
        this.organization = organization;
    }

    @GetMapping("/report/lost-link")
    String form() {
        return "intake/lost-link";
    }

    @PostMapping("/report/lost-link")
    String request(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String trackingNumber,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            lostLinks.request(email, trackingNumber, RequestOrigin.clientAddress(request),
                    RequestOrigin.baseUrl(organization, request));
        } catch (TooManySubmissions limited) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(limited.retryAfterSeconds()));
            model.addAttribute("retryMinutes", (limited.retryAfterSeconds() + 59) / 60);
            return "intake/lost-link";
        }
        model.addAttribute("sent", true);
        return "intake/lost-link";
    }
}
