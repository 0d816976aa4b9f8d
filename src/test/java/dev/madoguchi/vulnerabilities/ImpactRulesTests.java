package dev.madoguchi.vulnerabilities;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import dev.madoguchi.versions.VersionOrder;
import dev.madoguchi.versions.VersionRange;
import dev.madoguchi.versions.VersionScheme;
import org.junit.jupiter.api.Test;

class ImpactRulesTests {

    private static final VersionOrder NUMERIC = VersionOrder.of(VersionScheme.NUMERIC);

    private static Impact recorded(String range, ImpactStatus status) {
        return new Impact(1, 1, 1, VersionRange.parse(range), status, null, "", "dev", Instant.EPOCH);
    }

    private static void check(ImpactStatus status, Justification justification, boolean eol, String range,
            Impact... others) {
        ImpactRules.check(status, justification, eol, VersionRange.parse(range), NUMERIC, List.of(others));
    }

    private static String refusal(Runnable check) {
        try {
            check.run();
            return null;
        } catch (InvestigationRefused refused) {
            return refused.messageKey();
        }
    }

    @Test
    void notAffectedNeedsAJustificationAndOnlyNotAffectedTakesOne() {
        assertThatThrownBy(() -> check(ImpactStatus.KNOWN_NOT_AFFECTED, null, false, "*"))
                .hasMessageStartingWith("impact.justification.required");
        assertThatCode(() -> check(ImpactStatus.KNOWN_NOT_AFFECTED, Justification.COMPONENT_NOT_PRESENT, false, "*"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> check(ImpactStatus.KNOWN_AFFECTED, Justification.COMPONENT_NOT_PRESENT, false, "*"))
                .hasMessageStartingWith("impact.justification.only-not-affected");
    }

    @Test
    void notInvestigatedIsOnlyForEndOfLifeProducts() {
        assertThatThrownBy(() -> check(ImpactStatus.NOT_INVESTIGATED_EOL, null, false, "*"))
                .hasMessageStartingWith("impact.eol.only-end-of-life");
        assertThatCode(() -> check(ImpactStatus.NOT_INVESTIGATED_EOL, null, true, "*")).doesNotThrowAnyException();
    }

    @Test
    void aVersionCannotBeBothAffectedAndFixed() {
        Impact affected = recorded(">= 1.0, < 1.20", ImpactStatus.KNOWN_AFFECTED);
        assertThatThrownBy(() -> check(ImpactStatus.FIXED, null, false, ">= 1.10", affected))
                .hasMessageStartingWith("impact.affected-and-fixed");
        assertThatThrownBy(() -> check(ImpactStatus.KNOWN_AFFECTED, null, false, "= 1.5",
                recorded("<= 1.5", ImpactStatus.FIXED))).hasMessageStartingWith("impact.affected-and-fixed");
        // the fix starts where the affected range ends (exclusive upper bound): no version has two statuses
        assertThatCode(() -> check(ImpactStatus.FIXED, null, false, ">= 1.20", affected)).doesNotThrowAnyException();
    }

    @Test
    void eachVersionHasOneStatusForAVulnerability() {
        Impact investigating = recorded("*", ImpactStatus.UNDER_INVESTIGATION);
        String key = refusal(() -> check(ImpactStatus.KNOWN_AFFECTED, null, false, "= 2.0", investigating));
        org.assertj.core.api.Assertions.assertThat(key).isEqualTo("impact.overlap");
    }
}
