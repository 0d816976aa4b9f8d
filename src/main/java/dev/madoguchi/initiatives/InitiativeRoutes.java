package dev.madoguchi.initiatives;

import static dev.madoguchi.shared.Access.roles;
import static dev.madoguchi.shared.RouteRule.any;

import dev.madoguchi.shared.Role;
import dev.madoguchi.shared.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InitiativeRoutes {

    @Bean
    RouteRules initiativeRouteRules() {
        return RouteRules.of("initiatives",
                any("/initiatives", roles(Role.ADMIN, Role.PSIRT)),
                any("/initiatives/**", roles(Role.ADMIN, Role.PSIRT)));
    }
}
