package dev.madoguchi.advisories;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.madoguchi.cases.CaseViewer;
import dev.madoguchi.identity.StaffPrincipal;
import dev.madoguchi.shared.NotFoundException;
import dev.madoguchi.shared.Refusal;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review side of the editor: acknowledgments and references, the revision summary, approval by a second PSIRT
 * member, scheduling, withdrawal, and the preview that renders exactly what will be published.
 */
@Controller
class AdvisoryReviewController {

    private final AdvisoryReview review;
    private final AdvisoryAcknowledgments acknowledgments;
    private final AdvisoryReferences references;
    private final AdvisoryWithdrawal withdrawal;
    private final AdvisoryPreview preview;
    private final MessageSource messages;

    AdvisoryReviewController(AdvisoryReview review, AdvisoryAcknowledgments acknowledgments,
            AdvisoryReferences references, AdvisoryWithdrawal withdrawal, AdvisoryPreview preview,
            MessageSource messages) {
        this.review = review;
        this.acknowledgments = acknowledgments;
        this.references = references;
        this.withdrawal = withdrawal;
        this.preview = preview;
        this.messages = messages;
    }

    @GetMapping("/desk/advisories/{id}/preview/{language}")
    ResponseEntity<String> preview(@PathVariable String id, @PathVariable String language,
            @AuthenticationPrincipal StaffPrincipal principal) {
        if (!language.equals("ja") && !language.equals("en")) {
            throw new NotFoundException("language " + language);
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store")
                .body(preview.page(id, language, CaseViewer.of(principal)));
    }

    @PostMapping("/desk/advisories/{id}/acknowledgments")
    String acknowledge(@PathVariable String id, @RequestParam(defaultValue = "") String nameJa,
            @RequestParam(defaultValue = "") String nameEn, @RequestParam(defaultValue = "") String consent,
            @AuthenticationPrincipal StaffPrincipal principal, RedirectAttributes redirect, Locale locale) {
        return act(id, "acknowledgments", redirect, locale, Map.of("ackNameJa", nameJa, "ackNameEn", nameEn,
                "ackConsent", consent), () -> acknowledgments.add(id, nameJa, nameEn, consent,
                        CaseViewer.of(principal)));
    }

    @PostMapping("/desk/advisories/{id}/acknowledgments/{ack}/remove")
    String unacknowledge(@PathVariable String id, @PathVariable long ack,
            @AuthenticationPrincipal StaffPrincipal principal, RedirectAttributes redirect, Locale locale) {
        return act(id, "acknowledgments", redirect, locale, Map.of(),
                () -> acknowledgments.remove(id, ack, CaseViewer.of(principal)));
    }

    @PostMapping("/desk/advisories/{id}/references")
    String refer(@PathVariable String id, @RequestParam(defaultValue = "") String source,
            @RequestParam(defaultValue = "") String identifier, @RequestParam(defaultValue = "") String url,
            @AuthenticationPrincipal StaffPrincipal principal, RedirectAttributes redirect, Locale locale) {
        return act(id, "references", redirect, locale, Map.of("refSource", source, "refIdentifier", identifier,
                "refUrl", url), () -> references.add(id, source, identifier, url, CaseViewer.of(principal)));
    }

    @PostMapping("/desk/advisories/{id}/references/{reference}/remove")
    String unrefer(@PathVariable String id, @PathVariable long reference,
            @AuthenticationPrincipal StaffPrincipal principal, RedirectAttributes redirect, Locale locale) {
        return act(id, "references", redirect, locale, Map.of(),
                () -> references.remove(id, reference, CaseViewer.of(principal)));
    }

    @PostMapping("/desk/advisories/{id}/summary")
    String summary(@PathVariable String id, @RequestParam(defaultValue = "") String ja,
            @RequestParam(defaultValue = "") String en, @AuthenticationPrincipal StaffPrincipal principal,
            RedirectAttributes redirect, Locale locale) {
        return act(id, "review", redirect, locale, Map.of("summaryJa", ja, "summaryEn", en),
                () -> review.summarize(id, ja, en, CaseViewer.of(principal)));
    }

    @PostMapping("/desk/advisories/{id}/approve")
    String approve(@PathVariable String id, @RequestParam int edition,
            @AuthenticationPrincipal StaffPrincipal principal, RedirectAttributes redirect, Locale locale) {
        return act(id, "review", redirect, locale, Map.of(), () -> review.approve(id, edition,
                CaseViewer.of(principal)));
    }

    @PostMapping("/desk/advisories/{id}/schedule")
    String schedule(@PathVariable String id, @AuthenticationPrincipal StaffPrincipal principal,
            RedirectAttributes redirect, Locale locale) {
        return act(id, "review", redirect, locale, Map.of(), () -> review.schedule(id, CaseViewer.of(principal)));
    }

    @PostMapping("/desk/advisories/{id}/unschedule")
    String unschedule(@PathVariable String id, @AuthenticationPrincipal StaffPrincipal principal,
            RedirectAttributes redirect, Locale locale) {
        return act(id, "review", redirect, locale, Map.of(), () -> review.unschedule(id,
                CaseViewer.of(principal)));
    }

    @PostMapping("/desk/advisories/{id}/withdraw")
    String withdraw(@PathVariable String id, @RequestParam(defaultValue = "") String reasonJa,
            @RequestParam(defaultValue = "") String reasonEn, @AuthenticationPrincipal StaffPrincipal principal,
            RedirectAttributes redirect, Locale locale) {
        return act(id, "review", redirect, locale, Map.of("reasonJa", reasonJa, "reasonEn", reasonEn),
                () -> withdrawal.withdraw(id, reasonJa, reasonEn, CaseViewer.of(principal)));
    }

    /** Runs an act; on a refusal, back to the editor with the reason and everything typed kept. */
    private String act(String id, String anchor, RedirectAttributes redirect, Locale locale,
            Map<String, String> typed, Runnable act) {
        try {
            act.run();
        } catch (Refusal refused) {
            redirect.addFlashAttribute("problemTexts", List.of(messages.getMessage(refused.messageKey(),
                    refused.arguments().toArray(), locale)));
            typed.forEach(redirect::addFlashAttribute);
        }
        return "redirect:/desk/advisories/" + id + "#" + anchor;
    }
}
