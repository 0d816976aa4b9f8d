package dev.madoguchi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    void aLongPassphraseIsAccepted() {
        assertThat(PasswordPolicy.violations("correct horse battery staple", "alice")).isEmpty();
    }

    @Test
    void passwordsShorterThanTwelveCharactersAreRefused() {
        assertThat(PasswordPolicy.violations("elevenchars", "alice")).containsExactly("password.too-short");
        assertThat(PasswordPolicy.violations("twelve chars", "alice")).isEmpty();
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        assertThat(PasswordPolicy.violations("脆弱性報告窓口の合言葉です", "alice")).isEmpty();
    }

    @Test
    void passwordsContainingTheUserNameAreRefused() {
        assertThat(PasswordPolicy.violations("my name is ALICE-san!", "alice")).containsExactly("password.contains-username");
    }

    @Test
    void aRepeatedSingleCharacterIsRefused() {
        assertThat(PasswordPolicy.violations("aaaaaaaaaaaaaaa", "bob")).containsExactly("password.one-character");
    }

    @Test
    void overlongAndMissingPasswordsAreRefused() {
        assertThat(PasswordPolicy.violations("x".repeat(64) + "y".repeat(65), "bob")).containsExactly("password.too-long");
        assertThat(PasswordPolicy.violations("", "bob")).containsExactly("password.required");
        assertThat(PasswordPolicy.violations(null, "bob")).containsExactly("password.required");
    }
}
