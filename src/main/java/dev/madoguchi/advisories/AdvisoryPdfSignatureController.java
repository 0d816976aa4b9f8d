package dev.madoguchi.advisories;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

import dev.madoguchi.shared.NotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * The detached OpenPGP signature beside each public advisory PDF (issue 9): {@code <pdf path>.asc}, public like the
 * PDF itself, and absent exactly when the PDF is. Its file name is the PDF's download name plus {@code .asc}, so that
 * {@code gpg --verify} finds the PDF beside it.
 */
@Controller
class AdvisoryPdfSignatureController {

    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,15}-\\d{4}-\\d{3,9}");
    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();
    private static final MediaType SIGNATURE = MediaType.parseMediaType("application/pgp-signature");

    private final PortalQuery portal;
    private final AdvisoryPdfSignatures signatures;

    AdvisoryPdfSignatureController(PortalQuery portal, AdvisoryPdfSignatures signatures) {
        this.portal = portal;
        this.signatures = signatures;
    }

    @GetMapping("/advisories/{id}.pdf.asc")
    ResponseEntity<byte[]> english(@PathVariable String id, WebRequest request) {
        return signature(id, "en", request);
    }

    @GetMapping("/ja/advisories/{id}.pdf.asc")
    ResponseEntity<byte[]> japanese(@PathVariable String id, WebRequest request) {
        return signature(id, "ja", request);
    }

    private ResponseEntity<byte[]> signature(String id, String language, WebRequest request) {
        if (!ID.matcher(id).matches()) {
            throw new NotFoundException("advisory");
        }
        PortalQuery.Rendition pdf = portal.rendition(id, "pdf", language)
                .orElseThrow(() -> new NotFoundException("advisory"));
        AdvisoryPdfSignatures.Kept kept = signatures.of(PortalPaths.advisory(id, language) + ".pdf", pdf.content());
        byte[] armored = kept.armored().getBytes(StandardCharsets.US_ASCII);
        String etag = AdvisoryRenditions.etag(armored);
        if (request.checkNotModified(etag, kept.signedAt().toEpochMilli())) {
            return null;
        }
        return ResponseEntity.ok().cacheControl(CACHE).eTag(etag).lastModified(kept.signedAt())
                .contentType(SIGNATURE)
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename(id + "-" + language + ".pdf.asc").build().toString())
                .body(armored);
    }
}
