package dev.madoguchi.testing;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The {@link DataSource} of a test application context. Spring caches contexts across test classes; this data source
 * moves the cached context onto a fresh database before each test class ({@link ClassDatabaseListener}), so no class
 * sees another's rows.
 */
public final class ClassDatabase implements DataSource, AutoCloseable {

    private volatile String database;
    private volatile HikariDataSource pool;

    public ClassDatabase() {
        renew();
    }

    /** Switches to a new database cloned from the migrated template, and drops the old one. */
    public synchronized void renew() {
        String previousName = database;
        HikariDataSource previousPool = pool;
        database = TestDatabases.createDatabase();
        pool = TestDatabases.dataSource(database);
        if (previousPool != null) {
            previousPool.close();
            TestDatabases.drop(previousName);
        }
    }

    public String databaseName() {
        return database;
    }

    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.close();
            TestDatabases.drop(database);
            pool = null;
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return pool.getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return Logger.getLogger("dev.madoguchi.testing");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool.isWrapperFor(type);
    }
}
