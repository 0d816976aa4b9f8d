package dev.madoguchi.cwe;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CweConfiguration {

    @Bean
    CweCatalog cweCatalog() {
        return CweCatalog.bundled();
    }
}
