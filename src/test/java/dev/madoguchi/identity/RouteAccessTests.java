package dev.madoguchi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.madoguchi.shared.Access;
import dev.madoguchi.shared.Role;
import dev.madoguchi.shared.RouteRule;
import dev.madoguchi.shared.RouteRules;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Deny by default: every route the application maps must have a declared access rule, so a new controller without
 * one is caught here rather than silently denied (or, worse, silently allowed) in production.
 */
@SpringBootTest
class RouteAccessTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    RouteAccess routes;

    @Test
    void everyMappedRouteHasADeclaredAccessRule() {
        List<String> undeclared = new ArrayList<>();
        int checked = 0;
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
                .values()) {
            for (Map.Entry<RequestMappingInfo, ?> entry : mapping.getHandlerMethods().entrySet()) {
                RequestMappingInfo info = entry.getKey();
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                List<HttpMethod> httpMethods = methods.isEmpty() ? List.of(HttpMethod.GET, HttpMethod.POST)
                        : methods.stream().map(m -> HttpMethod.valueOf(m.name())).toList();
                for (String pattern : info.getPatternValues()) {
                    String path = samplePath(pattern);
                    for (HttpMethod method : httpMethods) {
                        checked++;
                        if (routes.ruleFor(method, path).isEmpty()) {
                            undeclared.add(method + " " + pattern + " (" + entry.getValue() + ")");
                        }
                    }
                }
            }
        }
        assertThat(checked).as("routes found").isGreaterThan(20);
        assertThat(undeclared).as("routes without an access rule").isEmpty();
    }

    @Test
    void theCheckFindsARouteWithoutARule() {
        RouteAccess without = new RouteAccess(List.of(RouteRules.of("test", RouteRule.get("/declared", Access.anyone()))));
        assertThat(without.ruleFor(HttpMethod.GET, "/declared")).isPresent();
        assertThat(without.ruleFor(HttpMethod.GET, "/undeclared")).isEmpty();
        assertThat(without.ruleFor(HttpMethod.POST, "/declared")).isEmpty();
    }

    @Test
    void theMostSpecificRuleDecidesWhicheverModuleDeclaredIt() {
        RouteAccess access = new RouteAccess(List.of(
                RouteRules.of("a", RouteRule.any("/admin/**", Access.roles(Role.ADMIN))),
                RouteRules.of("b", RouteRule.get("/admin/public-notice", Access.anyone()))));
        assertThat(access.ruleFor(HttpMethod.GET, "/admin/public-notice").orElseThrow().access())
                .isEqualTo(Access.anyone());
        assertThat(access.ruleFor(HttpMethod.POST, "/admin/public-notice").orElseThrow().access())
                .isEqualTo(Access.roles(Role.ADMIN));
        assertThat(access.ruleFor(HttpMethod.GET, "/admin/users/3").orElseThrow().access())
                .isEqualTo(Access.roles(Role.ADMIN));
    }

    @Test
    void twoModulesDisagreeingAboutOneRouteStopTheStart() {
        assertThatThrownBy(() -> new RouteAccess(List.of(
                RouteRules.of("a", RouteRule.get("/x", Access.anyone())),
                RouteRules.of("b", RouteRule.get("/x", Access.signedIn())))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Conflicting");
    }

    /** A concrete path that the pattern matches: variables and wildcards filled in. */
    static String samplePath(String pattern) {
        return pattern.replaceAll("\\{\\*[^}]+}", "x/y").replaceAll("\\{[^}]+}", "1").replace("/**", "/x/y")
                .replace("*", "x");
    }
}
