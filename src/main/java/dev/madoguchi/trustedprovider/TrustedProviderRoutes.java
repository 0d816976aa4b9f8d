package dev.madoguchi.trustedprovider;

import static dev.madoguchi.shared.Access.anyone;
import static dev.madoguchi.shared.RouteRule.get;

import dev.madoguchi.shared.Access;
import dev.madoguchi.shared.RouteRule;
import dev.madoguchi.shared.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class TrustedProviderRoutes {

    @Bean
    RouteRules trustedProviderRouteRules() {
        // CSAF 2.0 §7.1.4: TLP:WHITE documents and their metadata are freely accessible; HEAD too, for clients that
        // check before they fetch. Only TLP:WHITE documents are ever in this tree (PublicDocuments).
        return RouteRules.of("trustedprovider",
                get("/.well-known/csaf/**", anyone()),
                head("/.well-known/csaf/**", anyone()),
                get("/.well-known/security.txt", anyone()),
                head("/.well-known/security.txt", anyone()),
                get("/security.txt", anyone()),
                head("/security.txt", anyone()));
    }

    private static RouteRule head(String pattern, Access access) {
        return new RouteRule(HttpMethod.HEAD, pattern, access);
    }
}
