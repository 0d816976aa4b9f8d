package dev.madoguchi.identity;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import dev.madoguchi.shared.CommandArguments;
import dev.madoguchi.shared.Subcommand;

import org.springframework.stereotype.Component;

/** {@code token create --username U [--name N] [--expires-in-days D]}: prints a new personal API token once. */
@Component
public class TokenCreateCommand implements Subcommand {

    private final StaffAccounts accounts;
    private final PersonalApiTokens tokens;

    TokenCreateCommand(StaffAccounts accounts, PersonalApiTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        String username;
        String name;
        Duration lifetime;
        try {
            CommandArguments parsed = CommandArguments.parse(args, Set.of("username", "name", "expires-in-days"),
                    Set.of());
            username = parsed.required("username");
            name = parsed.value("name").orElse("command line");
            lifetime = parsed.value("expires-in-days").map(days -> Duration.ofDays(parseDays(days))).orElse(null);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        StaffAccount account = accounts.findByUsername(username).filter(StaffAccount::active).orElse(null);
        if (account == null) {
            err.println("No active user " + username + ".");
            return 1;
        }
        try {
            out.println(tokens.issue(account.id(), account.username(), name, lifetime).secret());
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("The token was not created: " + e.getMessage() + ".");
            return 2;
        }
    }

    private static long parseDays(String days) {
        try {
            return Long.parseLong(days.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--expires-in-days takes a whole number of days.");
        }
    }
}
