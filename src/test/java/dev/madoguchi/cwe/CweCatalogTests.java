package dev.madoguchi.cwe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CweCatalogTests {

    private final CweCatalog catalog = CweCatalog.bundled();

    @Test
    void theBundledCatalogHoldsTheWholeCweListWithJapaneseNamesForTheSimplifiedView() {
        assertThat(catalog.size()).isGreaterThan(1300);
        assertThat(catalog.byId(79).orElseThrow().name()).contains("Cross-site Scripting");
        assertThat(catalog.byId(79).orElseThrow().nameJa()).isEqualTo("クロスサイトスクリプティング");
        assertThat(catalog.simplifiedMapping()).hasSize(130).allMatch(c -> c.nameJa() != null);
    }

    @Test
    void searchFindsByIdentifierEnglishJapaneseAndAliasesWithWidthFolded() {
        assertThat(catalog.search("CWE-787", 5)).first().extracting(Cwe::id).isEqualTo(787);
        assertThat(catalog.search("787", 5)).first().extracting(Cwe::id).isEqualTo(787);
        assertThat(catalog.search("クロスサイト", 10)).extracting(Cwe::id).contains(79, 352);
        assertThat(catalog.search("ｘｓｓ", 10)).extracting(Cwe::id).contains(79);
        assertThat(catalog.search("SQL", 10)).extracting(Cwe::id).first().isEqualTo(89);
        assertThat(catalog.search("バッファオーバーフロー", 10)).extracting(Cwe::id).contains(120);
    }

    @Test
    void categoriesViewsAndDeprecatedEntriesAreNotOffered() {
        assertThat(catalog.search("CWE-1003", 5)).isEmpty();
        assertThat(catalog.search("DEPRECATED", 50)).isEmpty();
        assertThat(catalog.byId(1).orElseThrow().assignable()).isFalse();
    }

    @Test
    void identifiersAreParsedLeniently() {
        assertThat(CweCatalog.parseIdentifier("cwe-79")).contains(79);
        assertThat(CweCatalog.parseIdentifier(" CWE 79 ")).contains(79);
        assertThat(CweCatalog.parseIdentifier("CWE-79: XSS")).isEmpty();
        assertThat(catalog.byIdentifier("CWE-999999")).isEmpty();
    }
}
