package dev.madoguchi.vulnerabilities;

/** Why a product is not affected: the VEX justification labels of CSAF 2.0 §3.2.3.14 (flags). */
public enum Justification {
    COMPONENT_NOT_PRESENT, VULNERABLE_CODE_NOT_PRESENT, VULNERABLE_CODE_NOT_IN_EXECUTE_PATH,
    VULNERABLE_CODE_CANNOT_BE_CONTROLLED_BY_ADVERSARY, INLINE_MITIGATIONS_ALREADY_EXIST;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Justification fromCode(String code) {
        for (Justification j : values()) {
            if (j.code().equals(code)) {
                return j;
            }
        }
        throw new IllegalArgumentException("unknown justification: " + code);
    }
}
