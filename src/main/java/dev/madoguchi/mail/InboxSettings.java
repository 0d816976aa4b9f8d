package dev.madoguchi.mail;

import java.time.Duration;
import java.util.Properties;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The PSIRT mailbox the desk reads ({@code madoguchi.mail.imap.*}, or {@code MADOGUCHI_MAIL_IMAP_*} in the
 * environment): reports and replies sent by e-mail (issue 10).
 *
 * @param host     the IMAP server; empty means the mailbox is not read
 * @param security {@code tls} (implicit TLS, port 993, RFC 8314), {@code starttls} (port 143, RFC 2595) or
 *                 {@code none} (a server on the same host only)
 * @param password never logged nor shown; {@link #toString()} leaves it out
 * @param folder   the folder to read, {@code INBOX} by default
 * @param maxSize  larger messages are not taken in (recorded as {@code too-large}); the intake's report limit
 */
@ConfigurationProperties("madoguchi.mail.imap")
public record InboxSettings(
        @DefaultValue("") String host,
        @DefaultValue("993") int port,
        @DefaultValue("tls") MailSettings.Security security,
        @DefaultValue("") String username,
        @DefaultValue("") String password,
        @DefaultValue("INBOX") String folder,
        @DefaultValue("50MB") DataSize maxSize) {

    /** Often enough that a reporter's mail is acknowledged within minutes. */
    static final Duration POLL_EVERY = Duration.ofMinutes(1);

    public boolean reading() {
        return !host.isBlank();
    }

    String protocol() {
        return security == MailSettings.Security.TLS ? "imaps" : "imap";
    }

    /** TLS is required, never opportunistic, and the certificate's name checked; reading never sets \Seen itself. */
    Properties sessionProperties() {
        String p = "mail." + protocol() + ".";
        Properties properties = new Properties();
        properties.put("mail.store.protocol", protocol());
        properties.put(p + "host", host);
        properties.put(p + "port", Integer.toString(port));
        String millis = Long.toString(MailSettings.TIMEOUT.toMillis());
        properties.put(p + "connectiontimeout", millis);
        properties.put(p + "timeout", millis);
        properties.put(p + "writetimeout", millis);
        // a message is marked seen only after its transaction committed (MailboxPoller)
        properties.put(p + "peek", "true");
        properties.put("mail.mime.decodefilename", "true");
        switch (security) {
            case STARTTLS -> {
                properties.put(p + "starttls.enable", "true");
                properties.put(p + "starttls.required", "true");
                properties.put(p + "ssl.checkserveridentity", "true");
            }
            case TLS -> {
                properties.put(p + "ssl.enable", "true");
                properties.put(p + "ssl.checkserveridentity", "true");
            }
            case NONE -> {
            }
        }
        return properties;
    }

    @Override
    public String toString() {
        return "InboxSettings[host=" + host + ", port=" + port + ", security=" + security + ", username=" + username
                + ", folder=" + folder + ", maxSize=" + maxSize + "]";
    }
}
