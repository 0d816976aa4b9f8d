package dev.madoguchi.advisories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.madoguchi.MadoguchiApplication;
import dev.madoguchi.shared.DisplayTime;
import dev.madoguchi.testing.ClassDatabase;
import dev.madoguchi.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two application nodes on one database, as in a cluster: both look for due advisories at the same moment, and each
 * revision is still published exactly once.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AdvisoryTwoNodeTests {

    static ConfigurableApplicationContext second;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AdvisoryPublisher publisher;

    @BeforeAll
    static void startSecondNode(@Autowired ClassDatabase database) {
        second = new SpringApplicationBuilder(MadoguchiApplication.class)
                .properties("server.port=0",
                        "madoguchi.database.url=" + TestDatabases.jdbcUrl(database.databaseName()),
                        "madoguchi.database.user=postgres", "madoguchi.database.password=",
                        "spring.main.banner-mode=off")
                .run();
    }

    @AfterAll
    static void stopSecondNode() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void twoNodesPublishEachDueAdvisoryOnce() throws Exception {
        List<String> ids = new ArrayList<>();
        LocalDateTime agreed = LocalDateTime.now(DisplayTime.JST).plusDays(1).withHour(9).withMinute(0);
        for (int i = 0; i < 4; i++) {
            ReadyAdvisory a = ReadyAdvisory.prepare(mvc, jdbc, "Clustered node " + i, agreed);
            a.approveAndSchedule(mvc, jdbc);
            ids.add(a.id());
        }
        // the agreed instant has come for all four
        jdbc.sql("update advisory set publish_at = now() - interval '1 second' where id in (:ids)")
                .param("ids", ids).update();
        AdvisoryPublisher other = second.getBean(AdvisoryPublisher.class);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (AdvisoryPublisher node : List.of(publisher, other, publisher, other)) {
            runs.add(pool.submit(() -> {
                start.await();
                return node.publishDue();
            }));
        }
        start.countDown();
        int published = 0;
        for (Future<Integer> run : runs) {
            published += run.get();
        }
        pool.shutdown();
        assertThat(published).isEqualTo(4);
        for (String id : ids) {
            assertThat(jdbc.sql("select count(*) from advisory_revision where advisory_id = ?").param(id)
                    .query(Integer.class).single()).as(id).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from audit_event where action = 'advisory.published' and object_id = ?")
                    .param(id).query(Integer.class).single()).as(id).isEqualTo(1);
        }
    }
}
