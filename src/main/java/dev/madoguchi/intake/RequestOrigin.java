package dev.madoguchi.intake;

import dev.madoguchi.shared.Organization;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Where a request came from and the address to put in links sent back. */
final class RequestOrigin {

    private RequestOrigin() {
    }

    /** The configured public address, or this request's own scheme, host and port. */
    static String baseUrl(Organization organization, HttpServletRequest request) {
        if (!organization.publicUrl().isBlank()) {
            return organization.publicUrl();
        }
        return ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
    }

    /** The client address (behind a trusted proxy, as it reports it: see MADOGUCHI_FORWARD_HEADERS). */
    static String clientAddress(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
