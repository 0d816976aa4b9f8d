package dev.madoguchi.csaf;

import java.util.List;

import dev.madoguchi.csaf.mandatory.CircularDefinitionOfProductId;
import dev.madoguchi.csaf.mandatory.ContradictingProductStatus;
import dev.madoguchi.csaf.mandatory.Cwe;
import dev.madoguchi.csaf.mandatory.FlagWithoutProductReference;
import dev.madoguchi.csaf.mandatory.InconsistentCvss;
import dev.madoguchi.csaf.mandatory.InvalidCvss;
import dev.madoguchi.csaf.mandatory.InvalidCvssComputation;
import dev.madoguchi.csaf.mandatory.Language;
import dev.madoguchi.csaf.mandatory.MissingDefinitionOfProductGroupId;
import dev.madoguchi.csaf.mandatory.MissingDefinitionOfProductId;
import dev.madoguchi.csaf.mandatory.MixedIntegerAndSemanticVersioning;
import dev.madoguchi.csaf.mandatory.MultipleDefinitionInInvolvements;
import dev.madoguchi.csaf.mandatory.MultipleDefinitionOfProductGroupId;
import dev.madoguchi.csaf.mandatory.MultipleDefinitionOfProductId;
import dev.madoguchi.csaf.mandatory.MultipleFlagsWithVexJustificationCodesPerProduct;
import dev.madoguchi.csaf.mandatory.MultipleScoresWithSameVersionPerProduct;
import dev.madoguchi.csaf.mandatory.MultipleUseOfSameCve;
import dev.madoguchi.csaf.mandatory.MultipleUseOfSameHashAlgorithm;
import dev.madoguchi.csaf.mandatory.ProhibitedDocumentCategoryName;
import dev.madoguchi.csaf.mandatory.Purl;
import dev.madoguchi.csaf.mandatory.RemediationWithoutProductReference;
import dev.madoguchi.csaf.mandatory.Translation;
import dev.madoguchi.csaf.mandatory.VersionRangeInProductVersion;
import dev.madoguchi.csaf.profile.ActionStatement;
import dev.madoguchi.csaf.profile.DocumentNotes;
import dev.madoguchi.csaf.profile.DocumentReferences;
import dev.madoguchi.csaf.profile.ImpactStatement;
import dev.madoguchi.csaf.profile.ProductStatus;
import dev.madoguchi.csaf.profile.ProductTree;
import dev.madoguchi.csaf.profile.VexProductStatus;
import dev.madoguchi.csaf.profile.VulnerabilitiesForInformationalAdvisory;
import dev.madoguchi.csaf.profile.VulnerabilitiesForSecurityAdvisoryOrVex;
import dev.madoguchi.csaf.profile.VulnerabilityId;
import dev.madoguchi.csaf.profile.VulnerabilityNotes;
import dev.madoguchi.csaf.tracking.DocumentStatusDraft;
import dev.madoguchi.csaf.tracking.LatestDocumentVersion;
import dev.madoguchi.csaf.tracking.MissingItemInRevisionHistory;
import dev.madoguchi.csaf.tracking.MultipleDefinitionInRevisionHistory;
import dev.madoguchi.csaf.tracking.NonDraftDocumentVersion;
import dev.madoguchi.csaf.tracking.ReleasedRevisionHistory;
import dev.madoguchi.csaf.tracking.RevisionHistoryEntriesForPreReleaseVersions;
import dev.madoguchi.csaf.tracking.SortedRevisionHistory;
import dev.madoguchi.csaf.tracking.Translator;

/** The mandatory tests of CSAF 2.0 §6.1, in the specification's order. */
final class MandatoryTests {

    static final List<CsafTest> ALL = List.of(
            new MissingDefinitionOfProductId(),
            new MultipleDefinitionOfProductId(),
            new CircularDefinitionOfProductId(),
            new MissingDefinitionOfProductGroupId(),
            new MultipleDefinitionOfProductGroupId(),
            new ContradictingProductStatus(),
            new MultipleScoresWithSameVersionPerProduct(),
            new InvalidCvss(),
            new InvalidCvssComputation(),
            new InconsistentCvss(),
            new Cwe(),
            new Language(),
            new Purl(),
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
            new ProhibitedDocumentCategoryName(),
            new DocumentNotes(),
            new DocumentReferences(),
            new VulnerabilitiesForInformationalAdvisory(),
            new ProductTree(),
            new VulnerabilityNotes(),
            new ProductStatus(),
            new VexProductStatus(),
            new VulnerabilityId(),
            new ImpactStatement(),
            new ActionStatement(),
            new VulnerabilitiesForSecurityAdvisoryOrVex(),
            new Translation(),
            new RemediationWithoutProductReference(),
            new MixedIntegerAndSemanticVersioning(),
            new VersionRangeInProductVersion(),
            new FlagWithoutProductReference(),
            new MultipleFlagsWithVexJustificationCodesPerProduct());

    private MandatoryTests() {
    }
}
