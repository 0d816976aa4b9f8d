package dev.madoguchi.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;

import dev.madoguchi.testing.TestDatabases;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

class MigrationTests {

    @Test
    void everyMigrationAppliesToAnEmptyDatabaseAndASecondRunChangesNothing() throws IOException {
        String database = TestDatabases.createEmptyDatabase();
        try {
            Flyway flyway = Flyway.configure().dataSource(TestDatabases.superuser(database))
                    .locations("classpath:db/migration").load();
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*.sql");
            MigrateResult first = flyway.migrate();
            assertThat(first.migrationsExecuted).isEqualTo(files.length).isPositive();
            assertThat(flyway.migrate().migrationsExecuted).isZero();
            assertThat(flyway.validateWithResult().validationSuccessful).isTrue();

            JdbcClient jdbc = JdbcClient.create(TestDatabases.superuser(database));
            assertThat(jdbc.sql("select table_name from information_schema.tables where table_schema = 'public'")
                    .query(String.class).list())
                    .contains("staff_user", "staff_user_role", "api_token", "spring_session", "audit_event",
                            "audit_chain_head");
            assertThat(Arrays.stream(files).map(Resource::getFilename))
                    .allMatch(name -> name.matches("V\\d{3}__[a-z]+_[a-z0-9_]+\\.sql"));
        } finally {
            TestDatabases.drop(database);
        }
    }
}
