package dev.madoguchi.cna;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The CVE Services account of the CNA ({@code madoguchi.cve-services.*}), off by default. The API key comes from the
 * environment ({@code MADOGUCHI_CVE_SERVICES_API_KEY}), is never stored in the database and never logged.
 */
@ConfigurationProperties("madoguchi.cve-services")
public record CveServicesProperties(boolean enabled, String baseUrl, String shortName, String user, String apiKey) {

    public CveServicesProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "https://cveawg.mitre.org/api" : baseUrl.strip();
        shortName = shortName == null ? "" : shortName.strip();
        user = user == null ? "" : user.strip();
        apiKey = apiKey == null ? "" : apiKey.strip();
    }

    @Override
    public String toString() {
        // the key must not reach a log through a printed configuration
        return "CveServicesProperties[enabled=" + enabled + ", baseUrl=" + baseUrl + ", shortName=" + shortName
                + ", user=" + user + ", apiKey=" + (apiKey.isEmpty() ? "" : "(set)") + "]";
    }
}
