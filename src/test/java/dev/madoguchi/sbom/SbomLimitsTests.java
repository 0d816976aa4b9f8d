package dev.madoguchi.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SbomLimitsTests {

    @Test
    void theDefaultsAreFiftyMebibytesSixtyFourLevelsAndTwoHundredThousandComponents() {
        assertThat(SbomLimits.defaults()).isEqualTo(new SbomLimits(52_428_800, 64, 200_000));
        assertThat(SbomLimits.defaults().maxJsonDepth()).isEqualTo(160);
    }

    @Test
    void aSizeLimitThatCannotBeBufferedIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> SbomLimits.ofMaxBytes(Integer.MAX_VALUE));
        assertThatIllegalArgumentException().isThrownBy(() -> SbomLimits.ofMaxBytes(0));
    }

    @Test
    void aNestingLimitDeeperThanTheParserAndValidatorCanSafelyRecurseIsRefused() {
        assertThat(new SbomLimits(1_000, 256, 10).maxJsonDepth()).isEqualTo(544);
        assertThatIllegalArgumentException().isThrownBy(() -> new SbomLimits(1_000, 257, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> new SbomLimits(1_000, 0, 10));
    }
}
