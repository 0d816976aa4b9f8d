package dev.madoguchi.cases;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import dev.madoguchi.identity.StaffPrincipal;
import dev.madoguchi.shared.DisplayTime;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/** The acts on a case, each a form on the case page; a refused act returns to the page saying why. */
@Controller
@RequestMapping("/cases/{reference}")
class CaseActionController {

    private final CaseWorkflow workflow;
    private final CaseClosing closing;
    private final CaseParticipants participants;
    private final CaseConversation conversation;
    private final MessageSource messages;

    CaseActionController(CaseWorkflow workflow, CaseClosing closing, CaseParticipants participants,
            CaseConversation conversation, MessageSource messages) {
        this.workflow = workflow;
        this.closing = closing;
        this.participants = participants;
        this.conversation = conversation;
        this.messages = messages;
    }

    private static CaseViewer v(StaffPrincipal principal) {
        return CaseViewer.of(principal);
    }

    private static String back(String reference, RedirectAttributes redirect, String notice) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/cases/" + reference;
    }

    @PostMapping("/acknowledge")
    String acknowledge(@AuthenticationPrincipal StaffPrincipal p, @PathVariable String reference,
            @RequestParam(defaultValue = "") String reply, RedirectAttributes redirect) {
        workflow.acknowledge(reference, v(p), reply);
        return back(reference, redirect, "case.done.acknowledged");
    }

    @PostMapping("/start-triage")
    String startTriage(@AuthenticationPrincipal StaffPrincipal p, @PathVariable String reference,
            RedirectAttributes redirect) {
        workflow.startTriage(reference, v(p));
        return back(reference, redirect, "case.done.saved");
    }

    @PostMapping("/triage")
    String triage(@AuthenticationPrincipal StaffPrincipal p, @PathVariable String reference,
            @RequestParam(required = false) Boolean securityIssue, @RequestParam(defaultValue = "") String securityIssueNote,
            @RequestParam(required = false) Boolean reproducible, @RequestParam(defaultValue = "") String reproducibleNote,
            @RequestParam(required = false) Boolean undisclosed, @RequestParam(defaultValue = "") String undisclosedNote,
            RedirectAttributes redirect) {
        workflow.recordTriage(reference, v(p), new Triage(securityIssue, securityIssueNote, reproducible,
                reproducibleNote, undisclosed, undisclosedNote));
        return back(reference, redirect, "case.done.saved");
    }

    @PostMapping("/accept")
    String accept(@AuthenticationPrincipal StaffPrincipal p, @PathVariable String reference,
            @RequestParam(defaultValue = "") String reply, RedirectAttributes redirect) {
        workflow.accept(reference, v(p), reply);
        return back(reference, redirect, "case.done.accepted");
    }

    @PostMapping("/request-information")
    String requestInformation(@AuthenticationPrincipal StaffPrincipal p, @PathVariable String reference,
            @RequestParam(defaultValue = "") String question, RedirectAttributes redirect) {
        workflow.requestInformation(reference, v(p), question);
        return back(reference, redirect, "case.done.information-requested");
    }

    @PostMapping("/advance")
    String advance(@AuthenticationPrincipal StaffPrincipal p, @PathVariable String reference,
            @RequestParam String to, RedirectAttributes redirect) {
        workflow.advance(reference, v(p), code(() -> CaseState.fromCode(to)));
        return back(reference, redirect, "case.done.saved");
    }

    @PostMapping("/publication-target")
    String publicationTarget(@AuthenticationPrincipal StaffPrincipal p, @PathVariable String reference,
            @RequestParam String target, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        try {
            workflow.setPublicationTarget(reference, v(p), LocalDateTime.parse(target).atZone(DisplayTime.JST)
                    .toInstant(), reason);
        } catch (DateTimeParseException e) {
            throw new CaseRuleViolation("case.date.invalid");
        }
        return back(reference, redirect, "case.done.saved");
    }

    @PostMapping("/close")
    String close(@AuthenticationPrincipal StaffPrincipal p, @PathVariable String reference,
            @RequestParam String resolution, @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "") String referral, @RequestParam(defaultValue = "") String reply,
            RedirectAttributes redirect) {
        boolean closed = closing.close(reference, v(p), code(() -> Resolution.fromCode(resolution)), note, referral,
                reply);
        return back(reference, redirect, closed ? "case.done.closed" : "case.done.closure-proposed");
    }

    @PostMapping("/approve-closure")
    String approve(@AuthenticationPrincipal StaffPrincipal p, @PathVariable String reference,
            @RequestParam(defaultValue = "") String reply, RedirectAttributes redirect) {
        closing.approve(reference, v(p), reply);
        return back(reference, redirect, "case.done.closed");
    }

    @PostMapping("/reject-closure")
    String reject(@AuthenticationPrincipal StaffPrincipal p, @PathVariable String reference,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        closing.reject(reference, v(p), reason);
        return back(reference, redirect, "case.done.saved");
    }

    @PostMapping("/merge")
    String merge(@AuthenticationPrincipal StaffPrincipal p, @PathVariable String reference,
            @RequestParam String into, RedirectAttributes redirect) {
        closing.merge(reference, into.strip(), v(p));
        redirect.addFlashAttribute("notice", "case.done.merged");
        return "redirect:/cases/" + into.strip();
    }

    @PostMapping("/reopen")
    String reopen(@AuthenticationPrincipal StaffPrincipal p, @PathVariable String reference,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        closing.reopen(reference, v(p), reason);
        return back(reference, redirect, "case.done.reopened");
    }

    @PostMapping("/assign")
    String assign(@AuthenticationPrincipal StaffPrincipal p, @PathVariable String reference,
            @RequestParam String handler, RedirectAttributes redirect) {
        participants.assign(reference, v(p), handler);
        return back(reference, redirect, "case.done.saved");
    }

    @PostMapping("/divisions")
    String addDivision(@AuthenticationPrincipal StaffPrincipal p, @PathVariable String reference,
            @RequestParam long division, RedirectAttributes redirect) {
        participants.addDivision(reference, v(p), division);
        return back(reference, redirect, "case.done.saved");
    }

    @PostMapping("/divisions/{division}/remove")
    String removeDivision(@AuthenticationPrincipal StaffPrincipal p, @PathVariable String reference,
            @PathVariable long division, RedirectAttributes redirect) {
        participants.removeDivision(reference, v(p), division);
        return back(reference, redirect, "case.done.saved");
    }

    @PostMapping("/coordinators")
    String addCoordinator(@AuthenticationPrincipal StaffPrincipal p, @PathVariable String reference,
            @RequestParam String username, RedirectAttributes redirect) {
        participants.addCoordinator(reference, v(p), username);
        return back(reference, redirect, "case.done.saved");
    }

    @PostMapping("/coordinators/organization")
    String addOrganizationContacts(@AuthenticationPrincipal StaffPrincipal p, @PathVariable String reference,
            @RequestParam long organization, RedirectAttributes redirect) {
        participants.addOrganizationContacts(reference, v(p), organization);
        return back(reference, redirect, "case.done.saved");
    }

    @PostMapping("/coordinators/remove")
    String removeCoordinator(@AuthenticationPrincipal StaffPrincipal p, @PathVariable String reference,
            @RequestParam String username, RedirectAttributes redirect) {
        participants.removeCoordinator(reference, v(p), username);
        return back(reference, redirect, "case.done.saved");
    }

    @PostMapping("/messages")
    String post(@AuthenticationPrincipal StaffPrincipal p, @PathVariable String reference,
            @RequestParam String thread, @RequestParam(defaultValue = "") String body, RedirectAttributes redirect) {
        conversation.post(reference, v(p), thread, body);
        return back(reference, redirect, "case.done.message-sent");
    }

    @PostMapping("/reports/{reportId}/reply")
    String reply(@AuthenticationPrincipal StaffPrincipal p, @PathVariable String reference,
            @PathVariable long reportId, @RequestParam(defaultValue = "") String body, RedirectAttributes redirect) {
        conversation.replyToReporter(reference, v(p), reportId, body);
        return back(reference, redirect, "case.done.message-sent");
    }

    /** An unknown state or resolution code (a tampered form) is a refusal, not a server error. */
    private static <T> T code(java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new CaseRuleViolation("case.unknown-code");
        }
    }

    @ExceptionHandler(CaseRuleViolation.class)
    String refused(CaseRuleViolation violation, HttpServletRequest request, RedirectAttributes redirect,
            Locale locale) {
        redirect.addFlashAttribute("problemTexts", java.util.List.of(messages.getMessage(violation.messageKey(),
                violation.arguments().toArray(), violation.messageKey(), locale)));
        // what was typed comes back into the form: a refused act loses nothing
        java.util.Map<String, String> draft = new java.util.HashMap<>();
        for (String field : java.util.List.of("reply", "note", "referral", "question", "body", "reason", "into")) {
            String value = request.getParameter(field);
            if (value != null && !value.isBlank()) {
                draft.put(field, value);
            }
        }
        redirect.addFlashAttribute("draft", draft);
        // back to the case page: /cases/{reference}/<act>
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String[] parts = path.split("/");
        return "redirect:/cases/" + UriUtils.encodePathSegment(UriUtils.decode(parts[2], StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);
    }
}
