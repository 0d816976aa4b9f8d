package dev.madoguchi.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import dev.madoguchi.audit.AuditEntry;
import dev.madoguchi.audit.AuditTrail;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What follows a sign-in attempt: the audit record, the failure count and lockout, and where the browser goes next
 * (the forced password change comes first).
 */
@Component
class SignInOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    static final String PASSWORD_PAGE = "/account/password";
    static final int MAX_RECORDED_USERNAME = 100;

    private final StaffAccounts accounts;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final SignInProperties properties;
    private final Clock clock;
    private final SavedRequestAwareAuthenticationSuccessHandler continueToRequestedPage;

    SignInOutcomes(StaffAccounts accounts, AuditTrail audit, TransactionTemplate transaction,
            SignInProperties properties, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
        this.continueToRequestedPage = new SavedRequestAwareAuthenticationSuccessHandler();
        this.continueToRequestedPage.setDefaultTargetUrl("/desk");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, jakarta.servlet.ServletException {
        StaffPrincipal principal = (StaffPrincipal) authentication.getPrincipal();
        Instant now = clock.instant();
        transaction.executeWithoutResult(tx -> {
            accounts.recordSignIn(principal.id(), now);
            audit.recordAs(principal.getUsername(), AuditEntry.of("sign-in.succeeded", "user", principal.id(), ""));
        });
        if (principal.mustChangePassword()) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        continueToRequestedPage.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String typed = recordable(request.getParameter("username"));
        Instant now = clock.instant();
        transaction.executeWithoutResult(tx -> {
            Optional<StaffAccount> account = accounts.findByUsername(typed);
            String reason = reason(exception);
            String summary = "reason: " + reason;
            if (account.isPresent() && exception instanceof BadCredentialsException) {
                if (accounts.recordFailedSignIn(account.get().id(), properties.maxFailures(),
                        properties.lockDuration(), now)) {
                    summary += "; locked until " + now.plus(properties.lockDuration());
                }
            }
            audit.recordAs(typed.isEmpty() ? "anonymous" : typed, AuditEntry.of("sign-in.failed", "user",
                    account.map(StaffAccount::id).orElse(null), account.isPresent() ? summary : summary + " (no such user)"));
        });
        // One message for every failure: the page never tells whether the user name exists or is locked.
        response.sendRedirect(request.getContextPath() + "/sign-in?error");
    }

    private static String reason(AuthenticationException exception) {
        if (exception instanceof LockedException) {
            return "locked";
        }
        if (exception instanceof DisabledException) {
            return "deactivated";
        }
        if (exception instanceof BadCredentialsException) {
            return "bad credentials";
        }
        return exception.getClass().getSimpleName();
    }

    /** The typed user name, shortened and stripped of control characters, as it goes into the audit trail. */
    static String recordable(String typed) {
        if (typed == null) {
            return "";
        }
        String clean = typed.strip().replaceAll("\\p{Cntrl}", "?");
        return clean.length() > MAX_RECORDED_USERNAME ? clean.substring(0, MAX_RECORDED_USERNAME) : clean;
    }
}
