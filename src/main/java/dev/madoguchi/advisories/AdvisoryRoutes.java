package dev.madoguchi.advisories;

import static dev.madoguchi.shared.Access.anyone;
import static dev.madoguchi.shared.Access.roles;
import static dev.madoguchi.shared.RouteRule.any;
import static dev.madoguchi.shared.RouteRule.get;
import static dev.madoguchi.shared.RouteRule.post;

import dev.madoguchi.shared.Role;
import dev.madoguchi.shared.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AdvisoryRoutes {

    @Bean
    RouteRules advisoryRouteRules() {
        return RouteRules.of("advisories",
                // drafts are PSIRT's work; nothing about an unpublished advisory reaches anyone else
                post("/cases/*/advisories", roles(Role.ADMIN, Role.PSIRT)),
                any("/desk/advisories/**", roles(Role.ADMIN, Role.PSIRT)),
                // the portal: only what publication stored in advisory_public is reachable from here
                get("/advisories", anyone()),
                get("/advisories/**", anyone()),
                get("/ja/advisories/**", anyone()),
                // each PDF's detached signature (issue 9), public like the PDF itself
                get("/advisories/*.pdf.asc", anyone()),
                get("/ja/advisories/*.pdf.asc", anyone()),
                get("/acknowledgments", anyone()),
                get("/sitemap.xml", anyone()));
    }
}
