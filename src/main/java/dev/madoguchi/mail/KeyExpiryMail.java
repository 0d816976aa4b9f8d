package dev.madoguchi.mail;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.madoguchi.identity.StaffDirectory;
import dev.madoguchi.openpgp.KeyExpiry;
import dev.madoguchi.openpgp.KeyExpiryWarningRecorded;
import dev.madoguchi.shared.DisplayTime;
import dev.madoguchi.shared.Organization;
import dev.madoguchi.shared.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The e-mail of the PSIRT key's expiry watch (issue 9): one to each active ADMIN and PSIRT member with an address, in
 * their language, queued in the transaction that recorded the day's warning, so each day's warning is mailed once.
 */
@Component
class KeyExpiryMail {

    static final MailTemplate EXPIRES = new MailTemplate("pgp.expiry-mail.expires", "key-id", "expires", "days-left",
            "organization", "link");
    static final MailTemplate EXPIRED = new MailTemplate("pgp.expiry-mail.expired", "key-id", "expires", "days-left",
            "organization", "link");

    private final StaffDirectory staff;
    private final Outbox outbox;
    private final MailTexts texts;
    private final Organization organization;
    private final DisplayTime time;

    KeyExpiryMail(StaffDirectory staff, Outbox outbox, MailTexts texts, Organization organization, DisplayTime time) {
        this.staff = staff;
        this.outbox = outbox;
        this.texts = texts;
        this.organization = organization;
        this.time = time;
    }

    @EventListener
    void on(KeyExpiryWarningRecorded recorded) {
        KeyExpiry expiry = recorded.expiry();
        for (StaffDirectory.StaffMember member : recipients().values()) {
            MailText text = texts.compose(expiry.expired() ? EXPIRED : EXPIRES, member.language(), expiry.keyId(),
                    time.jstDate(expiry.expires()), expiry.daysLeft(), organization.name(member.language()), link());
            outbox.queue(new OutgoingMail(member.email(), member.language(), "pgp-key-expiry", text.subject(),
                    text.body(), "pgp_key", expiry.fingerprint()));
        }
    }

    /** Active ADMIN and PSIRT members with an e-mail address, each once even when they hold both roles. */
    private Map<Long, StaffDirectory.StaffMember> recipients() {
        Map<Long, StaffDirectory.StaffMember> recipients = new LinkedHashMap<>();
        for (Role role : new Role[] {Role.ADMIN, Role.PSIRT}) {
            for (StaffDirectory.StaffMember member : staff.withRole(role)) {
                if (member.email() != null && !member.email().isBlank()) {
                    recipients.putIfAbsent(member.id(), member);
                }
            }
        }
        return recipients;
    }

    private String link() {
        String base = organization.publicUrl().strip();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/admin/pgp-keys";
    }

    @Configuration(proxyBeanMethods = false)
    static class Templates {

        @Bean
        MailTemplates keyExpiryMailTemplates() {
            return MailTemplates.of(EXPIRES, EXPIRED);
        }
    }
}
