package dev.madoguchi.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CaseStateTests {

    @Test
    void theForwardPathTakesOneStepAtATime() {
        assertThat(CaseState.RECEIVED.canMoveTo(CaseState.ACKNOWLEDGED)).isTrue();
        assertThat(CaseState.ACKNOWLEDGED.canMoveTo(CaseState.TRIAGE)).isTrue();
        assertThat(CaseState.TRIAGE.canMoveTo(CaseState.INVESTIGATING)).isTrue();
        assertThat(CaseState.INVESTIGATING.canMoveTo(CaseState.REMEDIATION)).isTrue();
        assertThat(CaseState.REMEDIATION.canMoveTo(CaseState.DISCLOSURE_SCHEDULED)).isTrue();
        assertThat(CaseState.DISCLOSURE_SCHEDULED.canMoveTo(CaseState.PUBLISHED)).isTrue();
    }

    @Test
    void everyOpenCaseCanCloseAndAClosedCaseMovesNowhere() {
        for (CaseState open : CaseState.OPEN) {
            assertThat(open.canMoveTo(CaseState.CLOSED)).as(open.name()).isTrue();
        }
        for (CaseState any : CaseState.values()) {
            assertThat(CaseState.CLOSED.canMoveTo(any)).as(any.name()).isFalse();
        }
    }

    @Test
    void everyOtherTransitionIsIllegal() {
        int legal = 0;
        for (CaseState from : CaseState.values()) {
            for (CaseState to : CaseState.values()) {
                boolean expected = from != CaseState.CLOSED && (to == CaseState.CLOSED || to == from.next());
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(expected);
                legal += expected ? 1 : 0;
            }
        }
        assertThat(legal).isEqualTo(6 + 7);
        Set<CaseState> skips = EnumSet.of(CaseState.TRIAGE, CaseState.INVESTIGATING, CaseState.PUBLISHED);
        skips.forEach(s -> assertThat(CaseState.RECEIVED.canMoveTo(s)).isFalse());
        assertThat(CaseState.INVESTIGATING.canMoveTo(CaseState.TRIAGE)).isFalse();
    }

    @Test
    void codesRoundTrip() {
        for (CaseState s : CaseState.values()) {
            assertThat(CaseState.fromCode(s.code())).isEqualTo(s);
        }
        assertThat(CaseState.DISCLOSURE_SCHEDULED.code()).isEqualTo("disclosure-scheduled");
    }

    @Test
    void fourEyesAppliesToNotAVulnerabilityOutOfScopeAndSpamOnly() {
        assertThat(EnumSet.allOf(Resolution.class).stream().filter(Resolution::needsSecondApproval))
                .containsExactlyInAnyOrder(Resolution.NOT_A_VULNERABILITY, Resolution.OUT_OF_SCOPE_WEBSITE,
                        Resolution.OUT_OF_SCOPE_OTHER_VENDOR, Resolution.SPAM);
    }

    @Test
    void acceptingNeedsAllThreeCriteriaAndAFailedOneSuggestsTheResolution() {
        assertThat(new Triage(true, null, true, null, true, null).allMet()).isTrue();
        assertThat(new Triage(true, null, null, null, true, null).allMet()).isFalse();
        assertThat(new Triage(true, null, false, null, true, null).suggestedResolution())
                .isEqualTo(Resolution.NOT_REPRODUCIBLE);
        assertThat(new Triage(true, null, true, null, false, null).suggestedResolution())
                .isEqualTo(Resolution.ALREADY_DISCLOSED);
        assertThat(new Triage(false, null, true, null, true, null).suggestedResolution())
                .isEqualTo(Resolution.NOT_A_VULNERABILITY);
    }
}
