package dev.madoguchi.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Japanese and English everywhere: the mail bundles have the same keys, and every key the outbox page names exists. */
class MailMessagesTests {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = MailMessagesTests.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(bundle("mail_ja").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(bundle("mail").stringPropertyNames()));
    }

    @Test
    void everyMessageTheOutboxPageNamesExistsAndEveryStatusHasAName() throws IOException {
        Set<String> named = new TreeSet<>();
        Matcher m = Pattern.compile("#\\{(outbox\\.[a-z0-9.-]+)[}(]")
                .matcher(Files.readString(Path.of("src/main/resources/templates/mail/outbox.html")));
        while (m.find()) {
            named.add(m.group(1));
        }
        for (String status : List.of("queued", "sending", "sent", "failed")) {
            named.add("outbox.status." + status);
        }
        named.add("outbox.retried");
        assertThat(named).contains("outbox.title", "outbox.off");
        assertThat(bundle("mail").stringPropertyNames()).containsAll(named);
    }

    @Test
    void everyMessageTheReceivedMailPageNamesExistsAndEveryOutcomeHasAName() throws IOException {
        Set<String> named = new TreeSet<>();
        Matcher m = Pattern.compile("#\\{(inbound-mail\\.[a-z0-9.-]+)[}(]")
                .matcher(Files.readString(Path.of("src/main/resources/templates/mail/inbound-mail.html")));
        while (m.find()) {
            named.add(m.group(1));
        }
        InboundMailDesk.OUTCOMES.forEach(outcome -> named.add("inbound-mail.outcome." + outcome));
        named.add("inbound-mail.nav");
        assertThat(named).contains("inbound-mail.title", "inbound-mail.bounce.ours");
        assertThat(bundle("mail").stringPropertyNames()).containsAll(named);
    }
}
