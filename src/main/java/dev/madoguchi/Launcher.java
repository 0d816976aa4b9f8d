package dev.madoguchi;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.madoguchi.audit.AuditVerifyCommand;
import dev.madoguchi.calendar.CalendarCommand;
import dev.madoguchi.csaf.CsafValidateCommand;
import dev.madoguchi.cve.CveValidateCommand;
import dev.madoguchi.cvss.CvssScoreCommand;
import dev.madoguchi.identity.TokenCreateCommand;
import dev.madoguchi.identity.UserCreateCommand;
import dev.madoguchi.shared.Subcommand;
import dev.madoguchi.trustedprovider.ExportProviderCommand;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;

/**
 * Chooses between serving the web application and running one command-line task. No argument (or Spring-style
 * {@code --name=value} options only) means {@code serve}.
 */
final class Launcher {

    /** Returned by {@link #launch} when the web server was started and the process must keep running. */
    static final int SERVING = -1;

    /** A task that needs neither Spring nor the database (it must start fast and run anywhere). */
    interface PlainTask {
        int run(List<String> args, PrintStream out, PrintStream err);
    }

    /**
     * A command-line task: its words, its usage line, what it does, and the Spring bean that runs it, or the plain
     * task that runs it without Spring.
     */
    record Command(String name, String usage, String summary, Class<? extends Subcommand> bean, PlainTask plain) {

        Command(String name, String usage, String summary, Class<? extends Subcommand> bean) {
            this(name, usage, summary, bean, null);
        }

        List<String> words() {
            return List.of(name.split(" "));
        }
    }

    static final List<Command> COMMANDS = List.of(
            new Command("serve", "serve [--server.port=8080] [--name=value ...]",
                    "Start the web application (the default when no command is given).", null),
            new Command("user create", "user create --username U --role R [--role R2] [--display-name N] [--email E] "
                    + "[--language ja|en] [--temporary] --password-stdin",
                    "Create a staff account; the password is read from standard input.", UserCreateCommand.class),
            new Command("token create", "token create --username U [--name N] [--expires-in-days D]",
                    "Create a personal API token for a user and print it once.", TokenCreateCommand.class),
            new Command("audit verify", "audit verify",
                    "Walk the audit chain: print 'ok N events' or the first broken link (exit 1).", AuditVerifyCommand.class),
            new Command("calendar", "calendar holidays --year Y [--national-only] | calendar add-business-days --from "
                    + "2026-12-25T10:00+09:00 --days 5 [--national-only]",
                    "Japanese national holidays (and the company's), and business-day deadlines.",
                    CalendarCommand.class),
            new Command("cvss score", "cvss score VECTOR",
                    "Print the base score and severity of a CVSS v3.1 or v4.0 vector (v3.0 and v2 read too).", null,
                    CvssScoreCommand::run),
            new Command("cve validate", "cve validate [--schema-version 5.1.1] FILE|FOLDER...",
                    "Check CVE JSON 5 records against the CVE schema: one line per file with the failing JSON pointers.",
                    null, CveValidateCommand::run),
            new Command("csaf validate", CsafValidateCommand.USAGE, CsafValidateCommand.SUMMARY, null,
                    CsafValidateCommand::run),
            new Command("csaf export-provider", "csaf export-provider DIR [--public-url https://psirt.example.com]",
                    "Write the CSAF trusted provider's files (.well-known/csaf/..., security.txt) under DIR, as served.",
                    ExportProviderCommand.class));

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    Launcher(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    int launch(String[] args) {
        List<String> list = Arrays.asList(args);
        if (list.isEmpty() || list.get(0).startsWith("--") && !isHelp(list.get(0))) {
            return serve(args);
        }
        if (isHelp(list.get(0)) || list.get(0).equals("help")) {
            printHelp(out);
            return 0;
        }
        Optional<Command> match = find(list);
        if (match.isEmpty()) {
            err.println("Unknown command: " + String.join(" ", list.subList(0, Math.min(2, list.size())))
                    + ". Run with --help to list the commands.");
            return 2;
        }
        Command command = match.get();
        List<String> rest = list.subList(command.words().size(), list.size());
        if (command.plain() != null) {
            if (rest.stream().anyMatch(Launcher::isHelp)) {
                out.println("usage: java -jar madoguchi.jar " + command.usage());
                out.println(command.summary());
                return 0;
            }
            return command.plain().run(rest, out, err);
        }
        if (command.bean() == null) {
            return serve(rest.toArray(String[]::new));
        }
        if (command.bean() == CalendarCommand.class && rest.contains("--national-only")) {
            // national holidays need no database: no Spring, no PostgreSQL
            return CalendarCommand.nationalOnly().run(rest, in, out, err);
        }
        if (rest.stream().anyMatch(Launcher::isHelp)) {
            out.println("usage: java -jar madoguchi.jar " + command.usage());
            out.println(command.summary());
            return 0;
        }
        return runInContext(command, rest);
    }

    static Optional<Command> find(List<String> args) {
        return COMMANDS.stream()
                .filter(c -> args.size() >= c.words().size() && args.subList(0, c.words().size()).equals(c.words()))
                .findFirst();
    }

    private int serve(String[] springArgs) {
        SpringApplication.run(MadoguchiApplication.class, springArgs);
        // The web server's threads keep the JVM alive until shutdown; main() must not exit.
        return SERVING;
    }

    private int runInContext(Command command, List<String> args) {
        SpringApplication app = new SpringApplication(MadoguchiApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        app.setAdditionalProfiles("cli");
        try (ConfigurableApplicationContext context = app.run()) {
            // Whatever the task changes is audited as done from the command line by this operating-system user.
            SecurityContextHolder.getContext().setAuthentication(new PreAuthenticatedAuthenticationToken(
                    "command-line:" + System.getProperty("user.name"), null, List.of()));
            return context.getBean(command.bean()).run(args, in, out, err);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h");
    }

    static void printHelp(PrintStream out) {
        out.println("Madoguchi, the PSIRT desk.");
        out.println();
        out.println("usage: java -jar madoguchi.jar [command] [options]");
        out.println();
        out.println("Commands:");
        for (Command c : COMMANDS) {
            out.println("  " + c.usage());
            out.println("      " + c.summary());
        }
        out.println();
        out.println("Configuration comes from the environment (MADOGUCHI_DATA_DIR, MADOGUCHI_DATABASE_URL, ...);");
        out.println("see the README. Commands use the same database as the server.");
    }
}
