package dev.madoguchi.csaf.tracking;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.NumberedTest;

/**
 * CSAF 2.0 §6.1.15 Translator: a document whose publisher category is {@code translator} states the language it was
 * translated from in {@code /document/source_lang} (present, a string, not blank).
 */
public final class Translator extends NumberedTest {

    private static final String SOURCE_LANG = "/document/source_lang";

    public Translator() {
        super("6.1.15");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        if (!"translator".equals(document.document().get("publisher").get("category").text())) {
            return;
        }
        String sourceLang = document.document().get("source_lang").text();
        if (sourceLang == null || sourceLang.isBlank()) {
            findings.add(SOURCE_LANG, "The publisher is a translator, but the document does not state its source "
                    + "language in /document/source_lang.");
        }
    }
}
