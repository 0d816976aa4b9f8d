package dev.madoguchi.initiatives;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.madoguchi.shared.Role;
import dev.madoguchi.testing.MovableClock;
import dev.madoguchi.testing.StaffFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Outbound reports have their own deadlines (issue 10): the finder is reminded once per deadline, then left alone. */
@SpringBootTest
class InitiativeReminderTests {

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Instant.parse("2026-11-20T01:00:00Z"));
        }
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Initiatives initiatives;
    @Autowired
    InitiativeReminders reminders;
    @Autowired
    MovableClock clock;

    String finder;

    @BeforeEach
    void aFinderReadingJapanese() {
        clock.moveTo(Instant.parse("2026-11-20T01:00:00Z")); // Friday 10:00 JST
        finder = StaffFixtures.unique("finder");
        StaffFixtures.create(jdbc, finder, Role.PSIRT);
        jdbc.sql("update staff_user set language = 'ja' where username = ?").param(finder).update();
        reminders.remind(); // whatever other tests left due is sent now, not counted below
    }

    private long sent(String disclosureTarget) {
        long id = initiatives.create(new OutboundReportForm(StaffFixtures.unique("Router overflow"), "jpcert",
                "Example Router Co.", "", "Stack overflow", "XR-100", "1.0", "", finder, disclosureTarget, ""),
                finder);
        initiatives.move(id, "sent", "", finder);
        return id;
    }

    private List<String> subjects(long id) {
        return jdbc.sql("select subject from outbox_message where category = 'initiative-reminder' "
                + "and reference_id = ? order by id").param(Long.toString(id)).query(String.class).list();
    }

    @Test
    void aVendorSilentPastTheReplyByDateIsRemindedOnceInTheFindersLanguage() {
        long id = sent("");
        assertThat(initiatives.get(id).replyBy()).isEqualTo(LocalDate.of(2026, 11, 30));

        clock.moveTo(Instant.parse("2026-11-30T01:00:00Z")); // the reply-by day itself: not yet late
        reminders.remind();
        assertThat(subjects(id)).isEmpty();

        clock.moveTo(Instant.parse("2026-12-01T00:00:00Z"));
        reminders.remind();
        reminders.remind(); // a second run, as on another node, sends nothing more
        assertThat(subjects(id)).containsExactly("[株式会社サンプル PSIRT] 届出 #" + id + ": 2026-11-30 までに回答がありません");
        assertThat(jdbc.sql("select recipient from outbox_message where category = 'initiative-reminder' "
                + "and reference_id = ?").param(Long.toString(id)).query(String.class).list())
                .containsExactly(finder + "@example.test");
    }

    @Test
    void anAcknowledgedReportIsRemindedOfItsDisclosureTargetAWeekAheadAndWhenItPasses() {
        long id = sent("2026-12-20");
        initiatives.move(id, "acknowledged", "", finder);

        clock.moveTo(Instant.parse("2026-12-12T01:00:00Z")); // 8 days before
        reminders.remind();
        assertThat(subjects(id)).isEmpty();

        clock.moveTo(Instant.parse("2026-12-13T01:00:00Z")); // 7 days before
        reminders.remind();
        clock.moveTo(Instant.parse("2026-12-21T01:00:00Z"));
        reminders.remind();
        assertThat(subjects(id)).hasSize(2);
        assertThat(subjects(id).get(0)).contains("公開目標日 2026-12-20 が近づいています");
        assertThat(subjects(id).get(1)).contains("公開目標日 2026-12-20 を過ぎました");
    }

    @Test
    void aClosedReportIsNeverReminded() {
        long id = sent("2026-12-20");
        initiatives.move(id, "resolved", "Fixed in 1.5", finder);
        clock.moveTo(Instant.parse("2027-01-10T01:00:00Z"));
        reminders.remind();
        assertThat(subjects(id)).isEmpty();
    }
}
