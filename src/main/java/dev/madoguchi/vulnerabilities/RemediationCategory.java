package dev.madoguchi.vulnerabilities;

/** The remediation categories of CSAF 2.0 §3.2.3.12.1. */
public enum RemediationCategory {
    VENDOR_FIX, WORKAROUND, MITIGATION, NO_FIX_PLANNED, NONE_AVAILABLE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static RemediationCategory fromCode(String code) {
        for (RemediationCategory c : values()) {
            if (c.code().equals(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown remediation category: " + code);
    }
}
