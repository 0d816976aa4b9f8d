package dev.madoguchi.cna;

import java.time.Instant;

/** A CVE ID the CNA holds: reserved (free), assigned to one vulnerability, or rejected with a reason. */
public record CveId(String id, int year, String state, String enteredBy, Instant enteredAt, Long vulnerabilityId,
        String assignedTo, String assignedBy, Instant assignedAt, String overrideReason, String rejectedReason,
        String rejectedBy, Instant rejectedAt) {
}
