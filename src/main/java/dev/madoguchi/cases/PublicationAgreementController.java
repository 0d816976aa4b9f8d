package dev.madoguchi.cases;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import dev.madoguchi.identity.StaffPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording, changing and withdrawing the agreed publication date, from the case page. A refused form returns to the
 * case page saying why, with everything typed back in its form.
 */
@Controller
@RequestMapping("/cases/{reference}/publication-agreement")
class PublicationAgreementController {

    /** The section of the case page these acts return to. */
    private static final String SECTION = "publication-title";

    private final PublicationAgreements agreements;
    private final PublicationProposals proposals;
    private final MessageSource messages;

    PublicationAgreementController(PublicationAgreements agreements, PublicationProposals proposals,
            MessageSource messages) {
        this.agreements = agreements;
        this.proposals = proposals;
        this.messages = messages;
    }

    @PostMapping
    String record(@AuthenticationPrincipal StaffPrincipal p, @PathVariable String reference,
            @RequestParam Map<String, String> request, RedirectAttributes redirect, Locale locale) {
        CaseViewer viewer = CaseViewer.of(p);
        // who may act is settled before the form is read: someone who may not gets 404, never a message about the form
        agreements.handled(reference, viewer);
        AgreementForm form = AgreementForm.typed(request);
        try {
            proposals.recordAgreed(reference, viewer, form.publishAt(), form.parties());
        } catch (CaseRuleViolation violation) {
            redirect.addFlashAttribute("agreementDraft", new HashMap<>(form.values()));
            return refused(reference, violation, redirect, locale);
        }
        return back(reference, redirect, "case.done.publication-agreed");
    }

    @PostMapping("/withdraw")
    String withdraw(@AuthenticationPrincipal StaffPrincipal p, @PathVariable String reference,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect, Locale locale) {
        try {
            proposals.withdrawAgreed(reference, CaseViewer.of(p), reason);
        } catch (CaseRuleViolation violation) {
            redirect.addFlashAttribute("withdrawalReason", reason);
            return refused(reference, violation, redirect, locale);
        }
        return back(reference, redirect, "case.done.publication-agreement-withdrawn");
    }

    private String refused(String reference, CaseRuleViolation violation, RedirectAttributes redirect,
            Locale locale) {
        return CasePageRedirect.refused(messages, reference, SECTION, violation, redirect, locale);
    }

    private static String back(String reference, RedirectAttributes redirect, String notice) {
        return CasePageRedirect.done(reference, SECTION, redirect, notice);
    }
}
