package dev.madoguchi.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records audit events in the same database transaction as the act they describe: if the act rolls back, so does
 * its record, and a committed act always has one.
 *
 * <p>Entries are appended to the chain just before the transaction commits, so the chain head (one locked row) is
 * held only for the commit, not for the whole unit of work.
 */
@Component
public class AuditTrail {

    static final String SYSTEM = "system";
    static final String ANONYMOUS = "anonymous";

    private final AuditChain chain;
    private final Clock clock;

    AuditTrail(AuditChain chain, Clock clock) {
        this.chain = chain;
        this.clock = clock;
    }

    /** Records an act by the current user (or {@code system} outside a request). Needs an active transaction. */
    public void record(AuditEntry entry) {
        recordAs(currentActor(), entry);
    }

    /** Records an act by a named actor, e.g. the user name typed on a failed sign-in. Needs an active transaction. */
    public void recordAs(String actor, AuditEntry entry) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("audit entries are written in the transaction of the act they describe");
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.entries.add(new AuditChain.Unchained(clock.instant(), actor == null ? SYSTEM : actor, currentOrigin(),
                entry));
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return SYSTEM;
        }
        if (authentication instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        return authentication.getName();
    }

    private static String currentOrigin() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    /** The entries of one transaction, appended to the chain before it commits. */
    private final class Pending implements TransactionSynchronization {

        private final List<AuditChain.Unchained> entries = new ArrayList<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            chain.append(entries);
            entries.clear();
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(AuditTrail.this);
        }
    }
}
