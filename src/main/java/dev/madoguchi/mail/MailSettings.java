package dev.madoguchi.mail;

import java.time.Duration;
import java.util.Properties;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox reaches the SMTP server ({@code madoguchi.mail.*}, or {@code MADOGUCHI_MAIL_*} in the environment).
 *
 * @param host      the SMTP server; empty means delivery is off and messages stay queued
 * @param security  {@code starttls} (submission port 587, RFC 3207), {@code tls} (implicit TLS, port 465, RFC 8314)
 *                  or {@code none} (a relay on the same host only)
 * @param username  empty: no authentication
 * @param password  never logged nor shown; {@link #toString()} leaves it out
 * @param from      the sender address; empty means the PSIRT address of {@code madoguchi.organization}
 * @param enabled   {@code false} keeps messages queued even with a host (e.g. on a staging copy of production data)
 */
@ConfigurationProperties("madoguchi.mail")
public record MailSettings(
        @DefaultValue("") String host,
        @DefaultValue("587") int port,
        @DefaultValue("starttls") Security security,
        @DefaultValue("") String username,
        @DefaultValue("") String password,
        @DefaultValue("") String from,
        @DefaultValue("true") boolean enabled) {

    /** Long enough for a slow server, short enough that one dead connection does not outlast a claim's lease. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    public enum Security {
        NONE, STARTTLS, TLS
    }

    /** Whether the sender delivers: only with a host, and not when switched off. */
    public boolean delivering() {
        return enabled && !host.isBlank();
    }

    boolean authenticated() {
        return !username.isBlank();
    }

    /** The Jakarta Mail session properties; TLS is required, never opportunistic, and the certificate's name checked. */
    Properties sessionProperties() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.auth", Boolean.toString(authenticated()));
        String millis = Long.toString(TIMEOUT.toMillis());
        properties.put("mail.smtp.connectiontimeout", millis);
        properties.put("mail.smtp.timeout", millis);
        properties.put("mail.smtp.writetimeout", millis);
        switch (security) {
            case STARTTLS -> {
                properties.put("mail.smtp.starttls.enable", "true");
                properties.put("mail.smtp.starttls.required", "true");
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case TLS -> {
                properties.put("mail.smtp.ssl.enable", "true");
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case NONE -> {
            }
        }
        return properties;
    }

    @Override
    public String toString() {
        return "MailSettings[host=" + host + ", port=" + port + ", security=" + security + ", username=" + username
                + ", from=" + from + ", enabled=" + enabled + "]";
    }
}
