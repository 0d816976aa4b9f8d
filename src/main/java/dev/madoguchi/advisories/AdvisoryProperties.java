package dev.madoguchi.advisories;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Advisory settings ({@code madoguchi.advisories.*}): the prefix of advisory IDs, e.g. {@code MDG-2026-001}. */
@ConfigurationProperties("madoguchi.advisories")
record AdvisoryProperties(String idPrefix) {

    AdvisoryProperties {
        idPrefix = idPrefix == null || idPrefix.isBlank() ? "MDG" : idPrefix.strip();
    }
}
