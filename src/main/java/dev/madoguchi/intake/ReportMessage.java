package dev.madoguchi.intake;

import java.time.Instant;
import java.util.List;

import dev.madoguchi.attachments.AttachmentInfo;

/** A message between the reporter and PSIRT on a report's conversation. */
public record ReportMessage(long id, String author, String authorName, String body, Instant createdAt,
        List<AttachmentInfo> attachments) {

    public boolean fromReporter() {
        return "reporter".equals(author);
    }
}
