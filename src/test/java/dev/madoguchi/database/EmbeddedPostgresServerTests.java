package dev.madoguchi.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class EmbeddedPostgresServerTests {

    @TempDir
    Path data;

    private static JdbcClient jdbc(EmbeddedPostgresServer server) {
        return JdbcClient.create(new DriverManagerDataSource(server.jdbcUrl(), server.user(), ""));
    }

    /** Starts {@link ServerHolder} in another JVM and waits until it holds the data directory. */
    private Process holder(String what) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ServerHolder.class.getName(), what, data.toString()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.equals("holding")) {
            // start-up chatter
        }
        assertThat(line).as("the holder started").isEqualTo("holding");
        return process;
    }

    @Test
    void theClusterIsCreatedOnFirstStartAndReusedAfter() {
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(data, EmbeddedPostgresServer.WhenInUse.REFUSE)) {
            jdbc(first).sql("create table kept (v text)").update();
            jdbc(first).sql("insert into kept values ('still here')").update();
        }
        try (EmbeddedPostgresServer second = EmbeddedPostgresServer.start(data, EmbeddedPostgresServer.WhenInUse.REFUSE)) {
            assertThat(jdbc(second).sql("select v from kept").query(String.class).single()).isEqualTo("still here");
        }
        assertThat(data.resolve("postgres/PG_VERSION")).exists();
    }

    @Test
    void aSecondMadoguchiOnTheSameDataDirectoryRefusesToStart() throws Exception {
        Process other = holder("lock");
        try {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(data, EmbeddedPostgresServer.WhenInUse.REFUSE))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessage("Another Madoguchi is already running with the data directory " + data
                            + "; stop it first, or set MADOGUCHI_DATA_DIR to another directory.");
        } finally {
            other.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aSecondStartInTheSameProcessIsRefusedToo() {
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(data, EmbeddedPostgresServer.WhenInUse.REFUSE)) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(data, EmbeddedPostgresServer.WhenInUse.REFUSE))
                    .isInstanceOf(DataDirectoryInUseException.class);
        }
    }

    @Test
    void aCommandLineTaskUsesTheRunningServersCluster() {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, EmbeddedPostgresServer.WhenInUse.REFUSE)) {
            jdbc(server).sql("create table shared_table (v int)").update();
            try (EmbeddedPostgresServer attached = EmbeddedPostgresServer.start(data,
                    EmbeddedPostgresServer.WhenInUse.ATTACH)) {
                assertThat(attached.port()).isEqualTo(server.port());
                jdbc(attached).sql("insert into shared_table values (1)").update();
            }
            assertThat(jdbc(server).sql("select count(*) from shared_table").query(Long.class).single()).isOne();
        }
    }

    @Test
    void aPostgresLeftRunningByAKilledMadoguchiIsStoppedAndTheDataKept() throws Exception {
        Process crashed = holder("server");
        crashed.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, EmbeddedPostgresServer.WhenInUse.REFUSE)) {
            assertThat(jdbc(server).sql("select 1").query(Integer.class).single()).isOne();
        }
    }
}
