package dev.madoguchi.cases;

import java.time.Instant;

/**
 * What a coordinator organization calls a case (issue 10): its own case number, the JVN ID and the JVNVU ID, each
 * possibly not known yet ({@code null}).
 */
record CoordinatorReference(long organizationId, String organization, String caseNumber, String jvnId,
        String jvnvuId, String updatedBy, Instant updatedAt) {
}
