package dev.madoguchi.csaf.optional;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.NumberedTest;
import java.util.function.BiConsumer;

/**
 * CSAF 2.0 §6.2.15 Use of Default Language: neither {@code /document/lang} nor {@code /document/source_lang} is the
 * language code {@code i-default} (case ignored, as BCP 47 does).
 */
public final class UseOfDefaultLanguage extends NumberedTest {

    public UseOfDefaultLanguage() {
        super("6.2.15");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        LanguageFields.forEach(document, new BiConsumer<String, String>() {
            @Override
            public void accept(String tag, String pointer) {
                if (tag.equalsIgnoreCase("i-default")) {
                    findings.add(pointer, "The language code " + tag + " is used.");
                }
            }
        });
    }
}
