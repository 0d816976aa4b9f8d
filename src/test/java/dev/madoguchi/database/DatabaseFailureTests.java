package dev.madoguchi.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.sql.SQLException;

import dev.madoguchi.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;

/** A database that cannot be reached stops the start with one sentence naming the setting to fix. */
class DatabaseFailureTests {

    private static DatabaseUnreachableException startWith(String url) {
        return startWith(url, "postgres");
    }

    private static DatabaseUnreachableException startWith(String url, String user) {
        DatabaseProperties properties = new DatabaseProperties(url, user, "secret-password", 2);
        try {
            new DatabaseAutoConfiguration().dataSource(properties, null).close();
        } catch (DatabaseUnreachableException e) {
            return e;
        }
        throw new AssertionError("the data source started");
    }

    @Test
    void aWrongHostOrPortNamesTheUrlSetting() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DatabaseUnreachableException failure = startWith("jdbc:postgresql://127.0.0.1:" + closedPort + "/madoguchi");
        FailureAnalysis analysis = new DatabaseFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription())
                .startsWith("Cannot connect to the database at jdbc:postgresql://127.0.0.1:" + closedPort)
                .contains("Check MADOGUCHI_DATABASE_URL")
                .doesNotContain("secret-password");
    }

    @Test
    void aMissingDatabaseSaysSo() {
        TestDatabases.server();
        DatabaseUnreachableException failure = startWith(TestDatabases.jdbcUrl("no_such_database"));
        assertThat(failure.sqlState()).isEqualTo("3D000");
        assertThat(new DatabaseFailureAnalyzer().analyze(failure).getDescription())
                .contains("does not exist");
    }

    @Test
    void anUnknownUserNamesTheCredentialSettings() {
        TestDatabases.server();
        DatabaseUnreachableException failure = startWith(TestDatabases.jdbcUrl("postgres"), "no_such_role");
        assertThat(failure.sqlState()).isEqualTo("28000");
        assertThat(new DatabaseFailureAnalyzer().analyze(failure).getDescription())
                .contains("MADOGUCHI_DATABASE_USER and MADOGUCHI_DATABASE_PASSWORD");
    }

    @Test
    void aRefusedPasswordNamesTheCredentialSettings() {
        DatabaseUnreachableException failure = new DatabaseUnreachableException("jdbc:postgresql://db/madoguchi", true,
                new RuntimeException(new SQLException("FATAL: password authentication failed", "28P01")));
        assertThat(new DatabaseFailureAnalyzer().analyze(failure).getDescription())
                .contains("MADOGUCHI_DATABASE_USER and MADOGUCHI_DATABASE_PASSWORD");
    }

    @Test
    void propertiesNeverPrintThePassword() {
        assertThat(new DatabaseProperties("jdbc:postgresql://db/x", "u", "secret-password", 10).toString())
                .doesNotContain("secret-password");
    }

    @Test
    void theEmbeddedServerIsNotUsedWhenAUrlIsConfigured() {
        assertThatThrownBy(() -> startWith(TestDatabases.jdbcUrl("postgres")))
                .isInstanceOf(AssertionError.class).hasMessage("the data source started");
    }
}
