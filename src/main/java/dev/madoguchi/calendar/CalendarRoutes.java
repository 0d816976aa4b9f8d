package dev.madoguchi.calendar;

import static dev.madoguchi.shared.Access.roles;
import static dev.madoguchi.shared.RouteRule.any;

import dev.madoguchi.shared.Role;
import dev.madoguchi.shared.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalendarRoutes {

    @Bean
    RouteRules calendarRouteRules() {
        return RouteRules.of("calendar", any("/admin/calendar/**", roles(Role.ADMIN)));
    }
}
