package dev.madoguchi.cwe;

import static dev.madoguchi.shared.Access.anyone;
import static dev.madoguchi.shared.RouteRule.get;

import dev.madoguchi.shared.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CweRoutes {

    @Bean
    RouteRules cweRouteRules() {
        return RouteRules.of("cwe", get("/cwe/suggestions", anyone()));
    }
}
