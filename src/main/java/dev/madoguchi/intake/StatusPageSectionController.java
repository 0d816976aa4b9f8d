package dev.madoguchi.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.madoguchi.shared.NotFoundException;
import dev.madoguchi.shared.Refusal;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the status page's sections from other modules. The token is checked here, as for every status page
 * form; a section that does not exist answers 404 like an unknown link. A refused form comes back with what was
 * typed and the reason in the reporter's language.
 */
@Controller
class StatusPageSectionController {

    private final StatusLinks links;
    private final Reports reports;
    private final List<StatusPageSection> sections;
    private final TransactionTemplate transaction;
    private final MessageSource messages;

    StatusPageSectionController(StatusLinks links, Reports reports, List<StatusPageSection> sections,
            TransactionTemplate transaction, MessageSource messages) {
        this.links = links;
        this.reports = reports;
        this.sections = sections;
        this.transaction = transaction;
        this.messages = messages;
    }

    @PostMapping("/r/{token}/sections/{name}/{action}")
    String answer(@PathVariable String token, @PathVariable String name, @PathVariable String action,
            @RequestParam Map<String, String> form, RedirectAttributes redirect, Locale locale) {
        SubmittedReport report = links.reportOf(token).flatMap(reports::byId).filter(r -> !r.withdrawn())
                .orElseThrow(() -> new NotFoundException("status link"));
        StatusPageSection section = sections.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("status page section " + name));
        Map<String, String> typed = new HashMap<>(form);
        typed.remove("_csrf");
        try {
            String notice = transaction.execute(tx -> section.answer(report.id(), action, typed));
            redirect.addFlashAttribute("notice", notice);
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("sectionProblems", List.of(messages.getMessage(refusal.messageKey(),
                    refusal.arguments().toArray(), refusal.messageKey(), locale)));
            redirect.addFlashAttribute("sectionDraft", typed);
        }
        return "redirect:/r/" + token + "#section-" + name;
    }
}
