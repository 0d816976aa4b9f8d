package dev.madoguchi.coordinators;

import static dev.madoguchi.shared.Access.roles;
import static dev.madoguchi.shared.RouteRule.any;

import dev.madoguchi.shared.Role;
import dev.madoguchi.shared.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CoordinatorRoutes {

    @Bean
    RouteRules coordinatorRouteRules() {
        return RouteRules.of("coordinators",
                any("/admin/coordinators", roles(Role.ADMIN)),
                any("/admin/coordinators/**", roles(Role.ADMIN)));
    }
}
