package dev.madoguchi.shared;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * A command-line task run by {@code java -jar madoguchi.jar <name> ...} without the web server. Implementations are
 * Spring beans when they need the database, or plain classes when they do not.
 */
public interface Subcommand {

    /** Runs the task; the result is the process exit code (0 success, 1 failure found, 2 usage or input error). */
    int run(List<String> args, InputStream in, PrintStream out, PrintStream err);
}
