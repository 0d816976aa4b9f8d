package dev.madoguchi.advisories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class TranslationClockTests {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);
    private static final Instant T2 = T0.plusSeconds(120);

    private static AdvisoryText after(AdvisoryText before, boolean ja, boolean en, boolean confirm, Instant now) {
        TranslationClock.Times[] t = TranslationClock.save(before, ja, en, confirm, now);
        return new AdvisoryText(before.field(), before.ja(), t[0].updatedAt(), t[0].checkedAt(), before.en(),
                t[1].updatedAt(), t[1].checkedAt());
    }

    private static final AdvisoryText IN_STEP = new AdvisoryText(AdvisoryField.TITLE, "題", T0, T0, "Title", T0, T0);

    @Test
    void changingOneLanguageMakesTheOtherOlderThanItsOriginal() {
        AdvisoryText text = after(IN_STEP, false, true, false, T1);
        assertThat(text.jaStale()).isTrue();
        assertThat(text.enStale()).isFalse();
    }

    @Test
    void updatingTheStaleTranslationBringsBothInStepWithoutMakingTheOriginalStale() {
        AdvisoryText text = after(after(IN_STEP, false, true, false, T1), true, false, false, T2);
        assertThat(text.jaStale()).isFalse();
        assertThat(text.enStale()).isFalse();
    }

    @Test
    void confirmingTheUnchangedLanguageOrChangingBothKeepsThemInStep() {
        AdvisoryText confirmed = after(IN_STEP, false, true, true, T1);
        assertThat(confirmed.jaStale()).isFalse();
        AdvisoryText both = after(IN_STEP, true, true, false, T1);
        assertThat(both.jaStale() || both.enStale()).isFalse();
    }

    @Test
    void anAdvisoryIdIsThePrefixTheYearAndAThreeDigitNumber() {
        assertThat(new AdvisoryIdScheme("MDG").format(2026, 1)).isEqualTo("MDG-2026-001");
        assertThat(new AdvisoryIdScheme("MDG").format(2026, 1234)).isEqualTo("MDG-2026-1234");
        assertThatThrownBy(() -> new AdvisoryIdScheme("M/D")).isInstanceOf(IllegalArgumentException.class);
    }
}
