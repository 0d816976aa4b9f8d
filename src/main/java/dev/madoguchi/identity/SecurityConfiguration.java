package dev.madoguchi.identity;

import java.time.Clock;

import dev.madoguchi.shared.Role;
import dev.madoguchi.shared.RouteRule;
import dev.madoguchi.shared.RouteRules;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Two filter chains built from the modules' {@link RouteRules}, each ending in "deny":
 * <ul>
 * <li>the API ({@code /api/**}, {@code /actuator/**}): stateless, bearer tokens only, answers in problem+json;</li>
 * <li>the pages: form sign-in, sessions in PostgreSQL, CSRF on every form, a strict Content-Security-Policy.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    /** No inline script or style anywhere; htmx is served from our own origin. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, RouteAccess routes, ApiTokens tokens, StaffAccounts accounts,
            Clock clock) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(auth -> declare(auth, routes))
                .csrf(csrf -> csrf.disable()) // no cookies are accepted on the API, so there is nothing to forge
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, accounts, clock), LogoutFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> ApiProblems.write(response,
                                HttpStatus.UNAUTHORIZED, "Authentication with an API token is required."))
                        // The same answer as for a missing resource: a refusal does not confirm that it exists.
                        .accessDeniedHandler((request, response, ex) -> ApiProblems.write(response,
                                HttpStatus.NOT_FOUND, "Not found.")))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, RouteAccess routes, SignInOutcomes outcomes,
            PageAccessDenied accessDenied) throws Exception {
        http.authorizeHttpRequests(auth -> declare(auth, routes))
                .formLogin(form -> form.loginPage("/sign-in").loginProcessingUrl("/sign-in")
                        .successHandler(outcomes).failureHandler(outcomes))
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out")
                        .deleteCookies("SESSION"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/sign-in"))
                        .accessDeniedHandler(accessDenied))
                .addFilterAfter(new PasswordChangeRequiredFilter(), AnonymousAuthenticationFilter.class)
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny())
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                                "camera=(), microphone=(), geolocation=(), payment=()"))
                        .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")));
        return http.build();
    }

    private static void declare(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth,
            RouteAccess routes) {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        for (RouteAccess.Compiled compiled : routes.ordered()) {
            RouteRule rule = compiled.rule();
            var matched = auth.requestMatchers(paths.matcher(rule.method(), rule.pattern()));
            switch (rule.access().kind()) {
                case PUBLIC -> matched.permitAll();
                case SIGNED_IN -> matched.authenticated();
                case ROLES -> matched.hasAnyRole(rule.access().roles().stream().map(Role::name).toArray(String[]::new));
            }
        }
        auth.anyRequest().denyAll();
    }
}
