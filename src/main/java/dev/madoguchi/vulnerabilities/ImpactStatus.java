package dev.madoguchi.vulnerabilities;

/**
 * What the investigating division found for a product version, in CSAF 2.0 product status terms (§3.2.3.9), plus
 * {@code not_investigated_eol}: the NEC policy gives end-of-life products a CVE ID but may not investigate them.
 */
public enum ImpactStatus {
    UNDER_INVESTIGATION, KNOWN_AFFECTED, KNOWN_NOT_AFFECTED, FIXED, NOT_INVESTIGATED_EOL;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ImpactStatus fromCode(String code) {
        for (ImpactStatus s : values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown impact status: " + code);
    }
}
