package dev.madoguchi.csaf.optional;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.NumberedTest;
import java.util.function.BiConsumer;

/**
 * CSAF 2.0 §6.2.14 Use of Private Language: neither {@code /document/lang} nor {@code /document/source_lang} contains
 * a subtag reserved for private use (a language {@code qaa-qtz}, a script {@code Qaaa-Qabx}, a region {@code AA},
 * {@code QM-QZ}, {@code XA-XZ}, {@code ZZ}, or a private use sequence {@code x-...}).
 */
public final class UseOfPrivateLanguage extends NumberedTest {

    public UseOfPrivateLanguage() {
        super("6.2.14");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        LanguageFields.forEach(document, new BiConsumer<String, String>() {
            @Override
            public void accept(String tag, String pointer) {
                String subtag = PrivateUseSubtag.in(tag);
                if (subtag != null) {
                    findings.add(pointer, "The language tag " + tag + " contains " + subtag
                            + ", which is reserved for private use.");
                }
            }
        });
    }
}
