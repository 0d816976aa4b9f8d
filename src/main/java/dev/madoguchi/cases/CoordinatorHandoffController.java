package dev.madoguchi.cases;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import dev.madoguchi.identity.StaffPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinators' references of a case and the hand-off to a coordinator, from the case page. Who may act is
 * settled before the form is read: anyone else gets 404, never a message about the form.
 */
@Controller
@RequestMapping("/cases/{reference}")
class CoordinatorHandoffController {

    /** The section of the case page these acts return to. */
    private static final String SECTION = "coordinators-title";

    private final CoordinatorReferences references;
    private final CoordinatorHandoff handoff;
    private final MessageSource messages;

    CoordinatorHandoffController(CoordinatorReferences references, CoordinatorHandoff handoff,
            MessageSource messages) {
        this.references = references;
        this.handoff = handoff;
        this.messages = messages;
    }

    @PostMapping("/coordinator-references")
    String record(@AuthenticationPrincipal StaffPrincipal p, @PathVariable String reference,
            @RequestParam(defaultValue = "") String organization, @RequestParam(defaultValue = "") String caseNumber,
            @RequestParam(defaultValue = "") String jvnId, @RequestParam(defaultValue = "") String jvnvuId,
            RedirectAttributes redirect, Locale locale) {
        CaseViewer viewer = CaseViewer.of(p);
        references.handled(reference, viewer);
        try {
            references.record(reference, viewer, organizationId(organization), caseNumber, jvnId, jvnvuId);
        } catch (CaseRuleViolation violation) {
            Map<String, String> typed = new HashMap<>(Map.of("organization", organization, "caseNumber", caseNumber,
                    "jvnId", jvnId, "jvnvuId", jvnvuId));
            redirect.addFlashAttribute("referencesDraft", typed);
            return refused(reference, violation, redirect, locale);
        }
        redirect.addFlashAttribute("notice", "case.done.coordinator-references");
        return CasePageRedirect.to(reference, SECTION);
    }

    /** The hand-off as it will go out, for the handler to review before it is queued. */
    @GetMapping("/coordinator-handoff")
    String review(@AuthenticationPrincipal StaffPrincipal p, @PathVariable String reference,
            @RequestParam(defaultValue = "") String organization, Model model, RedirectAttributes redirect,
            Locale locale) {
        CaseViewer viewer = CaseViewer.of(p);
        Case c = references.handled(reference, viewer);
        try {
            model.addAttribute("handoff", handoff.compose(reference, viewer, organizationId(organization)));
        } catch (CaseRuleViolation violation) {
            return refused(reference, violation, redirect, locale);
        }
        model.addAttribute("c", c);
        return "cases/handoff";
    }

    @PostMapping("/coordinator-handoff")
    String send(@AuthenticationPrincipal StaffPrincipal p, @PathVariable String reference,
            @RequestParam(defaultValue = "") String organization, RedirectAttributes redirect, Locale locale) {
        CaseViewer viewer = CaseViewer.of(p);
        references.handled(reference, viewer);
        CoordinatorHandoff.Handoff sent;
        try {
            sent = handoff.send(reference, viewer, organizationId(organization));
        } catch (CaseRuleViolation violation) {
            return refused(reference, violation, redirect, locale);
        }
        redirect.addFlashAttribute("notice", sent.detailed() ? "case.done.handoff-sent"
                : "case.done.handoff-notice-only");
        return CasePageRedirect.to(reference, SECTION);
    }

    private static long organizationId(String typed) {
        try {
            return Long.parseLong(typed.strip());
        } catch (NumberFormatException e) {
            throw new CaseRuleViolation("case.coordinator.unknown");
        }
    }

    private String refused(String reference, CaseRuleViolation violation, RedirectAttributes redirect,
            Locale locale) {
        return CasePageRedirect.refused(messages, reference, SECTION, violation, redirect, locale);
    }
}
