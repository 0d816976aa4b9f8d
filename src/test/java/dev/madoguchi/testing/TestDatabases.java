package dev.madoguchi.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.madoguchi.database.EmbeddedPostgresServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

/**
 * One embedded PostgreSQL per test JVM, started on first use. The migrations run once into a template database;
 * every test class then gets its own database cloned from it ({@code CREATE DATABASE ... TEMPLATE}), which takes a
 * fraction of a second and isolates the classes from each other.
 */
public final class TestDatabases {

    static final String TEMPLATE = "madoguchi_template";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres server;
    private static boolean templateReady;

    private TestDatabases() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                Path cluster = Files.createTempDirectory("madoguchi-test-pg");
                server = EmbeddedPostgresServer.configured(EmbeddedPostgres.builder(), cluster)
                        .setCleanDataDirectory(true)
                        // durability is not what tests check; speed is welcome
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "300")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("the test PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return server;
    }

    /** A fresh, fully migrated database of its own. */
    public static synchronized String createDatabase() {
        ensureTemplate();
        String name = "test_" + NEXT.incrementAndGet();
        execute("create database " + name + " template " + TEMPLATE);
        return name;
    }

    /** An empty database without any migration, for testing the migrations themselves. */
    public static synchronized String createEmptyDatabase() {
        server();
        String name = "empty_" + NEXT.incrementAndGet();
        execute("create database " + name);
        return name;
    }

    public static void drop(String name) {
        execute("drop database if exists " + name + " with (force)");
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + server().getPort() + "/" + database;
    }

    public static HikariDataSource dataSource(String database) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl(database));
        config.setUsername("postgres");
        config.setMaximumPoolSize(8);
        config.setPoolName("test-" + database);
        return new HikariDataSource(config);
    }

    /** A connection as the superuser, for tests that must do what the application cannot (e.g. tamper). */
    public static DataSource superuser(String database) {
        return server().getDatabase("postgres", database);
    }

    private static void ensureTemplate() {
        if (templateReady) {
            return;
        }
        execute("create database " + TEMPLATE);
        DataSource template = server().getDatabase("postgres", TEMPLATE);
        Flyway.configure().dataSource(template).locations("classpath:db/migration").load().migrate();
        templateReady = true;
    }

    private static void execute(String sql) {
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
