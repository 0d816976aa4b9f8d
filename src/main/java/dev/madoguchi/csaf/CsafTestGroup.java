package dev.madoguchi.csaf;

/** The three groups of tests of CSAF 2.0 §6, and the weight of what each finds. */
public enum CsafTestGroup {
    /** §6.1: a document failing one of these is not a valid CSAF document. */
    MANDATORY(CsafFinding.Severity.ERROR),
    /** §6.2: should pass; a failure is a warning. */
    OPTIONAL(CsafFinding.Severity.WARNING),
    /** §6.3: hints for the author. */
    INFORMATIVE(CsafFinding.Severity.INFO);

    private final CsafFinding.Severity severity;

    CsafTestGroup(CsafFinding.Severity severity) {
        this.severity = severity;
    }

    public CsafFinding.Severity severity() {
        return severity;
    }
}
