package dev.madoguchi.cases;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Case clocks ({@code madoguchi.cases.*}): the triage decision is due {@code triageBusinessDays} after the
 * acknowledgment; publication is targeted {@code publicationTargetDays} after receipt (editable per case); a
 * deadline closer than {@code dueSoon} is flagged.
 */
@ConfigurationProperties("madoguchi.cases")
record CaseProperties(@DefaultValue("10") int triageBusinessDays, @DefaultValue("90") int publicationTargetDays,
        @DefaultValue("24h") Duration dueSoon) {
}
