package dev.madoguchi.advisories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

import dev.madoguchi.shared.DisplayTime;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The cluster-safe job publishes a due advisory by itself, within seconds of its instant. */
@SpringBootTest(properties = "db-scheduler.polling-interval=1s")
@AutoConfigureMockMvc
class AdvisoryPublisherJobTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theJobPublishesADueAdvisoryWithinSecondsOfItsInstant() throws Exception {
        ReadyAdvisory a = ReadyAdvisory.prepare(mvc, jdbc, "Timed hub", LocalDateTime.now(DisplayTime.JST)
                .plusDays(1).withHour(10).withMinute(0));
        a.approveAndSchedule(mvc, jdbc);
        Instant at = Instant.now().plusSeconds(2);
        jdbc.sql("update advisory set publish_at = ? where id = ?").params(java.sql.Timestamp.from(at), a.id())
                .update();
        Instant deadline = at.plus(Duration.ofSeconds(30));
        int status = 404;
        while (status != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            status = mvc.perform(get("/advisories/" + a.id())).andReturn().getResponse().getStatus();
        }
        String state = jdbc.sql("select concat_ws(' ', state, edition, approved_edition, publish_at, now())"
                + " from advisory where id = ?").param(a.id()).query(String.class).single();
        String tasks = jdbc.sql("select string_agg(concat_ws(' ', task_name, execution_time, picked, picked_by,"
                + " last_success, last_failure, consecutive_failures, last_heartbeat), ' | ') from scheduled_tasks")
                .query(String.class).single();
        assertThat(status).as(state + " // " + tasks).isEqualTo(200);
    }
}
