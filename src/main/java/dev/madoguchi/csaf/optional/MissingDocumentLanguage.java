package dev.madoguchi.csaf.optional;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.NumberedTest;

/** CSAF 2.0 §6.2.12 Missing Document Language: {@code /document/lang} is present and set (a non-empty string). */
public final class MissingDocumentLanguage extends NumberedTest {

    public MissingDocumentLanguage() {
        super("6.2.12");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        String lang = document.document().get("lang").text();
        if (lang == null || lang.isBlank()) {
            findings.add("/document/lang", "The document language is not set.");
        }
    }
}
