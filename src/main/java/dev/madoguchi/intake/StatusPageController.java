package dev.madoguchi.intake;

import java.util.List;
import java.util.Locale;

import dev.madoguchi.attachments.Attachments;
import dev.madoguchi.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reporter's status page {@code /r/<token>}. The token opens this one report and nothing else; an unknown,
 * malformed or revoked token gets the same 404 as any page that does not exist.
 */
@Controller
class StatusPageController {

    private final StatusLinks links;
    private final Reports reports;
    private final ReportConversation conversation;
    private final ReporterActions actions;
    private final Attachments attachments;
    private final MessageSource messages;
    private final List<StatusPageSection> sections;

    StatusPageController(StatusLinks links, Reports reports, ReportConversation conversation, ReporterActions actions,
            Attachments attachments, MessageSource messages, List<StatusPageSection> sections) {
        this.sections = sections;
        this.links = links;
        this.reports = reports;
        this.conversation = conversation;
        this.actions = actions;
        this.attachments = attachments;
        this.messages = messages;
    }

    private SubmittedReport report(String token) {
        return links.reportOf(token).flatMap(reports::byId).orElseThrow(() -> new NotFoundException("status link"));
    }

    @GetMapping("/r/{token}")
    String page(@PathVariable String token, Model model, HttpServletResponse response) {
        return render(token, report(token), model, response, "", List.of());
    }

    @PostMapping(path = "/r/{token}/messages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String write(@PathVariable String token, @RequestParam(defaultValue = "") String body,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
            HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        SubmittedReport report = report(token);
        List<UploadedFile> uploaded = UploadedFiles.of(files);
        try {
            actions.write(report, body, uploaded);
        } catch (ReportRejected rejected) {
            List<String> problems = rejected.problems().stream()
                    .map(p -> messages.getMessage(p.messageKey(), p.arguments().toArray(), locale)).toList();
            model.addAttribute("filesToChooseAgain", uploaded.stream().map(UploadedFile::fileName).toList());
            return render(token, report, model, response, body, problems);
        }
        redirect.addFlashAttribute("notice", "status.message-sent");
        return "redirect:/r/" + token + "#conversation";
    }

    @PostMapping("/r/{token}/credit")
    String credit(@PathVariable String token, @RequestParam(defaultValue = "false") boolean wanted,
            @RequestParam(defaultValue = "") String name, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
        SubmittedReport report = report(token);
        try {
            actions.changeCredit(report, wanted, name);
        } catch (ReportRejected rejected) {
            model.addAttribute("creditProblems", rejected.problems().stream()
                    .map(p -> messages.getMessage(p.messageKey(), p.arguments().toArray(), locale)).toList());
            model.addAttribute("creditName", name);
            return render(token, report, model, response, "", List.of());
        }
        redirect.addFlashAttribute("notice", "status.credit-saved");
        return "redirect:/r/" + token;
    }

    @PostMapping("/r/{token}/withdraw")
    String withdraw(@PathVariable String token, @RequestParam(defaultValue = "false") boolean confirm, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        SubmittedReport report = report(token);
        if (!confirm) {
            model.addAttribute("withdrawUnconfirmed", true);
            return render(token, report, model, response, "", List.of());
        }
        actions.withdraw(report);
        redirect.addFlashAttribute("notice", "status.withdrawn");
        return "redirect:/r/" + token;
    }

    @GetMapping("/r/{token}/files/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable String token, @PathVariable long attachmentId) {
        SubmittedReport report = report(token);
        if (!reports.hasAttachment(report.id(), attachmentId)) {
            throw new NotFoundException("attachment");
        }
        return Downloads.of(attachments.read(attachmentId));
    }

    private String render(String token, SubmittedReport report, Model model, HttpServletResponse response,
            String messageDraft, List<String> messageProblems) {
        // A private page: not for search engines, not for caches.
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        model.addAttribute("token", token);
        model.addAttribute("report", report);
        model.addAttribute("reportFiles", conversation.reportFiles(report.id()));
        model.addAttribute("undecrypted", conversation.pgpNotes(report).stream().filter(PgpNote::failed).toList());
        model.addAttribute("messages", conversation.messages(report.id()));
        model.addAttribute("messageDraft", messageDraft);
        model.addAttribute("messageProblems", messageProblems);
        model.addAttribute("sections", report.withdrawn() ? List.of()
                : sections.stream().flatMap(s -> s.view(report.id()).stream()).toList());
        if (!model.containsAttribute("creditName")) {
            model.addAttribute("creditName", report.creditName() == null ? "" : report.creditName());
        }
        return "intake/status";
    }
}
