package dev.madoguchi.trustedprovider;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dev.madoguchi.shared.Organization;

import org.springframework.stereotype.Component;

/**
 * {@code security.txt} (RFC 9116): how to report a vulnerability, the key to encrypt with, and where the CSAF
 * provider metadata is (CSAF 2.0 §7.1.8), cleartext-signed by the current PSIRT key (RFC 9116 §2.3, issue 9).
 */
@Component
class SecurityTxt {

    /** RFC 9116 §2.5.5 recommends an expiry less than a year ahead. */
    static final Duration LIFETIME = Duration.ofDays(180);
    /** The PSIRT key page's armored key (issue 9), what RFC 9116 §2.5.4 {@code Encryption} points to. */
    static final String PUBLIC_KEY = "/pgp-key.asc";
    /** The advisories' public acknowledgments page (RFC 9116 §2.5.1). */
    static final String ACKNOWLEDGMENTS = "/acknowledgments";

    private final Organization organization;
    private final DocumentSignatures signatures;

    SecurityTxt(Organization organization, DocumentSignatures signatures) {
        this.organization = organization;
        this.signatures = signatures;
    }

    /**
     * The file as of {@code now}. Its text changes once a UTC day (Expires counts from the day's start) and is signed
     * once per text and key, so a day's copies agree byte for byte on every node; it is renewed with the day.
     *
     * @param trustedBase whether {@code base} is the configured public address or one the operator gave: only then is
     *                    the file signed. An address taken from a request's Host header is the client's to choose, and
     *                    our signature on Contact and Encryption fields pointing wherever a client likes would send
     *                    reporters to them (RFC 9116 §2.3: the signature vouches for the content).
     */
    ProviderFile file(String base, Instant now, boolean trustedBase) {
        String fields = fields(base, now);
        if (!trustedBase) {
            return new ProviderFile(ProviderPaths.SECURITY_TXT, fields.getBytes(StandardCharsets.UTF_8),
                    ProviderFile.TEXT, now.truncatedTo(ChronoUnit.DAYS));
        }
        DocumentSignatures.Signed signed = signatures.clearsigned(ProviderPaths.SECURITY_TXT, fields);
        return new ProviderFile(ProviderPaths.SECURITY_TXT, signed.text().getBytes(StandardCharsets.UTF_8),
                ProviderFile.TEXT, signed.signedAt());
    }

    /** The fields, one per line (RFC 9116 §2.5), CSAF's alone on its line (CSAF 2.0 §7.1.8). */
    String fields(String base, Instant now) {
        Instant expires = now.truncatedTo(ChronoUnit.DAYS).plus(LIFETIME);
        StringBuilder text = new StringBuilder();
        text.append("Contact: mailto:").append(organization.psirtEmail()).append('\n');
        text.append("Contact: ").append(base).append("/report\n");
        text.append("Expires: ").append(expires).append('\n');
        text.append("Encryption: ").append(base).append(PUBLIC_KEY).append('\n');
        text.append("Acknowledgments: ").append(base).append(ACKNOWLEDGMENTS).append('\n');
        text.append("Preferred-Languages: ja, en\n");
        text.append("Policy: ").append(base).append("/policy\n");
        text.append("Canonical: ").append(base).append(ProviderPaths.SECURITY_TXT).append('\n');
        text.append("CSAF: ").append(base).append(ProviderPaths.METADATA).append('\n');
        return text.toString();
    }
}
