package dev.madoguchi.cna;

import java.util.List;
import java.util.Locale;

import dev.madoguchi.identity.StaffPrincipal;
import dev.madoguchi.shared.Refusal;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The CVE ID pool for PSIRT: the IDs held, entering reserved IDs, rejecting one with a reason. */
@Controller
class CnaController {

    private final CveIdPool pool;
    private final MessageSource messages;

    CnaController(CveIdPool pool, MessageSource messages) {
        this.pool = pool;
        this.messages = messages;
    }

    @GetMapping("/cna/ids")
    String ids(Model model) {
        model.addAttribute("ids", pool.all());
        model.addAttribute("reserved", pool.reservedCount());
        return "cna/ids";
    }

    @PostMapping("/cna/ids")
    String enter(@RequestParam(defaultValue = "") String ids, @AuthenticationPrincipal StaffPrincipal principal,
            RedirectAttributes redirect, Locale locale) {
        try {
            int added = pool.enter(ids, principal.getUsername());
            redirect.addFlashAttribute("entered", added);
        } catch (Refusal refused) {
            redirect.addFlashAttribute("problemTexts", List.of(text(refused, locale)));
            redirect.addFlashAttribute("idsTyped", ids);
        }
        return "redirect:/cna/ids";
    }

    @PostMapping("/cna/ids/reject")
    String reject(@RequestParam(defaultValue = "") String id, @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal StaffPrincipal principal, RedirectAttributes redirect, Locale locale) {
        try {
            pool.reject(id, reason, principal.getUsername());
            redirect.addFlashAttribute("notice", "cve.rejected");
        } catch (Refusal refused) {
            redirect.addFlashAttribute("problemTexts", List.of(text(refused, locale)));
            redirect.addFlashAttribute("rejectTyped", List.of(id, reason));
        }
        return "redirect:/cna/ids";
    }

    private String text(Refusal refused, Locale locale) {
        return messages.getMessage(refused.messageKey(), refused.arguments().toArray(), refused.messageKey(), locale);
    }
}
