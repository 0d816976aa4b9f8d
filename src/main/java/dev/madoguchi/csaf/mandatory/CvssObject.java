package dev.madoguchi.csaf.mandatory;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonPointer;
import dev.madoguchi.csaf.JsonValue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * One CVSS object of a CSAF document: {@code /vulnerabilities[]/scores[]/cvss_v2} or {@code .../cvss_v3}, with its
 * JSON pointer, and its vector when the vector string is one.
 *
 * @param value  the object as given (of any JSON type)
 * @param path   its JSON pointer
 * @param v2     whether it is a {@code cvss_v2} object (else {@code cvss_v3})
 * @param vector its {@code vectorString} read, or {@code null} when that is absent or no vector of the object's kind
 */
record CvssObject(JsonValue value, String path, boolean v2, CvssVector vector) {

    private static final Function<CsafDocument, List<CvssObject>> ALL = new Function<>() {
        @Override
        public List<CvssObject> apply(CsafDocument document) {
            return find(document);
        }
    };

    /** The CVSS objects of {@code document}, found once per document. */
    static List<CvssObject> all(CsafDocument document) {
        return document.derived(ALL);
    }

    private static List<CvssObject> find(CsafDocument document) {
        List<CvssObject> found = new ArrayList<>();
        List<JsonValue> vulnerabilities = document.vulnerabilities().elements();
        for (int v = 0; v < vulnerabilities.size(); v++) {
            String vulnerability = JsonPointer.index("/vulnerabilities", v);
            List<JsonValue> scores = vulnerabilities.get(v).get("scores").elements();
            for (int s = 0; s < scores.size(); s++) {
                String score = JsonPointer.index(JsonPointer.member(vulnerability, "scores"), s);
                JsonValue v2 = scores.get(s).get("cvss_v2");
                if (v2.exists()) {
                    found.add(new CvssObject(v2, JsonPointer.member(score, "cvss_v2"), true,
                            CvssVector.v2(v2.get("vectorString").text())));
                }
                JsonValue v3 = scores.get(s).get("cvss_v3");
                if (v3.exists()) {
                    found.add(new CvssObject(v3, JsonPointer.member(score, "cvss_v3"), false,
                            CvssVector.v3(v3.get("vectorString").text())));
                }
            }
        }
        return List.copyOf(found);
    }

    /** The CVSS objects of {@code document} whose vector string could be read, the ones §6.1.9 and §6.1.10 check. */
    static List<CvssObject> withVector(CsafDocument document) {
        List<CvssObject> withVector = new ArrayList<>();
        for (CvssObject cvss : all(document)) {
            if (cvss.vector() != null) {
                withVector.add(cvss);
            }
        }
        return Collections.unmodifiableList(withVector);
    }

    /** The {@code vectorString} as given. */
    String vectorString() {
        return value.get("vectorString").text();
    }

    /** The pointer to member {@code name} of this object. */
    String path(String name) {
        return JsonPointer.member(path, name);
    }
}
