package dev.madoguchi.products;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProductDraftTests {

    private static List<String> problems(String cpe, String purl) {
        return new ProductDraft(null, "PLC", "PLC", List.of(), 1L, "numeric", null, cpe, purl).problems().stream()
                .map(ProductRuleViolation::messageKey).toList();
    }

    @Test
    void aCpeIsTheCpe23FormattedStringWithElevenPartsAfterThePrefix() {
        assertThat(problems("cpe:2.3:h:mitsubishielectric:melsec_iq-r_r04cpu:-:*:*:*:*:*:*:*", null)).isEmpty();
        assertThat(problems("cpe:2.3:o:example:fw\\:x:1.0:*:*:*:*:*:*:*", null)).isEmpty();
        assertThat(problems("cpe:2.3:h:mitsubishielectric:melsec_iq-r_r04cpu:-:*:*:*:*:*:*", null))
                .containsExactly("product.cpe.invalid");
        assertThat(problems("cpe:/h:mitsubishielectric:melsec", null)).containsExactly("product.cpe.invalid");
        assertThat(problems("cpe:2.3:x:a:b:c:d:e:f:g:h:i:j", null)).containsExactly("product.cpe.invalid");
        assertThat(problems("cpe:2.3:h" + ":a".repeat(300), null)).containsExactly("product.cpe.invalid");
    }

    @Test
    void aPurlStartsWithPkgAndALowerCaseType() {
        assertThat(problems(null, "pkg:generic/mitsubishielectric/melsec-iq-r")).isEmpty();
        assertThat(problems(null, "pkg:maven/org.example/lib@1.0")).isEmpty();
        assertThat(problems(null, "https://example.com/lib")).containsExactly("product.purl.invalid");
        assertThat(problems(null, "pkg:Maven/org.example/lib")).containsExactly("product.purl.invalid");
    }
}
