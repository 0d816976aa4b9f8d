package dev.madoguchi.attachments;

/** A file's description and its decrypted bytes, verified against the SHA-256 taken when it was stored. */
public record AttachmentContent(AttachmentInfo info, byte[] bytes) {
}
