package dev.madoguchi.csaf;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decides whether {@code csaf validate} runs in the JVM that {@code java -jar} started or in a second one started with
 * the client compiler only ({@code -XX:TieredStopAtLevel=1}), and builds that JVM's command line.
 *
 * <p>Why: a validation run is short and its work is spread over the reader, the schema and about a hundred tests. In
 * the default tiered mode most of that code runs in the slower profiling tier while the optimizing compiler, on the
 * same cores, compiles what will rarely pay off before the run ends. With the client compiler alone the 449 real
 * advisories of the benchmark take 0.33 s instead of 0.53 s, and eight times as many 1.05 s instead of 1.8 s (ADR 0011,
 * bench/README.md). A jar cannot set JVM options for itself, so the command starts the second JVM itself, as launcher
 * scripts of other JVM tools do; the extra JVM start costs about 40 ms.
 *
 * <p>The second JVM gets the first one's whole command line, with our options first so that any the user gave
 * (including a different {@code -XX:TieredStopAtLevel}) win. {@code -Dmadoguchi.csaf.relaunch=false} keeps the run in
 * the first JVM. The second JVM is started with {@link #RELAUNCHED_VARIABLE} in its environment, where no option on the
 * command line can undo it, so it never starts a third.
 */
public final class ValidatorJvm {

    /** The system property that turns the second JVM off ({@code false}). */
    public static final String RELAUNCH_PROPERTY = "madoguchi.csaf.relaunch";

    /** Set in the second JVM's environment. */
    public static final String RELAUNCHED_VARIABLE = "MADOGUCHI_CSAF_RELAUNCHED";

    /** Input size from which the second JVM pays for its start (bench/README.md). */
    static final long WORTH_BYTES = 1024 * 1024;

    static final String CLIENT_COMPILER_ONLY = "-XX:TieredStopAtLevel=1";

    private ValidatorJvm() {
    }

    /**
     * The command line of the second JVM for this JVM's run with {@code programArgs} (starting {@code csaf validate}),
     * or {@code null} when the validation should run here.
     */
    public static List<String> commandForThisRun(List<String> programArgs) {
        // the words after "csaf validate": a folder named csaf where the command runs must not count
        if (!worthASecondJvm(programArgs.subList(Math.min(2, programArgs.size()), programArgs.size()))) {
            return null;
        }
        ProcessHandle.Info self = ProcessHandle.current().info();
        return command(self.command().orElse(null), arguments(self), programArgs, System.getProperty(RELAUNCH_PROPERTY),
                System.getenv(RELAUNCHED_VARIABLE));
    }

    /**
     * Whether the run is long enough to repay a second JVM's start: a folder, or files of {@link #WORTH_BYTES}
     * together.
     * One advisory takes about 0.15 s either way, fifty about 0.22 s here and 0.16 s plus the start there.
     */
    static boolean worthASecondJvm(List<String> programArgs) {
        long bytes = 0;
        for (String arg : programArgs) {
            try {
                Path path = Path.of(arg);
                if (Files.isDirectory(path)) {
                    return true;
                }
                if (Files.isRegularFile(path)) {
                    bytes += Files.size(path);
                }
            } catch (IOException | RuntimeException e) {
                // Not a readable path (an option, its value, a name the command will report): it adds no work.
            }
            if (bytes >= WORTH_BYTES) {
                return true;
            }
        }
        return false;
    }

    /**
     * This JVM's arguments. On Linux they are read from {@code /proc/self/cmdline} in full: {@link ProcessHandle.Info}
     * reads only its first page, which a few hundred file names overflow.
     */
    private static List<String> arguments(ProcessHandle.Info self) {
        Path cmdline = Path.of("/proc/self/cmdline");
        if (Files.isReadable(cmdline)) {
            try {
                return arguments(Files.readAllBytes(cmdline), Charset.forName(System.getProperty("sun.jnu.encoding",
                        Charset.defaultCharset().name())));
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
        String[] arguments = self.arguments().orElse(null);
        return arguments == null ? null : Arrays.asList(arguments);
    }

    /** The arguments after the executable in a NUL-separated command line as {@code /proc/PID/cmdline} holds it. */
    static List<String> arguments(byte[] cmdline, Charset charset) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cmdline.length; i++) {
            if (cmdline[i] == 0) {
                words.add(new String(cmdline, start, i - start, charset));
                start = i + 1;
            }
        }
        if (start < cmdline.length) {
            words.add(new String(cmdline, start, cmdline.length - start, charset));
        }
        return words.isEmpty() ? null : words.subList(1, words.size());
    }

    /**
     * The command line of the second JVM, or {@code null} when the validation should run here.
     *
     * @param executable  the running JVM's executable, {@code null} when the platform does not say
     * @param arguments   the running JVM's arguments after the executable (its options, {@code -jar} and the jar or the
     *                    main class, then the program's arguments), {@code null} when the platform does not say
     * @param programArgs the arguments {@code main} received, which must end {@code arguments}
     * @param relaunch    the value of {@link #RELAUNCH_PROPERTY}, {@code null} when unset
     * @param relaunched  the value of {@link #RELAUNCHED_VARIABLE}, {@code null} when unset
     */
    public static List<String> command(String executable, List<String> arguments, List<String> programArgs,
            String relaunch, String relaunched) {
        if ("false".equals(relaunch) || relaunched != null || executable == null || arguments == null
                || arguments.size() <= programArgs.size()) {
            return null;
        }
        int options = arguments.size() - programArgs.size();
        if (!arguments.subList(options, arguments.size()).equals(programArgs)) {
            // The platform's view of the command line does not match what main received (an argument file, a
            // truncated process table entry): starting a JVM from it could validate something else.
            return null;
        }
        List<String> command = new ArrayList<>(arguments.size() + 2);
        command.add(executable);
        command.add(CLIENT_COMPILER_ONLY);
        command.addAll(arguments);
        return command;
    }

    /**
     * Runs {@code command} (from {@link #command}) with this JVM's input and output and {@link #RELAUNCHED_VARIABLE}
     * set, and answers its exit status. The second JVM is stopped if this one is stopped first.
     */
    public static int run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put(RELAUNCHED_VARIABLE, "1");
        Process child = builder.start();
        Thread stopChild = new StopChild(child);
        Runtime.getRuntime().addShutdownHook(stopChild);
        int status = child.waitFor();
        Runtime.getRuntime().removeShutdownHook(stopChild);
        return status;
    }

    private static final class StopChild extends Thread {
        private final Process child;

        StopChild(Process child) {
            super("csaf-validate-stop");
            this.child = child;
        }

        @Override
        public void run() {
            child.destroy();
        }
    }
}
