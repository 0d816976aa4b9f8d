package dev.madoguchi.cases;

/**
 * The three criteria of the Mitsubishi Electric policy, each answered yes, no or not yet (null), with a note:
 * (1) it identifies a true product security issue, (2) it can be reproduced, (3) it is undisclosed. A report is a
 * new vulnerability only when all three are yes.
 */
public record Triage(Boolean securityIssue, String securityIssueNote, Boolean reproducible, String reproducibleNote,
        Boolean undisclosed, String undisclosedNote) {

    public static final Triage OPEN = new Triage(null, null, null, null, null, null);

    public boolean allMet() {
        return Boolean.TRUE.equals(securityIssue) && Boolean.TRUE.equals(reproducible)
                && Boolean.TRUE.equals(undisclosed);
    }

    public boolean complete() {
        return securityIssue != null && reproducible != null && undisclosed != null;
    }

    /** The resolution a failed criterion suggests, for the first one that is no. */
    public Resolution suggestedResolution() {
        if (Boolean.FALSE.equals(securityIssue)) {
            return Resolution.NOT_A_VULNERABILITY;
        }
        if (Boolean.FALSE.equals(reproducible)) {
            return Resolution.NOT_REPRODUCIBLE;
        }
        if (Boolean.FALSE.equals(undisclosed)) {
            return Resolution.ALREADY_DISCLOSED;
        }
        return null;
    }
}
