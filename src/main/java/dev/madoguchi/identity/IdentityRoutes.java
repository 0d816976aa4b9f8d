package dev.madoguchi.identity;

import static dev.madoguchi.shared.Access.anyone;
import static dev.madoguchi.shared.Access.roles;
import static dev.madoguchi.shared.Access.signedIn;
import static dev.madoguchi.shared.RouteRule.any;
import static dev.madoguchi.shared.RouteRule.get;
import static dev.madoguchi.shared.RouteRule.post;

import dev.madoguchi.shared.Role;
import dev.madoguchi.shared.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentityRoutes {

    @Bean
    RouteRules identityRouteRules() {
        return RouteRules.of("identity",
                get("/sign-in", anyone()),
                post("/sign-in", anyone()),
                any("/sign-out", anyone()),
                any("/account/**", signedIn()),
                any("/admin/users/**", roles(Role.ADMIN)),
                get("/api/v1/me", signedIn()));
    }
}
