package dev.madoguchi.intake;

import java.time.Instant;
import java.util.List;

import dev.madoguchi.identity.StaffPrincipal;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff inbox of new reports and the page of one report, with its files. */
@Controller
class InboxController {

    private final ReportReading reading;
    private final ReportConversation conversation;

    InboxController(ReportReading reading, ReportConversation conversation) {
        this.reading = reading;
        this.conversation = conversation;
    }

    @GetMapping("/desk/reports")
    String inbox(@AuthenticationPrincipal StaffPrincipal viewer,
            @RequestParam(required = false) Instant before,
            @RequestParam(required = false) Long beforeId, Model model) {
        List<InboxEntry> entries = reading.inbox(viewer, before, beforeId);
        model.addAttribute("entries", entries);
        model.addAttribute("next", entries.size() == ReportReading.PAGE_SIZE ? entries.get(entries.size() - 1) : null);
        return "intake/inbox";
    }

    @GetMapping("/desk/reports/{trackingNumber}")
    String report(@AuthenticationPrincipal StaffPrincipal viewer, @PathVariable String trackingNumber, Model model) {
        SubmittedReport report = reading.open(viewer, trackingNumber);
        model.addAttribute("report", report);
        model.addAttribute("reportFiles", conversation.reportFiles(report.id()));
        model.addAttribute("pgpNotes", conversation.pgpNotes(report));
        model.addAttribute("messages", conversation.messages(report.id()));
        return "intake/report";
    }

    @GetMapping("/desk/reports/{trackingNumber}/files/{attachmentId}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal StaffPrincipal viewer, @PathVariable String trackingNumber,
            @PathVariable long attachmentId) {
        return Downloads.of(reading.download(viewer, trackingNumber, attachmentId));
    }
}
