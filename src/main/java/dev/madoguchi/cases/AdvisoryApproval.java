package dev.madoguchi.cases;

/**
 * Whether the advisory of a case is approved (issue 10: reminders before the agreed date go "if the advisory is not
 * approved yet"). The advisories module knows this and depends on this one, so it implements this interface; without
 * an implementation the reminders go as if nothing were approved.
 */
public interface AdvisoryApproval {

    /** True when the case's advisory needs no more approval before the agreed publication. */
    boolean approvedFor(long caseId);
}
