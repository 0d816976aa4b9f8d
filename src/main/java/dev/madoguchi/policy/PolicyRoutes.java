package dev.madoguchi.policy;

import static dev.madoguchi.shared.Access.anyone;
import static dev.madoguchi.shared.Access.roles;
import static dev.madoguchi.shared.RouteRule.get;
import static dev.madoguchi.shared.RouteRule.post;

import dev.madoguchi.shared.Role;
import dev.madoguchi.shared.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PolicyRoutes {

    @Bean
    RouteRules policyRouteRules() {
        return RouteRules.of("policy",
                get("/policy", anyone()),
                get("/admin/policy", roles(Role.ADMIN)),
                post("/admin/policy", roles(Role.ADMIN)));
    }
}
