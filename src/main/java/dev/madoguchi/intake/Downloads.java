package dev.madoguchi.intake;

import java.nio.charset.StandardCharsets;

import dev.madoguchi.attachments.AttachmentContent;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored file as a download: always {@code attachment} and {@code application/octet-stream}, never rendered by
 * the browser, whatever the file claims to be (a proof of concept may well be a hostile HTML page).
 */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<byte[]> of(AttachmentContent content) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.info().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .body(content.bytes());
    }
}
