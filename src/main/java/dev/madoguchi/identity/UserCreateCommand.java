package dev.madoguchi.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.madoguchi.shared.CommandArguments;
import dev.madoguchi.shared.Language;
import dev.madoguchi.shared.Role;
import dev.madoguchi.shared.Subcommand;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code user create --username U --role R [--role R2] [--display-name N] [--email E] [--language ja|en]
 * [--temporary] --password-stdin}: the password is the first line of standard input, so it never appears in a process list or shell
 * history.
 */
@Component
public class UserCreateCommand implements Subcommand {

    private final StaffAccountAdministration administration;
    private final TransactionTemplate transaction;

    UserCreateCommand(StaffAccountAdministration administration, TransactionTemplate transaction) {
        this.administration = administration;
        this.transaction = transaction;
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        CommandArguments parsed;
        Set<Role> roles = EnumSet.noneOf(Role.class);
        try {
            parsed = CommandArguments.parse(withoutRoles(args, roles),
                    Set.of("username", "display-name", "email", "language"), Set.of("password-stdin", "temporary"));
            if (!parsed.flag("password-stdin")) {
                throw new IllegalArgumentException("--password-stdin is required: pipe the password on standard input.");
            }
            parsed.required("username");
            parsed.value("language").filter(tag -> Language.fromTag(tag).isEmpty()).ifPresent(tag -> {
                throw new IllegalArgumentException("--language must be ja or en.");
            });
            if (roles.isEmpty()) {
                throw new IllegalArgumentException("--role is required (ADMIN, PSIRT, DEVELOPER or COORDINATOR).");
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        String password;
        try {
            password = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            err.println("Cannot read the password from standard input: " + e.getMessage());
            return 2;
        }
        if (password == null) {
            err.println("No password on standard input.");
            return 2;
        }
        String username = parsed.required("username");
        try {
            StaffAccountAdministration.Created created = transaction.execute(tx ->
                    administration.create(username, parsed.value("display-name").orElse(username),
                            parsed.value("email").orElse(null),
                            parsed.value("language").flatMap(Language::fromTag).orElse(Language.JA), roles, password, parsed.flag("temporary")));
            out.println("created user " + StaffAccounts.normalize(username) + " (id " + created.id() + ") with roles "
                    + roles);
            return 0;
        } catch (AccountRuleViolation violation) {
            err.println("The user was not created: " + violation.getMessage());
            return 1;
        }
    }

    /** Collects every {@code --role R} (the option may repeat) and returns the other arguments. */
    private static List<String> withoutRoles(List<String> args, Set<Role> roles) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = null;
            if (arg.equals("--role")) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("--role needs a value.");
                }
                value = args.get(++i);
            } else if (arg.startsWith("--role=")) {
                value = arg.substring("--role=".length());
            }
            if (value == null) {
                rest.add(arg);
                continue;
            }
            try {
                roles.add(Role.valueOf(value.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown role " + value + "; use ADMIN, PSIRT, DEVELOPER or COORDINATOR.");
            }
        }
        return rest;
    }
}
