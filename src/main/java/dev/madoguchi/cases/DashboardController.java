package dev.madoguchi.cases;

import java.util.Locale;

import dev.madoguchi.identity.StaffPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardController {

    private final CaseDashboard dashboard;
    private final MessageSource messages;

    DashboardController(CaseDashboard dashboard, MessageSource messages) {
        this.dashboard = dashboard;
        this.messages = messages;
    }

    @GetMapping("/cases/dashboard")
    String dashboard(@AuthenticationPrincipal StaffPrincipal principal, Model model, Locale locale) {
        model.addAttribute("figures", dashboard.of(CaseViewer.of(principal),
                code -> messages.getMessage("state." + code, null, code, locale)));
        return "cases/dashboard";
    }
}
