package dev.madoguchi.mail;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

import dev.madoguchi.shared.Language;
import dev.madoguchi.shared.Organization;

import org.springframework.stereotype.Component;

/** Who the outbox's messages come from, and the Message-IDs it gives them (RFC 5322 §3.6.4). */
@Component
class SenderAddress {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MailSettings settings;
    private final Organization organization;

    SenderAddress(MailSettings settings, Organization organization) {
        this.settings = settings;
        this.organization = organization;
    }

    /** The configured sender, else the PSIRT address. */
    String address() {
        return settings.from().isBlank() ? organization.psirtEmail().strip() : settings.from().strip();
    }

    /** The display name in the recipient's language, e.g. "株式会社サンプル PSIRT". */
    String displayName(Language language) {
        return organization.name(language) + " PSIRT";
    }

    /**
     * {@code <outbox-{id}.{random}@{domain}>}: the row id makes it unique within this desk, the random part across
     * desks restored from one backup, and the sender's domain across the world (RFC 5322 §3.6.4).
     */
    String messageId(long id) {
        byte[] random = new byte[9];
        RANDOM.nextBytes(random);
        return "<outbox-" + id + "." + HexFormat.of().formatHex(random) + "@" + domain() + ">";
    }

    private String domain() {
        String address = address();
        int at = address.lastIndexOf('@');
        String domain = at < 0 ? "" : address.substring(at + 1).strip().toLowerCase(Locale.ROOT);
        return domain.isEmpty() ? "madoguchi.invalid" : domain;
    }
}
