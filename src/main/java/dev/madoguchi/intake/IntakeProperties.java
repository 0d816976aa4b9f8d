package dev.madoguchi.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Intake limits and rules ({@code madoguchi.intake.*}).
 *
 * @param trackingPrefix          tracking numbers read {@code <prefix>-<year>-<n>}, e.g. {@code MDG-2026-0001}
 * @param reportsPerHour          accepted reports per client address and hour; 0 turns the limit off
 * @param lostLinkRequestsPerHour "lost your link" requests per client address and hour; 0 turns the limit off
 * @param acknowledgeBusinessDays reply deadline: the seed policies promise a reply within 5 business days
 */
@ConfigurationProperties("madoguchi.intake")
record IntakeProperties(
        @DefaultValue("MDG") String trackingPrefix,
        @DefaultValue("20MB") DataSize maxFileSize,
        @DefaultValue("50MB") DataSize maxReportSize,
        @DefaultValue("10") int maxFiles,
        @DefaultValue("10") int reportsPerHour,
        @DefaultValue("10") int lostLinkRequestsPerHour,
        @DefaultValue("5") int acknowledgeBusinessDays) {

    static final Duration RATE_WINDOW = Duration.ofHours(1);

    IntakeProperties {
        if (!trackingPrefix.matches("[A-Z][A-Z0-9]{0,15}")) {
            throw new IllegalArgumentException("madoguchi.intake.tracking-prefix must be 1 to 16 upper-case letters "
                    + "and digits, starting with a letter: " + trackingPrefix);
        }
    }
}
