package dev.madoguchi.shared;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DataDirectoryConfiguration {

    @Bean
    DataDirectory dataDirectory(@Value("${madoguchi.data.dir:./data}") Path dir) {
        return DataDirectory.open(dir);
    }
}
