package dev.madoguchi.shared;

import java.util.List;

/**
 * The access rules a module declares for the routes it serves. Every module that maps a URL contributes a bean of
 * this type; a request matching no declared rule is denied (deny by default), and {@code RouteAccessTests} fails
 * when a mapped route has no rule.
 */
public record RouteRules(String module, List<RouteRule> rules) {

    public RouteRules {
        rules = List.copyOf(rules);
    }

    public static RouteRules of(String module, RouteRule... rules) {
        return new RouteRules(module, List.of(rules));
    }
}
