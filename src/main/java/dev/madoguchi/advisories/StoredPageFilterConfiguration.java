package dev.madoguchi.advisories;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link StoredPageFilter} first, before the security filter chain it spares repeated page requests. */
@Configuration(proxyBeanMethods = false)
class StoredPageFilterConfiguration {

    @Bean
    FilterRegistrationBean<StoredPageFilter> storedPageFilter(StoredPageCache cache) {
        FilterRegistrationBean<StoredPageFilter> registration =
                new FilterRegistrationBean<>(new StoredPageFilter(cache));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        registration.addUrlPatterns("/advisories/*", "/ja/advisories/*");
        return registration;
    }
}
