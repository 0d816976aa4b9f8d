package dev.madoguchi.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTermsTests {

    @Test
    void latinWordsBecomePrefixTermsAndPunctuationCannotInjectOperators() {
        assertThat(SearchTerms.prefixQuery("Deserialization in product 42"))
                .isEqualTo("deserialization & in & product & 42");
        assertThat(SearchTerms.prefixQuery("modbus pars")).isEqualTo("modbus & pars:*");
        assertThat(SearchTerms.prefixQuery("a|b & !c:* <-> (dee)")).isEqualTo("a & b & c & dee:*");
        assertThat(SearchTerms.prefixQuery("CVE-2026-12345")).isEqualTo("cve & 2026 & 12345:*");
    }

    @Test
    void japaneseIsSearchedAsASubstring() {
        assertThat(SearchTerms.prefixQuery("管理画面")).isNull();
        assertThat(SearchTerms.prefixQuery("XSS in 管理画面")).isNull();
        assertThat(SearchTerms.prefixQuery("ｘｓｓ")).isNull();
    }

    @Test
    void aQueryWithoutWordsIsASubstringSearch() {
        assertThat(SearchTerms.prefixQuery("%_\\")).isNull();
        assertThat(SearchTerms.prefixQuery("one two three four five six seven eight nine ten"))
                .doesNotContain("nine");
    }
}
