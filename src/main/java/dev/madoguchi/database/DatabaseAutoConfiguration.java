package dev.madoguchi.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.madoguchi.shared.DataDirectory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The application's {@link DataSource}: the external PostgreSQL when {@code MADOGUCHI_DATABASE_URL} is set,
 * otherwise the embedded one under the data directory. Tests register their own {@link DataSource} and so skip
 * this configuration.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnMissingBean(DataSource.class)
@EnableConfigurationProperties(DatabaseProperties.class)
public class DatabaseAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${madoguchi.database.url:}'.isBlank()")
    EmbeddedPostgresServer embeddedPostgresServer(DataDirectory dataDirectory,
            @Value("${madoguchi.database.embedded.attach-to-running:false}") boolean attach) {
        return EmbeddedPostgresServer.start(dataDirectory.root(),
                attach ? EmbeddedPostgresServer.WhenInUse.ATTACH : EmbeddedPostgresServer.WhenInUse.REFUSE);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties, ObjectProvider<EmbeddedPostgresServer> embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("madoguchi");
        config.setMaximumPoolSize(properties.poolSize());
        config.setConnectionTimeout(10_000);
        // Fail at start, with DatabaseFailureAnalyzer's sentence, rather than on the first request.
        config.setInitializationFailTimeout(1);
        if (properties.external()) {
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.user());
            config.setPassword(properties.password());
        } else {
            EmbeddedPostgresServer server = embedded.getObject();
            config.setJdbcUrl(server.jdbcUrl());
            config.setUsername(server.user());
        }
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new DatabaseUnreachableException(properties.external() ? properties.url() : config.getJdbcUrl(),
                    properties.external(), e);
        }
    }
}
