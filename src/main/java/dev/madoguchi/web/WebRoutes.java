package dev.madoguchi.web;

import static dev.madoguchi.shared.Access.anyone;
import static dev.madoguchi.shared.Access.roles;
import static dev.madoguchi.shared.Access.signedIn;
import static dev.madoguchi.shared.RouteRule.any;
import static dev.madoguchi.shared.RouteRule.get;

import dev.madoguchi.shared.Role;
import dev.madoguchi.shared.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WebRoutes {

    @Bean
    RouteRules webRouteRules() {
        return RouteRules.of("web",
                get("/", anyone()),
                get("/desk", signedIn()),
                get("/css/**", anyone()),
                get("/js/**", anyone()),
                get("/images/**", anyone()),
                get("/webjars/**", anyone()),
                get("/favicon.ico", anyone()),
                // error pages are rendered for any method of the request that failed
                any("/error", anyone()),
                // operations: health for load balancers (status only), metrics for an ADMIN token
                get("/actuator/health", anyone()),
                get("/actuator/health/**", anyone()),
                get("/actuator/prometheus", roles(Role.ADMIN)));
    }
}
