package dev.madoguchi.audit;

import java.time.Instant;

/** A row of the audit log page. */
record AuditLogEntry(long id, Instant occurredAt, String actor, String origin, String action, String objectType,
        String objectId, String summary) {
}
