package dev.madoguchi.shared;

import org.springframework.http.HttpMethod;

/**
 * An access rule for the requests whose path matches {@code pattern} (Spring {@code PathPattern} syntax), for one
 * HTTP method or for all when {@code method} is null.
 */
public record RouteRule(HttpMethod method, String pattern, Access access) {

    public RouteRule {
        if (pattern == null || !pattern.startsWith("/")) {
            throw new IllegalArgumentException("a route pattern starts with /: " + pattern);
        }
    }

    public static RouteRule get(String pattern, Access access) {
        return new RouteRule(HttpMethod.GET, pattern, access);
    }

    public static RouteRule post(String pattern, Access access) {
        return new RouteRule(HttpMethod.POST, pattern, access);
    }

    public static RouteRule any(String pattern, Access access) {
        return new RouteRule(null, pattern, access);
    }

    @Override
    public String toString() {
        return (method == null ? "*" : method.name()) + " " + pattern + " -> " + access;
    }
}
