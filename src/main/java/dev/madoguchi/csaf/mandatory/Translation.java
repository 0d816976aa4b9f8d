package dev.madoguchi.csaf.mandatory;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.NumberedTest;
import java.util.Locale;

/**
 * CSAF 2.0 §6.1.28 Translation: {@code /document/source_lang} and {@code /document/lang} must not be the same
 * language. Language tags are compared ignoring case, as BCP 47 (RFC 5646 §2.1.1) makes {@code en-US} and
 * {@code en-us} the same tag; {@code en-US} to {@code en-GB} passes. Nothing to test when either is absent.
 */
public final class Translation extends NumberedTest {

    public Translation() {
        super("6.1.28");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        String lang = document.document().get("lang").text();
        String sourceLang = document.document().get("source_lang").text();
        if (lang != null && sourceLang != null
                && lang.toLowerCase(Locale.ROOT).equals(sourceLang.toLowerCase(Locale.ROOT))) {
            findings.add("/document/source_lang", "The source language " + sourceLang
                    + " is the same as the document language " + lang);
        }
    }
}
