package dev.madoguchi.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.madoguchi.shared.RouteRule;
import dev.madoguchi.shared.RouteRules;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * All modules' {@link RouteRules}, most specific first. The security filter chains are built from this list and
 * end in "deny", so a route nobody declared is refused.
 */
@Component
class RouteAccess {

    record Compiled(RouteRule rule, PathPattern pattern, String module) {
    }

    private final List<Compiled> ordered;

    RouteAccess(List<RouteRules> declared) {
        PathPatternParser parser = PathPatternParser.defaultInstance;
        List<Compiled> all = new ArrayList<>();
        Map<String, Compiled> seen = new HashMap<>();
        for (RouteRules rules : declared) {
            for (RouteRule rule : rules.rules()) {
                Compiled compiled = new Compiled(rule, parser.parse(rule.pattern()), rules.module());
                String key = (rule.method() == null ? "*" : rule.method().name()) + " " + compiled.pattern().getPatternString();
                Compiled earlier = seen.putIfAbsent(key, compiled);
                if (earlier != null && !earlier.rule().access().equals(rule.access())) {
                    throw new IllegalStateException("Conflicting access rules for " + key + ": " + earlier.module()
                            + " says " + earlier.rule().access() + ", " + rules.module() + " says " + rule.access());
                }
                all.add(compiled);
            }
        }
        all.sort(Comparator.comparing(Compiled::pattern, PathPattern.SPECIFICITY_COMPARATOR)
                .thenComparing(c -> c.rule().method() == null ? 1 : 0));
        this.ordered = List.copyOf(all);
    }

    List<Compiled> ordered() {
        return ordered;
    }

    /** The rule that decides a request, as the filter chain applies them: the first match in specificity order. */
    Optional<RouteRule> ruleFor(HttpMethod method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return ordered.stream()
                .filter(c -> c.rule().method() == null || c.rule().method().equals(method))
                .filter(c -> c.pattern().matches(container))
                .map(Compiled::rule)
                .findFirst();
    }
}
