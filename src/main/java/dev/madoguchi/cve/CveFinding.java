package dev.madoguchi.cve;

/**
 * One way in which a CVE record breaks the CVE JSON schema.
 *
 * @param pointer where in the record (RFC 6901 JSON pointer, e.g.
 *                {@code /containers/cna/affected/0/versions/0/status}); the empty string is the whole record. For a
 *                missing required member it is the member that should be there (e.g.
 *                {@code /containers/cna/providerMetadata/orgId}), for a member the schema does not allow, that
 *                member.
 * @param message what is wrong, in English
 */
public record CveFinding(String pointer, String message) {

    /** The empty JSON pointer (RFC 6901 §5): the whole record, for findings such as "not JSON". */
    public static final String WHOLE_RECORD = "";

    public CveFinding {
        if (pointer == null || !(pointer.isEmpty() || pointer.startsWith("/"))) {
            throw new IllegalArgumentException("not a JSON pointer: " + pointer);
        }
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a finding needs a message");
        }
    }

    /** {@code /cveMetadata/cveId does not match ...}; a finding about the whole record starts with {@code (record)}. */
    @Override
    public String toString() {
        return (pointer.isEmpty() ? "(record)" : pointer) + " " + message;
    }
}
