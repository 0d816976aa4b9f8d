package dev.madoguchi.cna;

import static dev.madoguchi.shared.Access.roles;
import static dev.madoguchi.shared.RouteRule.any;

import dev.madoguchi.shared.Role;
import dev.madoguchi.shared.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CnaRoutes {

    @Bean
    RouteRules cnaRouteRules() {
        return RouteRules.of("cna",
                any("/cna/ids", roles(Role.ADMIN, Role.PSIRT)),
                any("/cna/ids/**", roles(Role.ADMIN, Role.PSIRT)));
    }
}
