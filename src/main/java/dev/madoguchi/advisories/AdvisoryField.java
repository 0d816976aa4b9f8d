package dev.madoguchi.advisories;

import java.util.Locale;

/** The text fields of an advisory, each written in Japanese and English (both seed policies publish in both). */
public enum AdvisoryField {
    TITLE, OVERVIEW, DESCRIPTION, IMPACT, REMEDIATION, WORKAROUNDS, CONTACT, TERMS;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AdvisoryField fromCode(String code) {
        for (AdvisoryField f : values()) {
            if (f.code().equals(code)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown advisory field: " + code);
    }
}
