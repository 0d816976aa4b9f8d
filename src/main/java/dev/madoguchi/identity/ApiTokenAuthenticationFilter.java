package dev.madoguchi.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests carrying {@code Authorization: Bearer mdg_...}. The authentication lives only for the
 * request (the API is stateless); a presented token that is unknown, expired or revoked is answered with 401 at once,
 * never downgraded to an anonymous request.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final StaffAccounts accounts;
    private final Clock clock;

    ApiTokenAuthenticationFilter(ApiTokens tokens, StaffAccounts accounts, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            ApiProblems.write(response, HttpStatus.UNAUTHORIZED, "Use 'Authorization: Bearer <token>'.");
            return;
        }
        String secret = header.substring(BEARER.length()).trim();
        Optional<StaffPrincipal> principal = authenticate(secret);
        if (principal.isEmpty()) {
            ApiProblems.write(response, HttpStatus.UNAUTHORIZED, "The API token is invalid, expired or revoked.");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TokenAuthentication(principal.get()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Optional<StaffPrincipal> authenticate(String secret) {
        if (!ApiTokenSecret.looksLikeToken(secret)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String hash = ApiTokenSecret.hash(secret);
        Optional<StaffPrincipal> principal = tokens.activeOwner(hash, now).flatMap(accounts::findById)
                .map(account -> account.principal(now)).filter(p -> p.isEnabled());
        principal.ifPresent(p -> tokens.touch(hash, now));
        return principal;
    }

    /** An API request authenticated by a personal token. */
    static final class TokenAuthentication extends AbstractAuthenticationToken {

        private final StaffPrincipal principal;

        TokenAuthentication(StaffPrincipal principal) {
            super(principal.getAuthorities());
            this.principal = principal;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return principal;
        }
    }
}
