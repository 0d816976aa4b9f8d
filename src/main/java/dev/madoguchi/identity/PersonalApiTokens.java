package dev.madoguchi.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.madoguchi.audit.AuditEntry;
import dev.madoguchi.audit.AuditTrail;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Issuing, listing and revoking personal API tokens, each act audited. */
@Component
class PersonalApiTokens {

    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_LIFETIME_DAYS = 730;

    /** A token just created: the secret is shown once and then exists only as its hash. */
    record Issued(long id, String secret) {
    }

    private final ApiTokens tokens;
    private final AuditTrail audit;
    private final Clock clock;

    PersonalApiTokens(ApiTokens tokens, AuditTrail audit, Clock clock) {
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param lifetime null for a token without expiry
     */
    @Transactional
    Issued issue(long userId, String username, String name, Duration lifetime) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a token name has 1 to " + MAX_NAME_LENGTH + " characters");
        }
        if (lifetime != null && (lifetime.isNegative() || lifetime.isZero()
                || lifetime.compareTo(Duration.ofDays(MAX_LIFETIME_DAYS)) > 0)) {
            throw new IllegalArgumentException("a token lives 1 to " + MAX_LIFETIME_DAYS + " days");
        }
        Instant now = clock.instant();
        String secret = ApiTokenSecret.generate();
        Instant expires = lifetime == null ? null : now.plus(lifetime);
        long id = tokens.insert(userId, cleanName, ApiTokenSecret.hash(secret), ApiTokenSecret.displayPrefix(secret),
                now, expires);
        audit.record(AuditEntry.of("api-token.created", "api-token", id,
                "owner: " + username + "; name: " + cleanName + "; expires: " + (expires == null ? "never" : expires)));
        return new Issued(id, secret);
    }

    List<ApiTokenView> of(long userId) {
        return tokens.forUser(userId);
    }

    Optional<ApiTokenView> find(long tokenId) {
        return tokens.find(tokenId);
    }

    /** Revokes a token; false when it was already revoked or does not exist. */
    @Transactional
    boolean revoke(ApiTokenView token) {
        boolean revoked = tokens.revoke(token.id(), clock.instant());
        if (revoked) {
            audit.record(AuditEntry.of("api-token.revoked", "api-token", token.id(),
                    "owner: " + token.username() + "; name: " + token.name()));
        }
        return revoked;
    }
}
