package dev.madoguchi.csaf.optional;

import dev.madoguchi.csaf.CsafDocument;

import java.util.function.BiConsumer;

/** The elements of type {@code /$defs/language_t}: {@code /document/lang} and {@code /document/source_lang}. */
final class LanguageFields {

    private LanguageFields() {
    }

    /** Each language tag present as a string, with its pointer. */
    static void forEach(CsafDocument document, BiConsumer<String, String> visitor) {
        for (String member : new String[] {"lang", "source_lang"}) {
            String tag = document.document().get(member).text();
            if (tag != null) {
                visitor.accept(tag, "/document/" + member);
            }
        }
    }
}
