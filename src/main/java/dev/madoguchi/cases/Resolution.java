package dev.madoguchi.cases;

import java.util.Locale;

/**
 * How a case ended. Closing as not a vulnerability, out of scope or spam needs a second PSIRT member's approval
 * (four eyes): those are the conclusions a reporter is most likely to dispute.
 */
public enum Resolution {
    NOT_A_VULNERABILITY(true),
    NOT_REPRODUCIBLE(false),
    ALREADY_DISCLOSED(false),
    DUPLICATE(false),
    /** The company's own websites: referred to the CSIRT. */
    OUT_OF_SCOPE_WEBSITE(true),
    /** Another manufacturer's product: referred to that maker or a coordinator. */
    OUT_OF_SCOPE_OTHER_VENDOR(true),
    WITHDRAWN(false),
    SPAM(true),
    FIXED_AND_PUBLISHED(false);

    private final boolean needsSecondApproval;

    Resolution(boolean needsSecondApproval) {
        this.needsSecondApproval = needsSecondApproval;
    }

    public boolean needsSecondApproval() {
        return needsSecondApproval;
    }

    public boolean refers() {
        return this == OUT_OF_SCOPE_WEBSITE || this == OUT_OF_SCOPE_OTHER_VENDOR;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Resolution fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** The reply template the reporter is sent when a case closes this way. */
    public String template() {
        return "resolution." + code();
    }
}
