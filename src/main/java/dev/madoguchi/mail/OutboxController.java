package dev.madoguchi.mail;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff outbox page (issue 10: staff can see the outbox and its failures), ADMIN and PSIRT by {@link MailRoutes}. */
@Controller
@RequestMapping("/admin/outbox")
class OutboxController {

    private final OutboxDesk desk;
    private final MailSettings settings;

    OutboxController(OutboxDesk desk, MailSettings settings) {
        this.desk = desk;
        this.settings = settings;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "all") String status, Model model) {
        OutboxDesk.Filter filter = OutboxDesk.Filter.of(status);
        model.addAttribute("filter", filter.name().toLowerCase(Locale.ROOT));
        model.addAttribute("messages", desk.recent(filter));
        model.addAttribute("counts", desk.counts());
        model.addAttribute("delivering", settings.delivering());
        return "mail/outbox";
    }

    @PostMapping("/{id}/retry")
    String retry(@PathVariable long id, RedirectAttributes redirect) {
        desk.retry(id);
        redirect.addFlashAttribute("notice", "outbox.retried");
        return "redirect:/admin/outbox";
    }
}
