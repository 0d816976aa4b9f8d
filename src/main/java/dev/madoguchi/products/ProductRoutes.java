package dev.madoguchi.products;

import static dev.madoguchi.shared.Access.roles;
import static dev.madoguchi.shared.RouteRule.get;
import static dev.madoguchi.shared.RouteRule.post;

import dev.madoguchi.shared.Role;
import dev.madoguchi.shared.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProductRoutes {

    @Bean
    RouteRules productRouteRules() {
        return RouteRules.of("products",
                // the catalog names the owning divisions: staff who work on products read it, coordinators do not
                // bulk export and the forms that change the catalog are for those who maintain it
                get("/catalog/export.json", roles(Role.ADMIN, Role.PSIRT)),
                get("/catalog/export.csv", roles(Role.ADMIN, Role.PSIRT)),
                get("/catalog/transfer", roles(Role.ADMIN, Role.PSIRT)),
                get("/catalog/products/new", roles(Role.ADMIN, Role.PSIRT)),
                get("/catalog", roles(Role.ADMIN, Role.PSIRT, Role.DEVELOPER)),
                get("/catalog/**", roles(Role.ADMIN, Role.PSIRT, Role.DEVELOPER)),
                post("/catalog/**", roles(Role.ADMIN, Role.PSIRT)));
    }
}
