package dev.madoguchi.intake;

import static dev.madoguchi.shared.Access.anyone;
import static dev.madoguchi.shared.Access.roles;
import static dev.madoguchi.shared.Access.signedIn;
import static dev.madoguchi.shared.RouteRule.get;
import static dev.madoguchi.shared.RouteRule.post;

import dev.madoguchi.shared.Role;
import dev.madoguchi.shared.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IntakeRoutes {

    @Bean
    RouteRules intakeRouteRules() {
        return RouteRules.of("intake",
                get("/report", anyone()),
                post("/report", anyone()),
                get("/report/lost-link", anyone()),
                post("/report/lost-link", anyone()),
                // the private status page: the token in the path is the reporter's key
                get("/r/{token}", anyone()),
                post("/r/{token}/messages", anyone()),
                post("/r/{token}/credit", anyone()),
                post("/r/{token}/withdraw", anyone()),
                // sections other modules add to the status page (StatusPageSection); the token is checked as above
                post("/r/{token}/sections/{name}/{action}", anyone()),
                get("/r/{token}/files/{attachmentId}", anyone()),
                get("/desk/reports", roles(Role.PSIRT, Role.ADMIN)),
                get("/desk/reports/**", roles(Role.PSIRT, Role.ADMIN)),
                post("/api/v1/reports", anyone()),
                // which reports a caller may read is decided by the query (ReportViewer)
                get("/api/v1/reports/{trackingNumber}", signedIn()),
                get("/api/openapi.json", anyone()),
                get("/api/openapi.json.yaml", anyone()),
                get("/api/openapi.json/**", anyone()));
    }
}
