package dev.madoguchi.audit;

/**
 * What happened, to which object, in a short before/after summary. The actor and time are added by
 * {@link AuditTrail}. Summaries never carry secrets (passwords, tokens) or undisclosed vulnerability details.
 *
 * @param action     dotted verb such as {@code user.deactivated} or {@code sign-in.failed}
 * @param objectType the kind of object acted on, e.g. {@code user}, {@code case}; may be null
 * @param objectId   its identifier; may be null
 * @param summary    a short human-readable account, e.g. {@code active: true -> false}
 */
public record AuditEntry(String action, String objectType, String objectId, String summary) {

    public AuditEntry {
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("an audit entry needs an action");
        }
        summary = summary == null ? "" : summary;
    }

    public static AuditEntry of(String action, String objectType, Object objectId, String summary) {
        return new AuditEntry(action, objectType, objectId == null ? null : objectId.toString(), summary);
    }
}
