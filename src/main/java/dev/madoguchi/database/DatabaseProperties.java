package dev.madoguchi.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the database is. With no {@code url} (environment {@code MADOGUCHI_DATABASE_URL}) Madoguchi runs its own
 * embedded PostgreSQL; with one, it uses that server (production).
 *
 * @param url      JDBC URL of an external PostgreSQL, e.g. {@code jdbc:postgresql://db:5432/madoguchi}
 * @param user     {@code MADOGUCHI_DATABASE_USER}
 * @param password {@code MADOGUCHI_DATABASE_PASSWORD}; never logged
 * @param poolSize connections per application node
 */
@ConfigurationProperties("madoguchi.database")
public record DatabaseProperties(String url, String user, String password, @DefaultValue("10") int poolSize) {

    public boolean external() {
        return url != null && !url.isBlank();
    }

    @Override
    public String toString() {
        return "DatabaseProperties[url=" + url + ", user=" + user + ", poolSize=" + poolSize + "]";
    }
}
