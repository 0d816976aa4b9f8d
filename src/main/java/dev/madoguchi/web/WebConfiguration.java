package dev.madoguchi.web;

import dev.madoguchi.shared.Language;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver(@Value("${madoguchi.default-language:en}") String defaultLanguage) {
        return new LanguageResolver(Language.fromTag(defaultLanguage).orElseThrow(() -> new IllegalArgumentException(
                "madoguchi.default-language must be ja or en, not " + defaultLanguage)));
    }

    /**
     * Versioned static URLs are not used, so Thymeleaf need not pass every link through the resource chain: with
     * Boot's filter on, each of a page's links (fifty in the queue) was looked up in the jar as a possible webjar,
     * which cost most of the page's time. Defining the registration, disabled, keeps Boot from adding its own.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setHttpMethods("GET");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
        registry.addInterceptor(new LayoutAttributes());
    }
}
