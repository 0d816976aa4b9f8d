package dev.madoguchi.advisories;

import java.util.List;
import java.util.Locale;

import dev.madoguchi.cases.CaseViewer;
import dev.madoguchi.cna.CveIdPool;
import dev.madoguchi.identity.StaffPrincipal;
import dev.madoguchi.shared.Refusal;
import dev.madoguchi.vulnerabilities.AffectedProduct;
import dev.madoguchi.vulnerabilities.Vulnerability;
import dev.madoguchi.vulnerabilities.VulnerabilityDirectory;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Drafting advisories: from a case's vulnerabilities, then each field in Japanese and English side by side. */
@Controller
class AdvisoryDraftController {

    /** A covered vulnerability as the editor shows it: its CVE ID and its affected-products table. */
    record Covered(Vulnerability vulnerability, String cveId, List<AffectedProduct> affected) {
    }

    private final AdvisoryDrafts drafts;
    private final AdvisoryReview review;
    private final AdvisoryAcknowledgments acknowledgments;
    private final AdvisoryReferences references;
    private final VulnerabilityDirectory vulnerabilities;
    private final CveIdPool cveIds;
    private final MessageSource messages;

    AdvisoryDraftController(AdvisoryDrafts drafts, AdvisoryReview review, AdvisoryAcknowledgments acknowledgments,
            AdvisoryReferences references, VulnerabilityDirectory vulnerabilities, CveIdPool cveIds,
            MessageSource messages) {
        this.drafts = drafts;
        this.review = review;
        this.acknowledgments = acknowledgments;
        this.references = references;
        this.vulnerabilities = vulnerabilities;
        this.cveIds = cveIds;
        this.messages = messages;
    }

    @PostMapping("/cases/{reference}/advisories")
    String create(@PathVariable String reference, @AuthenticationPrincipal StaffPrincipal principal,
            RedirectAttributes redirect, Locale locale) {
        try {
            return "redirect:/desk/advisories/" + drafts.create(reference, CaseViewer.of(principal));
        } catch (Refusal refused) {
            redirect.addFlashAttribute("problemTexts", List.of(messages.getMessage(refused.messageKey(),
                    refused.arguments().toArray(), locale)));
            return "redirect:/cases/" + reference + "/vulnerabilities";
        }
    }

    @GetMapping("/desk/advisories")
    String list(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
        model.addAttribute("advisories", drafts.all(CaseViewer.of(principal)));
        return "advisories/list";
    }

    @GetMapping("/desk/advisories/{id}")
    String editor(@PathVariable String id, @AuthenticationPrincipal StaffPrincipal principal, Model model) {
        CaseViewer viewer = CaseViewer.of(principal);
        AdvisoryStatus status = review.status(id, viewer);
        List<Vulnerability> covered = drafts.covered(id, viewer);
        model.addAttribute("id", id);
        model.addAttribute("status", status);
        model.addAttribute("incomplete", review.incomplete(id, status));
        model.addAttribute("mayApprove", !status.editors().contains(viewer.username()));
        model.addAttribute("texts", drafts.texts(id, viewer));
        model.addAttribute("credits", acknowledgments.fromCases(covered));
        model.addAttribute("addedAcknowledgments", acknowledgments.added(id));
        model.addAttribute("references", references.added(id));
        model.addAttribute("sources", List.of("JVN", "ICS-CERT", "CVE", "URL"));
        model.addAttribute("covered", covered.stream()
                .map(v -> new Covered(v, cveIds.ofVulnerability(v.id()).map(c -> c.id()).orElse(null),
                        vulnerabilities.affected(v)))
                .toList());
        return "advisories/editor";
    }

    @PostMapping("/desk/advisories/{id}/texts/{field}")
    String save(@PathVariable String id, @PathVariable String field, @RequestParam(defaultValue = "") String ja,
            @RequestParam(defaultValue = "") String en, @RequestParam(defaultValue = "false") boolean confirm,
            @AuthenticationPrincipal StaffPrincipal principal, Model model, Locale locale) {
        AdvisoryField which;
        try {
            which = AdvisoryField.fromCode(field);
        } catch (IllegalArgumentException unknown) {
            throw new dev.madoguchi.shared.NotFoundException("advisory field " + field);
        }
        try {
            drafts.save(id, which, ja, en, confirm, CaseViewer.of(principal));
            return "redirect:/desk/advisories/" + id + "#" + which.code();
        } catch (Refusal refused) {
            model.addAttribute("problemTexts", List.of(messages.getMessage(refused.messageKey(),
                    refused.arguments().toArray(), locale)));
            model.addAttribute("typedField", which.code());
            model.addAttribute("typedJa", ja);
            model.addAttribute("typedEn", en);
            return editor(id, principal, model);
        }
    }
}
