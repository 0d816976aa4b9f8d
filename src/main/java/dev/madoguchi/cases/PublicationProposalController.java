package dev.madoguchi.cases;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import dev.madoguchi.identity.StaffPrincipal;
import dev.madoguchi.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Proposing, counter-proposing and accepting a publication date from the case page, for PSIRT and for the
 * coordinators assigned to the case (issue 10). Anyone else, and anyone on another case, gets 404.
 */
@Controller
@RequestMapping("/cases/{reference}/publication-proposals")
class PublicationProposalController {

    /** The section of the case page these acts return to. */
    private static final String SECTION = "publication-proposal-title";

    private final CaseClosing closing;
    private final PublicationProposals proposals;
    private final MessageSource messages;

    PublicationProposalController(CaseClosing closing, PublicationProposals proposals, MessageSource messages) {
        this.closing = closing;
        this.proposals = proposals;
        this.messages = messages;
    }

    @PostMapping
    String propose(@AuthenticationPrincipal StaffPrincipal p, @PathVariable String reference,
            @RequestParam Map<String, String> request, RedirectAttributes redirect, Locale locale) {
        CaseViewer viewer = CaseViewer.of(p);
        Case c = closing.visible(reference, viewer);
        ProposalParty party = party(c, viewer);
        AgreementForm form = AgreementForm.typed(request);
        try {
            proposals.propose(c, party, viewer.username(), form.publishAt());
        } catch (CaseRuleViolation violation) {
            redirect.addFlashAttribute("proposalDraft", new HashMap<>(form.values()));
            return refused(reference, violation, redirect, locale);
        }
        return back(reference, redirect, "proposal.done.proposed");
    }

    @PostMapping("/{id}/accept")
    String accept(@AuthenticationPrincipal StaffPrincipal p, @PathVariable String reference, @PathVariable long id,
            RedirectAttributes redirect, Locale locale) {
        CaseViewer viewer = CaseViewer.of(p);
        Case c = closing.visible(reference, viewer);
        try {
            proposals.accept(c, party(c, viewer), viewer.username(), id);
        } catch (CaseRuleViolation violation) {
            return refused(reference, violation, redirect, locale);
        }
        return back(reference, redirect, "proposal.done.accepted");
    }

    private ProposalParty party(Case c, CaseViewer viewer) {
        return proposals.staffParty(c, viewer)
                .orElseThrow(() -> new NotFoundException("publication proposal of " + c.reference()));
    }

    private String refused(String reference, CaseRuleViolation violation, RedirectAttributes redirect,
            Locale locale) {
        return CasePageRedirect.refused(messages, reference, SECTION, violation, redirect, locale);
    }

    private static String back(String reference, RedirectAttributes redirect, String notice) {
        return CasePageRedirect.done(reference, SECTION, redirect, notice);
    }
}
