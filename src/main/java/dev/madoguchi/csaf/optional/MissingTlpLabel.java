package dev.madoguchi.csaf.optional;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.NumberedTest;

import java.util.Set;

/**
 * CSAF 2.0 §6.2.10 Missing TLP label: {@code /document/distribution/tlp/label} is present and one of the labels CSAF
 * 2.0 allows ({@code AMBER}, {@code GREEN}, {@code RED}, {@code WHITE}).
 */
public final class MissingTlpLabel extends NumberedTest {

    private static final Set<String> LABELS = Set.of("AMBER", "GREEN", "RED", "WHITE");
    private static final String POINTER = "/document/distribution/tlp/label";

    public MissingTlpLabel() {
        super("6.2.10");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        var label = document.document().get("distribution").get("tlp").get("label");
        if (label.isMissing()) {
            findings.add(POINTER, "The document has no TLP label.");
        } else if (!label.isString() || !LABELS.contains(label.text())) {
            findings.add(POINTER, "The TLP label " + label + " is none of AMBER, GREEN, RED, WHITE.");
        }
    }
}
