package dev.madoguchi.csaf;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Validates CSAF 2.0 documents: the JSON schema, then the tests of CSAF 2.0 §6 of the groups asked for. Mandatory
 * tests always run, since validity depends on them (CSAF 2.0 §9.1.14). Thread-safe; one instance serves any number of
 * documents.
 */
public final class CsafValidator {

    /** At most this many findings of one test are kept per document, so that a broken generator's output stays readable. */
    static final int MAX_FINDINGS_PER_TEST = 1000;

    private final List<CsafTest> tests;

    private CsafValidator(List<CsafTest> tests) {
        this.tests = tests;
    }

    /** A validator running the mandatory tests and those of {@code groups}. */
    public static CsafValidator of(Set<CsafTestGroup> groups) {
        Set<CsafTestGroup> chosen = EnumSet.of(CsafTestGroup.MANDATORY);
        chosen.addAll(groups);
        List<CsafTest> tests = new ArrayList<>(MandatoryTests.ALL);
        if (chosen.contains(CsafTestGroup.OPTIONAL)) {
            tests.addAll(OptionalTests.ALL);
        }
        if (chosen.contains(CsafTestGroup.INFORMATIVE)) {
            tests.addAll(InformativeTests.ALL);
        }
        return new CsafValidator(List.copyOf(tests));
    }

    /** A validator running every test. */
    public static CsafValidator all() {
        return of(EnumSet.allOf(CsafTestGroup.class));
    }

    /** The tests this validator runs. */
    public List<CsafTest> tests() {
        return tests;
    }

    /** The verdict on a document given as bytes; bytes that are no JSON document get one {@link CsafFinding#DOCUMENT} finding. */
    public CsafVerdict validate(byte[] bytes) {
        JsonValue root;
        try {
            root = JsonReader.read(bytes);
        } catch (JsonReader.Refusal refusal) {
            return new CsafVerdict(false, List.of(new CsafFinding(CsafFinding.DOCUMENT, "",
                    "The document " + refusal.getMessage() + ".", CsafFinding.Severity.ERROR)));
        }
        return validate(root);
    }

    /** The verdict on a document already read. */
    public CsafVerdict validate(JsonValue root) {
        List<CsafFinding> findings = new ArrayList<>(CsafSchema.bundled().validate(root));
        CsafDocument document = new CsafDocument(root, findings.isEmpty());
        for (CsafTest test : tests) {
            run(test, document, findings);
        }
        boolean valid = true;
        for (CsafFinding finding : findings) {
            if (finding.severity() == CsafFinding.Severity.ERROR) {
                valid = false;
                break;
            }
        }
        return new CsafVerdict(valid, findings);
    }

    /**
     * A test that throws is a defect in this validator, not in the document; it is reported as a finding of that test
     * so that one defect neither hides the other tests' findings nor passes the document silently.
     */
    private static void run(CsafTest test, CsafDocument document, List<CsafFinding> findings) {
        CsafFinding.Severity severity = test.group().severity();
        Collector collector = new Collector(test, severity, findings);
        try {
            test.run(document, collector);
        } catch (RuntimeException | StackOverflowError e) {
            findings.add(new CsafFinding(test.id(), "", "The test could not complete on this document ("
                    + e.getClass().getSimpleName() + "); please report this as a validator defect.", severity));
        }
        if (collector.count > MAX_FINDINGS_PER_TEST) {
            findings.add(new CsafFinding(test.id(), "", (collector.count - MAX_FINDINGS_PER_TEST)
                    + " further findings of this test are not listed.", severity));
        }
    }

    /** Keeps the first {@link #MAX_FINDINGS_PER_TEST} findings of one test on one document and counts them all. */
    private static final class Collector implements CsafTest.Findings {
        private final CsafTest test;
        private final CsafFinding.Severity severity;
        private final List<CsafFinding> findings;
        private int count;

        Collector(CsafTest test, CsafFinding.Severity severity, List<CsafFinding> findings) {
            this.test = test;
            this.severity = severity;
            this.findings = findings;
        }

        @Override
        public void add(String path, String message) {
            if (count++ < MAX_FINDINGS_PER_TEST) {
                findings.add(new CsafFinding(test.id(), path, message, severity));
            }
        }
    }
}
