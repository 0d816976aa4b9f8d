package dev.madoguchi.cases;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import dev.madoguchi.attachments.AttachmentContent;
import dev.madoguchi.attachments.Attachments;
import dev.madoguchi.audit.AuditEntry;
import dev.madoguchi.audit.AuditTrail;
import dev.madoguchi.identity.StaffDirectory;
import dev.madoguchi.identity.StaffPrincipal;
import dev.madoguchi.intake.ReporterThread;
import dev.madoguchi.intake.SubmittedReport;
import dev.madoguchi.shared.NotFoundException;
import dev.madoguchi.shared.Role;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The case page: summary, reports, triage, clocks, participants, threads, timeline, and the acts allowed now. */
@Controller
class CasePageController {

    /** A report of the case with its conversation and files. */
    record ReportOnCase(SubmittedReport report, List<dev.madoguchi.intake.ReportMessage> messages,
            List<dev.madoguchi.attachments.AttachmentInfo> files, boolean first, String acknowledgmentDraft) {
    }

    private final CaseClosing closing;
    private final Cases cases;
    private final CaseConversation conversation;
    private final CaseParticipants participants;
    private final CaseReplies replies;
    private final ReporterThread reports;
    private final Divisions divisions;
    private final StaffDirectory staff;
    private final Attachments attachments;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final CaseProperties properties;
    private final PublicationAgreements agreements;
    private final PublicationProposals proposals;
    private final Clock clock;
    private final CoordinatorReferences coordinatorReferences;

    CasePageController(CaseClosing closing, Cases cases, CaseConversation conversation,
            CaseParticipants participants, CaseReplies replies, ReporterThread reports, Divisions divisions,
            StaffDirectory staff, Attachments attachments, AuditTrail audit, TransactionTemplate transaction,
            CaseProperties properties, PublicationAgreements agreements, PublicationProposals proposals,
            Clock clock, CoordinatorReferences coordinatorReferences) {
        this.coordinatorReferences = coordinatorReferences;
        this.proposals = proposals;
        this.closing = closing;
        this.cases = cases;
        this.conversation = conversation;
        this.participants = participants;
        this.replies = replies;
        this.reports = reports;
        this.divisions = divisions;
        this.staff = staff;
        this.attachments = attachments;
        this.audit = audit;
        this.transaction = transaction;
        this.properties = properties;
        this.agreements = agreements;
        this.clock = clock;
    }

    @GetMapping("/cases/{reference}")
    String page(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String reference, Model model) {
        CaseViewer viewer = CaseViewer.of(principal);
        Case c = transaction.execute(tx -> {
            Case found = closing.visible(reference, viewer);
            audit.record(AuditEntry.of("case.viewed", "case", found.reference(), ""));
            return found;
        });
        List<ReportOnCase> onCase = new ArrayList<>();
        List<Long> ids = cases.reportIds(c.id());
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            SubmittedReport report = reports.report(id).orElseThrow();
            onCase.add(new ReportOnCase(report, reports.messages(id), reports.files(id), i == 0,
                    viewer.handles() ? replies.draft("acknowledgment", id, null) : ""));
        }
        model.addAttribute("c", c);
        model.addAttribute("viewerCase", viewer);
        model.addAttribute("reports", onCase);
        model.addAttribute("clocks", CaseClock.of(c, clock.instant(), properties.dueSoon()));
        model.addAttribute("events", cases.events(c.id()));
        model.addAttribute("participants", participants.of(c.id()));
        model.addAttribute("internal", conversation.mayUse(viewer, c.id(), "internal")
                ? conversation.messages(c.id(), "internal") : null);
        if (conversation.mayUse(viewer, c.id(), "coordinator")) {
            model.addAttribute("coordination", conversation.messages(c.id(), "coordinator"));
            model.addAttribute("coordinationFiles", conversation.files(c.id(), "coordinator"));
            model.addAttribute("coordinationMailed", conversation.mailed(c.id(), "coordinator"));
        }
        model.addAttribute("proposal", closing.pending(c.id()).orElse(null));
        model.addAttribute("resolutions", Resolution.values());
        List<PublicationAgreements.AgreementEntry> agreed = agreements.all(c.id());
        model.addAttribute("agreements", agreed);
        model.addAttribute("negotiation", new Negotiation(proposals.open(c.id()).orElse(null),
                proposals.required(c), c.closed() ? null : proposals.staffParty(c, viewer).orElse(null)));
        model.addAttribute("coordinatorReferences", coordinatorReferences.of(c.id()));
        if (viewer.handles()) {
            model.addAttribute("coordinatorOrganizations", coordinatorReferences.organizations());
            model.addAttribute("agreementForm", AgreementForm.forPage(model.getAttribute("agreementDraft"), agreed,
                    onCase.isEmpty() ? null : onCase.get(0).report().reporterName()));
        }
        if (viewer.handles() && !ids.isEmpty()) {
            model.addAttribute("acceptDraft", replies.draft("accepted", ids.get(0), null));
            model.addAttribute("informationDraft", replies.draft("need-more-information", ids.get(0), null));
            model.addAttribute("allDivisions", divisions.all());
            model.addAttribute("handlers", staff.withRole(Role.PSIRT));
            model.addAttribute("coordinators", staff.withRole(Role.COORDINATOR));
        }
        return "cases/case";
    }

    @GetMapping("/cases/{reference}/reports/{reportId}/files/{attachmentId}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String reference,
            @PathVariable long reportId, @PathVariable long attachmentId) {
        CaseViewer viewer = CaseViewer.of(principal);
        AttachmentContent content = transaction.execute(tx -> {
            Case c = closing.visible(reference, viewer);
            if (!cases.reportIds(c.id()).contains(reportId) || !reports.hasFile(reportId, attachmentId)) {
                throw new NotFoundException("attachment");
            }
            return downloaded(c, attachmentId);
        });
        return file(content);
    }

    /** A file of a message in a case thread (a coordinator's mail), for those who may read that thread only. */
    @GetMapping("/cases/{reference}/messages/{messageId}/files/{attachmentId}")
    ResponseEntity<byte[]> messageFile(@AuthenticationPrincipal StaffPrincipal principal,
            @PathVariable String reference, @PathVariable long messageId, @PathVariable long attachmentId) {
        CaseViewer viewer = CaseViewer.of(principal);
        AttachmentContent content = transaction.execute(tx -> {
            Case c = closing.visible(reference, viewer);
            conversation.threadOfFile(c.id(), messageId, attachmentId)
                    .filter(thread -> conversation.mayUse(viewer, c.id(), thread))
                    .orElseThrow(() -> new NotFoundException("attachment"));
            return downloaded(c, attachmentId);
        });
        return file(content);
    }

    /** Reads a file of the case, recording who downloaded which (by name and hash, never its content). */
    private AttachmentContent downloaded(Case c, long attachmentId) {
        AttachmentContent read = attachments.read(attachmentId);
        audit.record(AuditEntry.of("case.attachment-downloaded", "case", c.reference(), "attachment "
                + attachmentId + " '" + read.info().fileName() + "' sha256 " + read.info().sha256()));
        return read;
    }

    /** As a download the browser never renders (the file is whatever someone sent). */
    private static ResponseEntity<byte[]> file(AttachmentContent content) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.info().fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .body(content.bytes());
    }
}
