package dev.madoguchi.trustedprovider;

import java.time.Duration;

import dev.madoguchi.shared.NotFoundException;
import dev.madoguchi.shared.Organization;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Serves the trusted provider's tree from {@link ProviderDirectory}: each file answers 200 at its exact path, never a
 * redirect (CSAF 2.0 §7.1.6, §7.1.9), with its own content type, an ETag and Last-Modified; a folder's listing
 * (§7.1.14) answers at the folder's path with its trailing slash. Any other path under {@code /.well-known/csaf/},
 * the folder without its slash included, is the ordinary 404 page: §7.1.6 leaves no room for a redirect there.
 */
@Controller
class ProviderController {

    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();

    private final ProviderDirectory directory;
    private final Organization organization;

    ProviderController(ProviderDirectory directory, Organization organization) {
        this.directory = directory;
        this.organization = organization;
    }

    @GetMapping({"/.well-known/csaf/**", "/.well-known/security.txt", "/security.txt"})
    ResponseEntity<byte[]> file(HttpServletRequest http, WebRequest request) {
        String path = http.getRequestURI().substring(http.getContextPath().length());
        // RFC 9116 §3: the legacy location answers the same file
        String served = path.equals(ProviderPaths.SECURITY_TXT_LEGACY) ? ProviderPaths.SECURITY_TXT : path;
        ProviderFile file = directory.file(served, base(http), PublicAddress.of(organization).isPresent())
                .orElseThrow(() -> new NotFoundException(path));
        String etag = file.etag();
        if (request.checkNotModified(etag, file.lastModified().toEpochMilli())) {
            return null;
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .cacheControl(CACHE)
                .eTag(etag)
                .lastModified(file.lastModified())
                // public data for any client, browser-based ones included (CSAF 2.1 §7.1.25 asks for it)
                .header("Access-Control-Allow-Origin", "*")
                .body(file.body());
    }

    /** The configured public address, or the one the request came to. */
    private String base(HttpServletRequest http) {
        return PublicAddress.of(organization).orElseGet(
                () -> ServletUriComponentsBuilder.fromContextPath(http).build().toUriString());
    }
}
