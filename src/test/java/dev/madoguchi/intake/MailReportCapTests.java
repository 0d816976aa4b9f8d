package dev.madoguchi.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import dev.madoguchi.mail.MailReceived;
import dev.madoguchi.mail.ReceivedMail;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail reports are capped per hour for all senders together: the form's per-sender limit counts an address the
 * mail's author chooses, so forged senders could otherwise file reports, and acknowledgments to others, without end.
 */
@SpringBootTest(properties = {"madoguchi.mail.imap.reports-per-hour=2", "madoguchi.mail.enabled=false"})
class MailReportCapTests {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    private void receive(String from) {
        ReceivedMail mail = new ReceivedMail("<" + from + "@test>", List.of(), List.of(), from,
                List.of("psirt@example.com"), "Overflow in the web server", "Send a long header to port 80.",
                List.of(), Instant.now(), ReceivedMail.Encryption.NONE);
        transactions.executeWithoutResult(status -> events.publishEvent(new MailReceived(mail, null, null)));
    }

    private int reports() {
        return jdbc.sql("select count(*) from report").query(Integer.class).single();
    }

    @Test
    void mailFromEverChangingSendersStopsAtTheHourlyCapForAllMail() {
        int before = reports();
        receive("a1@forged.example");
        receive("a2@forged.example");
        assertThat(reports()).isEqualTo(before + 2);
        assertThatThrownBy(() -> receive("a3@forged.example")).isInstanceOf(TooManySubmissions.class);
        assertThat(reports()).isEqualTo(before + 2);
    }
}
