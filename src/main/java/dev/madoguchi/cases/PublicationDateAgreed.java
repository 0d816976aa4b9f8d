package dev.madoguchi.cases;

import java.time.Instant;

/** A publication date was agreed for a case, or an agreed date was changed; {@code publishAt} is now in force. */
public record PublicationDateAgreed(long caseId, String reference, Instant publishAt) {
}
