package dev.madoguchi.cases;

import java.time.Instant;
import java.util.List;

/**
 * The publication date and time agreed for a case's advisory in coordinated disclosure (both seed policies agree it
 * with the reporter and JPCERT/CC), as currently in force.
 *
 * @param publishAt  when the advisory is to be published
 * @param parties    who agreed besides PSIRT, at least one
 * @param recordedBy the PSIRT handler (or administrator) who recorded the agreement; PSIRT's own consent
 * @param recordedAt when it was recorded
 */
public record PublicationAgreement(Instant publishAt, List<AgreedParty> parties, String recordedBy,
        Instant recordedAt) {

    public PublicationAgreement {
        parties = List.copyOf(parties);
    }
}
