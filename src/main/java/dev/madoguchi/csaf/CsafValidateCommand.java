package dev.madoguchi.csaf;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code csaf validate [--format text|json] [--tests mandatory|optional|informative|all] FILE|FOLDER...}: validates
 * CSAF 2.0 documents without Spring or a database. A folder stands for every {@code *.json} file below it.
 *
 * <p>Exit status: 0 when every document satisfies the schema and the mandatory tests, 1 when any does not (including
 * files that are not JSON, not UTF-8 or too large, which get a {@link CsafFinding#DOCUMENT} finding), 2 for a usage
 * error or input that cannot be read (a missing file, a folder without documents). Results are printed in the order
 * of the arguments (folders sorted by path), one block (text) or one line (json) per file.
 */
public final class CsafValidateCommand {

    public static final String USAGE = "csaf validate [--format text|json] "
            + "[--tests mandatory|optional|informative|all] FILE|FOLDER...";
    public static final String SUMMARY = "Validate CSAF 2.0 documents (folders: every *.json below) against the schema "
            + "and the tests of CSAF 2.0 §6; exit 0 all valid, 1 any invalid, 2 usage error or unreadable input.";

    public static final int ALL_VALID = 0;
    public static final int SOME_INVALID = 1;
    public static final int USAGE_OR_UNREADABLE = 2;

    /**
     * Documents are validated on their own threads with a large stack: the reader bounds nesting, but the checks walk
     * product trees recursively, and a thread's default stack on some platforms is small.
     */
    private static final long STACK_BYTES = 64L * 1024 * 1024;

    private CsafValidateCommand() {
    }

    /** Runs the command; {@code args} are the words after {@code csaf validate}. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        boolean json = false;
        Set<CsafTestGroup> groups = EnumSet.allOf(CsafTestGroup.class);
        List<String> paths = new ArrayList<>();
        boolean options = true;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = null;
            String name = arg;
            if (options && arg.startsWith("--") && arg.contains("=")) {
                name = arg.substring(0, arg.indexOf('='));
                value = arg.substring(arg.indexOf('=') + 1);
            }
            if (options && (name.equals("--format") || name.equals("--tests"))) {
                if (value == null) {
                    if (i + 1 == args.size()) {
                        return usage(err, name + " needs a value.");
                    }
                    value = args.get(++i);
                }
                if (name.equals("--format")) {
                    if (!value.equals("text") && !value.equals("json")) {
                        return usage(err, "--format is text or json, not \"" + value + "\".");
                    }
                    json = value.equals("json");
                } else {
                    Set<CsafTestGroup> chosen = groups(value);
                    if (chosen == null) {
                        return usage(err, "--tests is mandatory, optional, informative or all, not \"" + value + "\".");
                    }
                    groups = chosen;
                }
            } else if (options && (arg.equals("--help") || arg.equals("-h"))) {
                out.println("usage: java -jar madoguchi.jar " + USAGE);
                out.println(SUMMARY);
                return ALL_VALID;
            } else if (options && arg.equals("--")) {
                options = false;
            } else if (options && arg.startsWith("-") && arg.length() > 1) {
                return usage(err, "Unknown option: " + arg + ".");
            } else {
                paths.add(arg);
            }
        }
        if (paths.isEmpty()) {
            return usage(err, "Name at least one CSAF document or folder.");
        }
        compileSchemaMeanwhile();
        boolean unreadable = false;
        List<Path> files = new ArrayList<>();
        for (String path : paths) {
            try {
                unreadable |= !collect(Path.of(path), files, err);
            } catch (InvalidPathException e) {
                err.println(path + ": not a valid path.");
                unreadable = true;
            }
        }
        CsafValidator validator = CsafValidator.of(groups);
        int invalid = new Batch(validator, json, out, err).check(files);
        if (invalid < 0 || unreadable) {
            return USAGE_OR_UNREADABLE;
        }
        return invalid > 0 ? SOME_INVALID : ALL_VALID;
    }

    /**
     * {@code mandatory} runs the schema and §6.1; {@code optional} adds §6.2; {@code informative} adds §6.3; {@code all}
     * (the default) runs every test.
     */
    private static Set<CsafTestGroup> groups(String value) {
        return switch (value) {
            case "mandatory" -> EnumSet.of(CsafTestGroup.MANDATORY);
            case "optional" -> EnumSet.of(CsafTestGroup.MANDATORY, CsafTestGroup.OPTIONAL);
            case "informative" -> EnumSet.of(CsafTestGroup.MANDATORY, CsafTestGroup.INFORMATIVE);
            case "all" -> EnumSet.allOf(CsafTestGroup.class);
            default -> null;
        };
    }

    private static boolean collect(Path path, List<Path> files, PrintStream err) {
        if (Files.isDirectory(path)) {
            try {
                JsonFiles walk = new JsonFiles(path);
                Files.walkFileTree(path, walk);
                List<Path> found = walk.found;
                Collections.sort(found);
                if (found.isEmpty()) {
                    err.println(path + ": no *.json file in this folder.");
                    return false;
                }
                files.addAll(found);
                return true;
            } catch (IOException | RuntimeException e) {
                err.println(path + ": the folder cannot be read (" + e.getMessage() + ").");
                return false;
            }
        }
        files.add(path);
        return true;
    }

    /**
     * Collects the regular {@code *.json} files below a folder. Failures surface as {@code Files.walk} would report
     * them: the folder itself as its {@link IOException}, anything below it wrapped in an {@link UncheckedIOException}.
     */
    private static final class JsonFiles extends SimpleFileVisitor<Path> {
        private final Path start;
        private final List<Path> found = new ArrayList<>();

        JsonFiles(Path start) {
            this.start = start;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            collect(dir);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            collect(file);
            return FileVisitResult.CONTINUE;
        }

        private void collect(Path entry) {
            if (entry.getFileName().toString().endsWith(".json") && Files.isRegularFile(entry)) {
                found.add(entry);
            }
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
            if (file.equals(start)) {
                throw failure;
            }
            throw new UncheckedIOException(failure);
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException failure) {
            if (failure != null) {
                throw new UncheckedIOException(failure);
            }
            return FileVisitResult.CONTINUE;
        }
    }

    /**
     * Compiles the schema on a thread of its own while the folders are searched and the first files are read and parsed,
     * rather than in the first validation, which the other workers would wait for: it is the largest fixed cost of a
     * run (ADR 0011).
     */
    private static void compileSchemaMeanwhile() {
        Thread thread = new Thread(new Runnable() {
            @Override
            public void run() {
                CsafSchema.bundled();
            }
        }, "csaf-schema");
        thread.setDaemon(true);
        thread.start();
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println("usage: java -jar madoguchi.jar " + USAGE);
        return USAGE_OR_UNREADABLE;
    }

    /** Validates files on as many threads as there are processors and prints results in the files' order. */
    private static final class Batch {
        private final CsafValidator validator;
        private final boolean json;
        private final PrintStream out;
        private final PrintStream err;

        Batch(CsafValidator validator, boolean json, PrintStream out, PrintStream err) {
            this.validator = validator;
            this.json = json;
            this.out = out;
            this.err = err;
        }

        /** @return how many documents are invalid, or -1 when a file could not be read */
        int check(List<Path> files) {
            int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
            AtomicInteger number = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads, new ThreadFactory() {
                @Override
                public Thread newThread(Runnable task) {
                    Thread thread = new Thread(null, task, "csaf-validate-" + number.incrementAndGet(), STACK_BYTES);
                    thread.setDaemon(true);
                    return thread;
                }
            });
            try {
                List<Future<Result>> results = new ArrayList<>(files.size());
                for (Path file : files) {
                    results.add(pool.submit(new Callable<Result>() {
                        @Override
                        public Result call() {
                            return check(file);
                        }
                    }));
                }
                int invalid = 0;
                boolean unreadable = false;
                for (Future<Result> future : results) {
                    Result result = future.get();
                    if (result.unreadable() != null) {
                        err.println(result.file() + ": " + result.unreadable());
                        unreadable = true;
                        continue;
                    }
                    print(result.file(), result.verdict());
                    if (!result.verdict().valid()) {
                        invalid++;
                    }
                }
                out.flush();
                return unreadable ? -1 : invalid;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            } catch (ExecutionException e) {
                throw new IllegalStateException("validation failed unexpectedly", e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }

        private Result check(Path file) {
            byte[] bytes;
            try {
                if (Files.isRegularFile(file) && Files.size(file) > JsonReader.MAX_BYTES) {
                    return new Result(file, new CsafVerdict(false, List.of(new CsafFinding(CsafFinding.DOCUMENT, "",
                            String.format(java.util.Locale.ROOT, "The document is larger than the limit of %,d bytes.",
                                    JsonReader.MAX_BYTES), CsafFinding.Severity.ERROR))), null);
                }
                bytes = Files.readAllBytes(file);
            } catch (java.nio.file.NoSuchFileException e) {
                return new Result(file, null, "no such file.");
            } catch (IOException | OutOfMemoryError e) {
                return new Result(file, null, "cannot be read (" + e.getMessage() + ").");
            }
            return new Result(file, validator.validate(bytes), null);
        }

        private void print(Path file, CsafVerdict verdict) {
            StringBuilder line = new StringBuilder(256);
            if (json) {
                line.append("{\"file\":");
                JsonText.quote(line, file.toString());
                line.append(",\"valid\":").append(verdict.valid()).append(",\"findings\":[");
                for (int i = 0; i < verdict.findings().size(); i++) {
                    CsafFinding finding = verdict.findings().get(i);
                    line.append(i == 0 ? "{\"test\":" : ",{\"test\":");
                    JsonText.quote(line, finding.test());
                    line.append(",\"path\":");
                    JsonText.quote(line, finding.path());
                    line.append(",\"message\":");
                    JsonText.quote(line, finding.message());
                    line.append(",\"severity\":\"").append(finding.severity().label()).append("\"}");
                }
                line.append("]}");
            } else {
                line.append(file).append(": ").append(verdict.valid() ? "valid" : "invalid");
                for (CsafFinding finding : verdict.findings()) {
                    line.append(System.lineSeparator()).append("  ").append(finding.severity().label()).append(' ')
                            .append(finding.test()).append(' ')
                            .append(finding.path().isEmpty() ? "(document)" : finding.path()).append(": ")
                            .append(oneLine(finding.message()));
                }
            }
            out.println(line);
        }

        private static String oneLine(String text) {
            return text.replace('\n', ' ').replace('\r', ' ');
        }
    }

    private record Result(Path file, CsafVerdict verdict, String unreadable) {
    }
}
