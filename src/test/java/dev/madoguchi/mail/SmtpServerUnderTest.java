package dev.madoguchi.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.madoguchi.shared.Language;
import dev.madoguchi.testing.MovableClock;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An SMTP server in the test JVM (GreenMail) on a free port, and the desk configured to deliver to it. The test
 * classes that extend this share one application context; each test starts with an empty outbox and server.
 */
abstract class SmtpServerUnderTest {

    private static final int PORT = freePort();

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Instant.now());
        }
    }

    @DynamicPropertySource
    static void deliverToTheTestServer(DynamicPropertyRegistry registry) {
        registry.add("madoguchi.mail.host", () -> "127.0.0.1");
        registry.add("madoguchi.mail.port", () -> PORT);
        registry.add("madoguchi.mail.security", () -> "none");
        registry.add("madoguchi.mail.from", () -> "psirt@madoguchi.example");
        registry.add("madoguchi.organization.name-ja", () -> "株式会社窓口");
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxSender sender;
    @Autowired
    TransactionTemplate transaction;

    GreenMail smtp;

    @BeforeEach
    void anEmptyOutboxAndServer() {
        // whole microseconds, as PostgreSQL keeps them, so that instants read back compare equal
        clock.moveTo(Instant.now().truncatedTo(ChronoUnit.MICROS));
        jdbc.sql("delete from outbox_message").update();
        startSmtp();
    }

    @AfterEach
    void stopSmtp() {
        if (smtp.isRunning()) {
            smtp.stop();
        }
    }

    /** Starts the server afresh, with an empty mailbox; the same port, as after a restart of the real one. */
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    long queue(String recipient, Language language, String subject, String body, String referenceId) {
        return transaction.execute(tx -> outbox.queue(new OutgoingMail(recipient, language, "report-news", subject,
                body, "report", referenceId)));
    }

    List<MimeMessage> received() {
        return Arrays.asList(smtp.getReceivedMessages());
    }

    String statusOf(long id) {
        return jdbc.sql("select status from outbox_message where id = ?").param(id).query(String.class).single();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
