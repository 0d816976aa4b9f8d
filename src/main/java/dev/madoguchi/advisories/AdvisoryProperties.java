package dev.madoguchi.advisories;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Advisory settings ({@code madoguchi.advisories.*}).
 *
 * @param idPrefix       the prefix of advisory IDs, e.g. {@code MDG} for {@code MDG-2026-001}
 * @param singleLanguage whether an advisory may be published with its texts in one language only (both seed
 *                       policies publish in Japanese and English, so this is off unless configured)
 */
@ConfigurationProperties("madoguchi.advisories")
record AdvisoryProperties(String idPrefix, boolean singleLanguage) {

    AdvisoryProperties {
        idPrefix = idPrefix == null || idPrefix.isBlank() ? "MDG" : idPrefix.strip();
    }
}
