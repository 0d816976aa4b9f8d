package dev.madoguchi.cna;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The CNA's identity in CVE records ({@code madoguchi.cna.*}): its organization UUID and short name as the CVE
 * Program registered them, and the address of our advisory for a CVE ID ({@code {cveId}} is replaced), which every
 * record references. The CVE JSON schema version is a setting so that a new one can be dropped in.
 */
@ConfigurationProperties("madoguchi.cna")
public record CnaProperties(String orgId, String shortName, String advisoryUrl, String schemaVersion) {

    public CnaProperties {
        orgId = orgId == null ? "" : orgId.strip();
        shortName = shortName == null || shortName.isBlank() ? null : shortName.strip();
        advisoryUrl = advisoryUrl == null ? "" : advisoryUrl.strip();
        schemaVersion = schemaVersion == null || schemaVersion.isBlank() ? "5.1.1" : schemaVersion.strip();
    }

    public boolean configured() {
        return orgId.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    }
}
