package dev.madoguchi.cve;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code cve validate [--schema-version 5.1.1] FILE|FOLDER...}: checks CVE JSON 5 records against the bundled CVE
 * JSON schema without Spring or a database, so it runs anywhere the jar does (in a release pipeline, before records
 * are sent to CVE Services).
 *
 * <p>Each argument is a record file, or a folder searched recursively for {@code *.json} files. One line per record
 * on standard output: {@code <path>TAB valid}, or {@code <path>TAB invalid TAB <pointer> <message>; ...} with at most
 * {@value #MAX_FINDINGS_PER_LINE} findings and a count of the rest. Tabs and line breaks inside paths and messages are
 * written as spaces, so that each record is exactly one line. A file that cannot be read, a path that does not exist
 * and a folder without records are reported on standard error, not as a line, after the other records are checked.
 *
 * <p>Exit status: 0 when every record is valid, 1 when any is invalid (including files that are not JSON, not UTF-8
 * or too large), 2 for a usage error, an unknown schema version, or input that could not be read.
 */
public final class CveValidateCommand {

    public static final String USAGE = "cve validate [--schema-version " + CveSchema.DEFAULT_VERSION
            + "] FILE|FOLDER...";
    public static final String SUMMARY = "Validate CVE JSON 5 records (folders: every *.json below) against the CVE "
            + "JSON schema: one line per file; exit 0 all valid, 1 any invalid, 2 usage error or unreadable input.";

    public static final int ALL_VALID = 0;
    public static final int SOME_INVALID = 1;
    public static final int USAGE_OR_UNREADABLE = 2;

    static final int MAX_FINDINGS_PER_LINE = 10;

    private static final String SCHEMA_VERSION = "--schema-version";

    private CveValidateCommand() {
    }

    /**
     * @param args the arguments after {@code cve validate}
     * @return the exit status
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        String version = CveSchema.DEFAULT_VERSION;
        List<String> paths = new ArrayList<>();
        boolean options = true;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (options && (arg.equals("--help") || arg.equals("-h"))) {
                out.println("usage: java -jar madoguchi.jar " + USAGE);
                out.println(SUMMARY);
                return ALL_VALID;
            } else if (options && arg.equals("--")) {
                options = false;
            } else if (options && arg.equals(SCHEMA_VERSION)) {
                if (i + 1 == args.size()) {
                    return usage(err, SCHEMA_VERSION + " needs a value, e.g. " + CveSchema.DEFAULT_VERSION + ".");
                }
                version = args.get(++i);
            } else if (options && arg.startsWith(SCHEMA_VERSION + "=")) {
                version = arg.substring(SCHEMA_VERSION.length() + 1);
            } else if (options && arg.startsWith("-") && arg.length() > 1) {
                return usage(err, "Unknown option: " + arg + ".");
            } else {
                paths.add(arg);
            }
        }
        if (paths.isEmpty()) {
            return usage(err, "Name at least one CVE record file or folder.");
        }
        CveSchema schema;
        try {
            schema = CveSchema.of(version);
        } catch (UnknownCveSchemaVersionException e) {
            err.println(e.getMessage());
            return USAGE_OR_UNREADABLE;
        }
        return new Run(schema, out, err).check(paths);
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println("usage: java -jar madoguchi.jar " + USAGE);
        return USAGE_OR_UNREADABLE;
    }

    /** One invocation's state: whether anything was invalid or unreadable so far. */
    private static final class Run {

        private final CveSchema schema;
        private final PrintStream out;
        private final PrintStream err;
        private boolean invalid;
        private boolean unreadable;

        Run(CveSchema schema, PrintStream out, PrintStream err) {
            this.schema = schema;
            this.out = out;
            this.err = err;
        }

        int check(List<String> arguments) {
            for (String argument : arguments) {
                Path path;
                try {
                    path = Path.of(argument);
                } catch (InvalidPathException e) {
                    cannotRead(argument, "not a valid path");
                    continue;
                }
                if (Files.isDirectory(path)) {
                    checkFolder(argument, path);
                } else if (Files.exists(path)) {
                    checkFile(path);
                } else {
                    cannotRead(argument, "no such file or folder");
                }
            }
            return unreadable ? USAGE_OR_UNREADABLE : invalid ? SOME_INVALID : ALL_VALID;
        }

        private void checkFolder(String argument, Path folder) {
            List<Path> records;
            try (Stream<Path> walk = Files.walk(folder)) {
                records = walk.filter(Files::isRegularFile)
                        .filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                        .sorted()
                        .toList();
            } catch (IOException | UncheckedIOException e) {
                cannotRead(argument, "the folder cannot be searched (" + e.getMessage() + ")");
                return;
            }
            if (records.isEmpty()) {
                cannotRead(argument, "the folder holds no *.json files");
            }
            records.forEach(this::checkFile);
        }

        private void checkFile(Path file) {
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                // One byte past the limit is enough for the schema check to call the file too large.
                bytes = in.readNBytes(CveSchema.MAX_BYTES + 1);
            } catch (IOException e) {
                cannotRead(file.toString(), e.getClass().getSimpleName() + ": " + e.getMessage());
                return;
            }
            List<CveFinding> findings = schema.validate(bytes);
            if (findings.isEmpty()) {
                out.println(oneLine(file.toString()) + "\tvalid");
                return;
            }
            invalid = true;
            out.println(oneLine(file.toString()) + "\tinvalid\t" + summary(findings));
        }

        private void cannotRead(String what, String why) {
            unreadable = true;
            err.println("cannot read " + oneLine(what) + ": " + oneLine(why));
        }
    }

    /** {@code <pointer> <message>; ...}, the first {@value #MAX_FINDINGS_PER_LINE} and how many more there are. */
    static String summary(List<CveFinding> findings) {
        List<String> shown = findings.stream().limit(MAX_FINDINGS_PER_LINE).map(f -> oneLine(f.toString())).toList();
        String text = String.join("; ", shown);
        int more = findings.size() - shown.size();
        return more > 0 ? text + "; and " + more + " more" : text;
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\t\\r\\n\\x0B\\f\\u0085\\u2028\\u2029]", " ");
    }
}
