package dev.madoguchi.trustedprovider;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dev.madoguchi.shared.Organization;

import org.springframework.stereotype.Component;

/**
 * {@code security.txt} (RFC 9116): how to report a vulnerability, and where the CSAF provider metadata is
 * (CSAF 2.0 §7.1.8). Unsigned: a cleartext-signed version (RFC 9116 §2.3, issue 9) would wrap {@link #fields}.
 */
@Component
class SecurityTxt {

    /** RFC 9116 §2.5.5 recommends an expiry less than a year ahead. */
    static final Duration LIFETIME = Duration.ofDays(180);

    private final Organization organization;

    SecurityTxt(Organization organization) {
        this.organization = organization;
    }

    /** The file as of {@code now}; {@code Expires} counts from the start of that UTC day, so a day's copies agree. */
    byte[] write(String base, Instant now) {
        return fields(base, now).getBytes(StandardCharsets.UTF_8);
    }

    /** The fields, one per line (RFC 9116 §2.5), CSAF's first and alone (CSAF 2.0 §7.1.8). */
    String fields(String base, Instant now) {
        Instant expires = now.truncatedTo(ChronoUnit.DAYS).plus(LIFETIME);
        StringBuilder text = new StringBuilder();
        text.append("Contact: mailto:").append(organization.psirtEmail()).append('\n');
        text.append("Contact: ").append(base).append("/report\n");
        text.append("Expires: ").append(expires).append('\n');
        text.append("Preferred-Languages: ja, en\n");
        text.append("Policy: ").append(base).append("/policy\n");
        text.append("Canonical: ").append(base).append(ProviderPaths.SECURITY_TXT).append('\n');
        text.append("CSAF: ").append(base).append(ProviderPaths.METADATA).append('\n');
        return text.toString();
    }
}
