package dev.madoguchi.attachments;

import java.time.Instant;
import java.util.UUID;

/** A stored file's description; its content is read through {@link Attachments#read}. */
public record AttachmentInfo(long id, UUID token, String fileName, String contentType, long size, String sha256,
        Instant createdAt) {
}
