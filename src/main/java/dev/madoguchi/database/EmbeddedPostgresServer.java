package dev.madoguchi.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL cluster Madoguchi runs by itself when no external database is configured (ADR 0002). Its files
 * live under {@code <data dir>/postgres}; it listens on a free loopback port and stops with the application.
 *
 * <p>The server needs the data-directory lock. A command-line task that finds the lock held by a running server
 * attaches to that server's cluster instead (its port is in {@code postmaster.pid}).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    static final String DATABASE = "madoguchi";
    private static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;
    private final DataDirectoryLock lock;
    private final int port;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, DataDirectoryLock lock, int port) {
        this.postgres = postgres;
        this.lock = lock;
        this.port = port;
    }

    /** How to behave when another Madoguchi holds the data directory. */
    public enum WhenInUse {
        /** The web server: refuse to start. */
        REFUSE,
        /** A command-line task: use the running server's cluster. */
        ATTACH
    }

    public static EmbeddedPostgresServer start(Path dataDirectory, WhenInUse whenInUse) {
        Path cluster = dataDirectory.resolve("postgres");
        Optional<DataDirectoryLock> lock = DataDirectoryLock.tryAcquire(dataDirectory);
        if (lock.isEmpty()) {
            if (whenInUse == WhenInUse.ATTACH) {
                return runningPort(cluster).map(port -> new EmbeddedPostgresServer(null, null, port))
                        .orElseThrow(() -> new DataDirectoryInUseException(dataDirectory));
            }
            throw new DataDirectoryInUseException(dataDirectory);
        }
        try {
            stopOrphan(cluster);
            EmbeddedPostgres postgres = configured(EmbeddedPostgres.builder(), cluster)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(dataDirectory.resolve("postgres-binaries").toFile())
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(dataDirectory.resolve("postgres.log").toFile()))
                    .setRegisterShutdownHook(false)
                    .start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, lock.get(), postgres.getPort());
            server.createDatabaseIfMissing();
            log.info("Embedded PostgreSQL ready on 127.0.0.1:{} with its files in {}", server.port, cluster);
            return server;
        } catch (IOException | RuntimeException e) {
            lock.get().close();
            throw new IllegalStateException("The embedded PostgreSQL in " + cluster + " did not start: " + e.getMessage()
                    + " (see " + dataDirectory.resolve("postgres.log") + ")", e);
        }
    }

    /**
     * The cluster settings every Madoguchi PostgreSQL gets, the test one included: UTF-8 with a Unicode character
     * classification, because pg_trgm decides what a "word character" is by LC_CTYPE, and Japanese text must count.
     */
    public static EmbeddedPostgres.Builder configured(EmbeddedPostgres.Builder builder, Path cluster) {
        return builder.setDataDirectory(cluster)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setLocaleConfig("locale-provider", "builtin")
                .setLocaleConfig("builtin-locale", "C.UTF-8")
                .setLocaleConfig("locale", "C")
                .setLocaleConfig("lc-ctype", "C.UTF-8")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("unix_socket_directories", "");
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public String user() {
        return SUPERUSER;
    }

    public int port() {
        return port;
    }

    private void createDatabaseIfMissing() {
        try (var connection = postgres.getPostgresDatabase().getConnection();
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (var rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + DATABASE);
                    }
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot create the database " + DATABASE + ": " + e.getMessage(), e);
        }
    }

    /**
     * A postmaster left behind by a Madoguchi that was killed keeps the cluster busy. We hold the lock, so no
     * Madoguchi owns it: ask it to shut down (SIGTERM is PostgreSQL's smart shutdown) before starting our own.
     */
    private static void stopOrphan(Path cluster) {
        Optional<ProcessHandle> orphan = pidFileLines(cluster)
                .flatMap(lines -> lines.isEmpty() ? Optional.empty() : parseLong(lines.get(0)))
                .flatMap(ProcessHandle::of)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        orphan.ifPresent(process -> {
            log.warn("Stopping a PostgreSQL (pid {}) left running by an earlier Madoguchi on {}", process.pid(), cluster);
            process.destroy();
            try {
                process.onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("A PostgreSQL left running on " + cluster + " (pid " + process.pid()
                        + ") did not stop; stop it and start again.", e);
            }
        });
    }

    private static Optional<Integer> runningPort(Path cluster) {
        // postmaster.pid: line 1 pid, line 4 port (PostgreSQL documentation, "Database File Layout").
        return pidFileLines(cluster).filter(lines -> lines.size() >= 4)
                .flatMap(lines -> parseLong(lines.get(3))).map(Long::intValue);
    }

    private static Optional<List<String>> pidFileLines(Path cluster) {
        Path pidFile = cluster.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllLines(pidFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> parseLong(String text) {
        try {
            return Optional.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                log.warn("The embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
            }
        }
        if (lock != null) {
            lock.close();
        }
    }
}
