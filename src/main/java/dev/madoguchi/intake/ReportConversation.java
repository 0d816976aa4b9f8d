package dev.madoguchi.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.madoguchi.attachments.AttachmentInfo;
import dev.madoguchi.attachments.Attachments;

import org.springframework.stereotype.Component;

/** A report's files and messages, assembled for its pages. */
@Component
class ReportConversation {

    private final Reports reports;
    private final Attachments attachments;

    ReportConversation(Reports reports, Attachments attachments) {
        this.reports = reports;
        this.attachments = attachments;
    }

    /** Files sent with the report itself. */
    List<AttachmentInfo> reportFiles(long reportId) {
        return attachments.infos(reports.attachmentIdsByMessage(reportId).getOrDefault(0L, List.of()));
    }

    /** How the report's text and files arrived encrypted (issue 9): the text first, then the files by name. */
    List<PgpNote> pgpNotes(SubmittedReport report) {
        List<PgpNote> notes = new ArrayList<>();
        if (report.textOpenedWith() != null || report.textPgpProblem() != null) {
            notes.add(new PgpNote(null, report.textOpenedWith(), report.textPgpProblem()));
        }
        Map<Long, PgpNote> files = reports.attachmentNotes(report.id());
        for (AttachmentInfo file : attachments.infos(files.keySet())) {
            PgpNote note = files.get(file.id());
            notes.add(new PgpNote(file.fileName(), note.openedWith(), note.problem()));
        }
        return notes;
    }

    List<ReportMessage> messages(long reportId) {
        Map<Long, List<Long>> files = reports.attachmentIdsByMessage(reportId);
        return reports.messages(reportId).stream()
                .map(m -> new ReportMessage(m.id(), m.author(), m.authorName(), m.body(), m.createdAt(),
                        attachments.infos(files.getOrDefault(m.id(), List.of()))))
                .toList();
    }
}
