package dev.madoguchi.openpgp;

import static dev.madoguchi.shared.Access.anyone;
import static dev.madoguchi.shared.Access.roles;
import static dev.madoguchi.shared.RouteRule.any;
import static dev.madoguchi.shared.RouteRule.get;

import dev.madoguchi.shared.Role;
import dev.madoguchi.shared.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenPgpRoutes {

    @Bean
    RouteRules openPgpRouteRules() {
        // issue 9: the keys' life is for ADMIN only; the public keys are for everyone (key page, download, and the
        // Web Key Directory, draft-koch-openpgp-webkey-service §3.1 and §4.5)
        return RouteRules.of("openpgp",
                any("/admin/pgp-keys", roles(Role.ADMIN)),
                any("/admin/pgp-keys/**", roles(Role.ADMIN)),
                get("/pgp-key", anyone()),
                get("/pgp-key.asc", anyone()),
                get("/.well-known/openpgpkey/hu/*", anyone()),
                get("/.well-known/openpgpkey/policy", anyone()));
    }
}
