package dev.madoguchi.csaf.optional;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonValue;
import dev.madoguchi.csaf.NumberedTest;

import java.util.List;

/**
 * CSAF 2.0 §6.2.4 Build Metadata in Revision History: no {@code number} of the revision history carries semantic
 * versioning build metadata (the part from a {@code +} on, e.g. {@code 1.0.0+exp.sha.ac00785}).
 */
public final class BuildMetadataInRevisionHistory extends NumberedTest {

    public BuildMetadataInRevisionHistory() {
        super("6.2.4");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        List<JsonValue> revisions = document.document().get("tracking").get("revision_history").elements();
        for (int i = 0; i < revisions.size(); i++) {
            String number = revisions.get(i).get("number").text();
            int plus = number == null ? -1 : number.indexOf('+');
            if (plus >= 0) {
                findings.add("/document/tracking/revision_history/" + i + "/number", "The revision number " + number
                        + " includes the build metadata " + number.substring(plus) + ".");
            }
        }
    }
}
