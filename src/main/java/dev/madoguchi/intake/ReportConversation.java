package dev.madoguchi.intake;

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

    List<ReportMessage> messages(long reportId) {
        Map<Long, List<Long>> files = reports.attachmentIdsByMessage(reportId);
        return reports.messages(reportId).stream()
                .map(m -> new ReportMessage(m.id(), m.author(), m.authorName(), m.body(), m.createdAt(),
                        attachments.infos(files.getOrDefault(m.id(), List.of()))))
                .toList();
    }
}
