package dev.madoguchi.csaf.mandatory;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.NumberedTest;

/**
 * CSAF 2.0 §6.1.12 Language: {@code /document/lang} and {@code /document/source_lang} (type {@code language_t}) are
 * valid language tags (BCP 47, RFC 5646) whose subtags exist, as {@link LanguageTag} checks them: {@code EZ}, the
 * region subtag "Eurozone", is no language. Values that are no string are left to the schema.
 */
public final class Language extends NumberedTest {

    public Language() {
        super("6.1.12");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        for (String member : new String[] {"lang", "source_lang"}) {
            String tag = document.document().get(member).text();
            String problem = tag == null ? null : LanguageTag.problem(tag);
            if (problem != null) {
                findings.add("/document/" + member, "The language \"" + tag + "\" is not a valid language tag: "
                        + problem + ".");
            }
        }
    }
}
