package dev.madoguchi.audit;

import static dev.madoguchi.shared.Access.roles;
import static dev.madoguchi.shared.RouteRule.get;
import static dev.madoguchi.shared.RouteRule.post;

import dev.madoguchi.shared.Role;
import dev.madoguchi.shared.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditRoutes {

    @Bean
    RouteRules auditRouteRules() {
        return RouteRules.of("audit",
                get("/admin/audit", roles(Role.ADMIN)),
                post("/admin/audit/verify", roles(Role.ADMIN)));
    }
}
