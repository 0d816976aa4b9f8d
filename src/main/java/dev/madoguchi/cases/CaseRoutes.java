package dev.madoguchi.cases;

import static dev.madoguchi.shared.Access.roles;
import static dev.madoguchi.shared.Access.signedIn;
import static dev.madoguchi.shared.RouteRule.any;
import static dev.madoguchi.shared.RouteRule.get;

import dev.madoguchi.shared.Role;
import dev.madoguchi.shared.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CaseRoutes {

    @Bean
    RouteRules caseRouteRules() {
        return RouteRules.of("cases",
                // which cases a person sees is decided in the queries (CaseVisibility), which acts in CaseWorkflow
                get("/cases", signedIn()),
                // a thread's files: for that thread's readers only, decided in CaseConversation.mayUse
                get("/cases/*/messages/*/files/*", signedIn()),
                any("/cases/**", signedIn()),
                any("/admin/divisions/**", roles(Role.ADMIN)),
                any("/admin/templates/**", roles(Role.ADMIN)));
    }
}
