package dev.madoguchi.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import dev.madoguchi.shared.Organization;
import jakarta.mail.MessagingException;
import org.junit.jupiter.api.Test;

/** The mail settings: delivery only with a host, TLS required when chosen, the password never shown. */
class MailSettingsTests {

    private static MailSettings settings(String host, MailSettings.Security security, boolean enabled) {
        return new MailSettings(host, 587, security, "desk", "pa55-w0rd-secret", "", enabled);
    }

    @Test
    void withoutAHostOrWhenSwitchedOffNothingIsDelivered() {
        assertThat(settings("", MailSettings.Security.STARTTLS, true).delivering()).isFalse();
        assertThat(settings("smtp.example.jp", MailSettings.Security.STARTTLS, false).delivering()).isFalse();
        assertThat(settings("smtp.example.jp", MailSettings.Security.STARTTLS, true).delivering()).isTrue();
    }

    @Test
    void startTlsIsRequiredNotOpportunisticAndTlsChecksTheServerName() {
        assertThat(settings("h", MailSettings.Security.STARTTLS, true).sessionProperties())
                .containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true");
        assertThat(settings("h", MailSettings.Security.TLS, true).sessionProperties())
                .containsEntry("mail.smtp.ssl.enable", "true")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true");
        assertThat(settings("h", MailSettings.Security.NONE, true).sessionProperties())
                .doesNotContainKeys("mail.smtp.starttls.enable", "mail.smtp.ssl.enable");
    }

    @Test
    void thePasswordIsNeitherInTheSettingsTextNorInARecordedError() {
        MailSettings settings = settings("h", MailSettings.Security.TLS, true);
        SmtpDelivery delivery = new SmtpDelivery(settings, new SenderAddress(settings,
                new Organization("E", "E", "psirt@example.jp", "", "C", "C", "u", "u")), Clock.systemUTC());

        String error = delivery.describe(new MessagingException("535 AUTH failed for desk/pa55-w0rd-secret",
                new IllegalStateException("again pa55-w0rd-secret")));

        assertThat(settings.toString()).doesNotContain("pa55-w0rd-secret");
        assertThat(error).doesNotContain("pa55-w0rd-secret").contains("535 AUTH failed");
    }
}
