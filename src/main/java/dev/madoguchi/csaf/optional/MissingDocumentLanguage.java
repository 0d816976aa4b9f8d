package dev.madoguchi.csaf.optional;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.CsafTestGroup;

/** CSAF 2.0 §6.2.12 Missing Document Language: {@code /document/lang} is present and set (a non-empty string). */
public final class MissingDocumentLanguage extends NumberedCsafTest {

    public MissingDocumentLanguage() {
        super("6.2.12", CsafTestGroup.OPTIONAL);
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        String lang = document.document().get("lang").text();
        if (lang == null || lang.isBlank()) {
            findings.add("/document/lang", "The document language is not set.");
        }
    }
}
