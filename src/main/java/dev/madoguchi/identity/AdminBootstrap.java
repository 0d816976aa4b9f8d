package dev.madoguchi.identity;

import java.io.PrintStream;
import java.util.EnumSet;

import dev.madoguchi.shared.Language;
import dev.madoguchi.shared.Role;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first start (no administrator exists yet) creates the account {@code admin}. Its password is
 * {@code MADOGUCHI_ADMIN_PASSWORD} when set, otherwise a one-time password printed once to the console, never to the
 * log; either way the first sign-in forces a change. Safe with several nodes starting at once: only the node whose
 * insert wins prints a password.
 */
@Component
@ConditionalOnWebApplication
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    static final String USERNAME = "admin";

    private final StaffAccounts accounts;
    private final StaffAccountAdministration administration;
    private final TransactionTemplate transaction;
    private final String configuredPassword;
    private final PrintStream console;

    AdminBootstrap(StaffAccounts accounts, StaffAccountAdministration administration, TransactionTemplate transaction,
            @Value("${madoguchi.admin.password:}") String configuredPassword) {
        this.accounts = accounts;
        this.administration = administration;
        this.transaction = transaction;
        this.configuredPassword = configuredPassword;
        this.console = System.out;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyWithRole(Role.ADMIN)) {
            return;
        }
        String password = configuredPassword.isBlank() ? null : configuredPassword;
        StaffAccountAdministration.Created created;
        try {
            created = transaction.execute(tx -> administration.create(USERNAME, "Administrator", null,
                    Language.JA, EnumSet.of(Role.ADMIN), password, true));
        } catch (AccountRuleViolation violation) {
            if (violation.problems().stream().anyMatch(p -> p.messageKey().equals("user.username.taken"))) {
                return; // another node created it a moment ago
            }
            throw new AdminPasswordRejectedException(violation);
        }
        log.info("Created the administrator account '{}'; it must change its password at first sign-in.", USERNAME);
        if (created.temporaryPassword() != null) {
            console.println();
            console.println("=================================================================");
            console.println(" Madoguchi: first start. Sign in as '" + USERNAME + "' with the one-time password");
            console.println();
            console.println("     " + created.temporaryPassword());
            console.println();
            console.println(" You will be asked to choose a new password. This is shown once.");
            console.println("=================================================================");
            console.println();
        }
    }
}
