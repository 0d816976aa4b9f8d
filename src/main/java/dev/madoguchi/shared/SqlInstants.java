package dev.madoguchi.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Converts between {@link Instant} and PostgreSQL {@code timestamptz} values, null-safely. */
public final class SqlInstants {

    private SqlInstants() {
    }

    public static Timestamp toSql(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    public static Instant read(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
