package dev.madoguchi.openpgp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import dev.madoguchi.mail.Outbox;
import dev.madoguchi.mail.QueuedMail;
import dev.madoguchi.shared.DisplayTime;
import dev.madoguchi.shared.Role;
import dev.madoguchi.testing.MovableClock;
import dev.madoguchi.testing.SignedIn;
import dev.madoguchi.testing.StaffFixtures;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 9's expiry watch: from 60 days before the current key expires, ADMIN and PSIRT are warned once a day by
 * e-mail and by a banner on their pages ("the expiry warning fires at 60 days (test with an injected clock)").
 */
@SpringBootTest
@AutoConfigureMockMvc
class KeyExpiryWatchTests {

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Instant.now());
        }
    }

    @Autowired
    KeyExpiryWatch watch;
    @Autowired
    PsirtKeys keys;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    MovableClock clock;

    @BeforeEach
    void noKeys() {
        clock.moveTo(Instant.now());
        jdbc.sql("delete from openpgp_expiry_warning").update();
        jdbc.sql("delete from openpgp_key").update();
    }

    /** A current key expiring at the end of the JST day {@code days} days from today. */
    private PsirtKey keyExpiringIn(int days) {
        // PGPainless signs with the system time; the key's facts are read at the clock's: keep them together
        clock.moveTo(Instant.now());
        Instant expires = LocalDate.now(DisplayTime.JST).plusDays(days).atTime(LocalTime.of(23, 59, 59))
                .atZone(DisplayTime.JST).toInstant();
        return keys.generate(KeyAlgorithm.ED25519, keys.defaultUserId(), expires, "admin");
    }

    private int warningRows() {
        return jdbc.sql("select count(*) from openpgp_expiry_warning").query(Integer.class).single();
    }

    @Test
    void theWarningFiresSixtyDaysBeforeNotSixtyOneAndOncePerDayToEachAdminAndPsirtMember() {
        String admin = StaffFixtures.unique("admin");
        String psirt = StaffFixtures.unique("psirt");
        String both = StaffFixtures.unique("both");
        String developer = StaffFixtures.unique("dev");
        StaffFixtures.create(jdbc, admin, Role.ADMIN);
        StaffFixtures.create(jdbc, psirt, Role.PSIRT);
        StaffFixtures.create(jdbc, both, Role.ADMIN, Role.PSIRT);
        StaffFixtures.create(jdbc, developer, Role.DEVELOPER);
        PsirtKey key = keyExpiringIn(61);

        assertThat(watch.warnIfDue()).isFalse();
        assertThat(warningRows()).isZero();
        assertThat(outbox.about("pgp_key", key.fingerprint())).isEmpty();

        clock.advance(Duration.ofDays(1));
        assertThat(watch.warnIfDue()).isTrue();
        List<QueuedMail> mails = outbox.about("pgp_key", key.fingerprint());
        assertThat(mails).extracting(QueuedMail::recipient)
                .contains(admin + "@example.test", psirt + "@example.test", both + "@example.test")
                .doesNotContain(developer + "@example.test")
                .doesNotHaveDuplicates();
        QueuedMail one = mails.stream().filter(m -> m.recipient().startsWith(psirt)).findFirst().orElseThrow();
        assertThat(one.subject()).contains(key.facts().shortKeyId());
        assertThat(one.body()).contains("60", "/admin/pgp-keys",
                key.facts().expires().atZone(DisplayTime.JST).toLocalDate().toString());
        assertThat(jdbc.sql("select days_left from openpgp_expiry_warning").query(Integer.class).single())
                .isEqualTo(60);

        // a second run on the same day (another node, a restart) warns nobody again
        assertThat(watch.warnIfDue()).isFalse();
        assertThat(outbox.about("pgp_key", key.fingerprint())).hasSize(mails.size());

        clock.advance(Duration.ofDays(1));
        assertThat(watch.warnIfDue()).isTrue();
        assertThat(outbox.about("pgp_key", key.fingerprint())).hasSize(2 * mails.size());
        assertThat(warningRows()).isEqualTo(2);
    }

    @Test
    void anExpiredCurrentKeyIsStillWarnedAboutEveryDay() {
        StaffFixtures.create(jdbc, StaffFixtures.unique("admin"), Role.ADMIN);
        PsirtKey key = keyExpiringIn(3);
        clock.advance(Duration.ofDays(10));
        assertThat(watch.warnIfDue()).isTrue();
        assertThat(outbox.about("pgp_key", key.fingerprint())).allSatisfy(mail ->
                assertThat(mail.subject()).containsAnyOf("has expired", "期限切れです"));
    }

    @Test
    void staffPagesCarryABannerForAdminAndPsirtFromSixtyDaysBefore() throws Exception {
        String psirtName = StaffFixtures.unique("psirt");
        StaffFixtures.create(jdbc, psirtName, Role.PSIRT);
        String developerName = StaffFixtures.unique("dev");
        StaffFixtures.create(jdbc, developerName, Role.DEVELOPER);
        String adminName = StaffFixtures.unique("admin");
        StaffFixtures.create(jdbc, adminName, Role.ADMIN);
        Cookie psirt = SignedIn.as(mvc, psirtName);
        Cookie developer = SignedIn.as(mvc, developerName);
        Cookie admin = SignedIn.as(mvc, adminName);

        PsirtKey key = keyExpiringIn(61);
        assertThat(desk(psirt)).doesNotContain("pgp-key-expiry");

        jdbc.sql("delete from openpgp_key").update();
        key = keyExpiringIn(60);
        String expiryDay = key.facts().expires().atZone(DisplayTime.JST).toLocalDate().toString();
        assertThat(desk(psirt)).contains("pgp-key-expiry", "The PSIRT OpenPGP key " + key.facts().shortKeyId()
                + " expires on " + expiryDay + " (60 days left).", "Ask an administrator")
                .doesNotContain("href=\"/admin/pgp-keys\"");
        assertThat(desk(admin)).contains("pgp-key-expiry", "href=\"/admin/pgp-keys\"");
        assertThat(desk(developer)).doesNotContain("pgp-key-expiry");
    }

    private String desk(Cookie session) throws Exception {
        return mvc.perform(get("/desk").cookie(session).header("Accept-Language", "en")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }
}
