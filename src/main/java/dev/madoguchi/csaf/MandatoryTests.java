package dev.madoguchi.csaf;

import dev.madoguchi.csaf.mandatory.MultipleDefinitionInInvolvements;
import dev.madoguchi.csaf.mandatory.MultipleUseOfSameCve;
import dev.madoguchi.csaf.mandatory.MultipleUseOfSameHashAlgorithm;
import dev.madoguchi.csaf.mandatory.ProhibitedDocumentCategoryName;
import dev.madoguchi.csaf.tracking.DocumentStatusDraft;
import dev.madoguchi.csaf.tracking.LatestDocumentVersion;
import dev.madoguchi.csaf.tracking.MissingItemInRevisionHistory;
import dev.madoguchi.csaf.tracking.MultipleDefinitionInRevisionHistory;
import dev.madoguchi.csaf.tracking.NonDraftDocumentVersion;
import dev.madoguchi.csaf.tracking.ReleasedRevisionHistory;
import dev.madoguchi.csaf.tracking.RevisionHistoryEntriesForPreReleaseVersions;
import dev.madoguchi.csaf.tracking.SortedRevisionHistory;
import dev.madoguchi.csaf.tracking.Translator;

import java.util.List;

/** The mandatory tests of CSAF 2.0 §6.1, in the specification's order. */
final class MandatoryTests {

    static final List<CsafTest> ALL = List.of(
            new SortedRevisionHistory(),
            new Translator(),
            new LatestDocumentVersion(),
            new DocumentStatusDraft(),
            new ReleasedRevisionHistory(),
            new RevisionHistoryEntriesForPreReleaseVersions(),
            new NonDraftDocumentVersion(),
            new MissingItemInRevisionHistory(),
            new MultipleDefinitionInRevisionHistory(),
            new MultipleUseOfSameCve(),
            new MultipleDefinitionInInvolvements(),
            new MultipleUseOfSameHashAlgorithm(),
            new ProhibitedDocumentCategoryName()
    );

    private MandatoryTests() {
    }
}
