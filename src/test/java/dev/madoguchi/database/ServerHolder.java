package dev.madoguchi.database;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link EmbeddedPostgresServerTests}: holds the data directory the way a running Madoguchi
 * does, until killed. With argument {@code lock} it only takes the lock; with {@code server} it starts PostgreSQL.
 */
public final class ServerHolder {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        if (args[0].equals("lock")) {
            DataDirectoryLock.tryAcquire(dir).orElseThrow();
        } else {
            EmbeddedPostgresServer.start(dir, EmbeddedPostgresServer.WhenInUse.REFUSE);
        }
        System.out.println("holding");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
