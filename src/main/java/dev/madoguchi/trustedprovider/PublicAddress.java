package dev.madoguchi.trustedprovider;

import java.util.Optional;

import dev.madoguchi.shared.Organization;

/** {@code madoguchi.organization.public-url} without a trailing slash, when it is set. */
final class PublicAddress {

    private PublicAddress() {
    }

    static Optional<String> of(Organization organization) {
        String configured = organization.publicUrl();
        if (configured == null || configured.isBlank()) {
            return Optional.empty();
        }
        String url = configured.strip();
        return Optional.of(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }
}
