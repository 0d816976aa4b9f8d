package dev.madoguchi.mail;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff page of mail read from the PSIRT mailbox (issue 10: auto-replies and bounces are recognised), ADMIN and
 * PSIRT by {@link MailRoutes}.
 */
@Controller
class InboundMailController {

    private final InboundMailDesk desk;

    InboundMailController(InboundMailDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/admin/inbound-mail")
    String list(@RequestParam(defaultValue = "all") String outcome, @RequestParam(required = false) Long before,
            Model model) {
        String filter = InboundMailDesk.OUTCOMES.contains(outcome) ? outcome : null;
        model.addAttribute("filter", filter == null ? "all" : filter);
        model.addAttribute("outcomes", InboundMailDesk.OUTCOMES);
        model.addAttribute("page", desk.page(filter, before));
        model.addAttribute("first", before == null);
        return "mail/inbound-mail";
    }
}
