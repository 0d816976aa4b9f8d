package dev.madoguchi.csaf;

import dev.madoguchi.csaf.optional.AdditionalProperties;
import dev.madoguchi.csaf.optional.BuildMetadataInRevisionHistory;
import dev.madoguchi.csaf.optional.CveInFieldIds;
import dev.madoguchi.csaf.optional.CvssForFixedProducts;
import dev.madoguchi.csaf.optional.MissingCanonicalUrl;
import dev.madoguchi.csaf.optional.MissingDateInInvolvements;
import dev.madoguchi.csaf.optional.MissingDocumentLanguage;
import dev.madoguchi.csaf.optional.MissingProductIdentificationHelper;
import dev.madoguchi.csaf.optional.MissingRemediation;
import dev.madoguchi.csaf.optional.MissingScore;
import dev.madoguchi.csaf.optional.MissingTlpLabel;
import dev.madoguchi.csaf.optional.OlderCurrentReleaseDateThanRevisionHistory;
import dev.madoguchi.csaf.optional.OlderInitialReleaseDateThanRevisionHistory;
import dev.madoguchi.csaf.optional.ProductVersionRangeWithoutVers;
import dev.madoguchi.csaf.optional.Sorting;
import dev.madoguchi.csaf.optional.UnusedDefinitionOfProductId;
import dev.madoguchi.csaf.optional.UseOfDefaultLanguage;
import dev.madoguchi.csaf.optional.UseOfMd5AsTheOnlyHashAlgorithm;
import dev.madoguchi.csaf.optional.UseOfPrivateLanguage;
import dev.madoguchi.csaf.optional.UseOfSha1AsTheOnlyHashAlgorithm;

import java.util.List;

/**
 * The optional tests of CSAF 2.0 §6.2, in the specification's order. §6.2.20 Additional Properties walks the bundled
 * JSON schema ({@link CsafSchema#additionalProperties}).
 */
final class OptionalTests {

    static final List<CsafTest> ALL = List.of(
            new UnusedDefinitionOfProductId(),
            new MissingRemediation(),
            new MissingScore(),
            new BuildMetadataInRevisionHistory(),
            new OlderInitialReleaseDateThanRevisionHistory(),
            new OlderCurrentReleaseDateThanRevisionHistory(),
            new MissingDateInInvolvements(),
            new UseOfMd5AsTheOnlyHashAlgorithm(),
            new UseOfSha1AsTheOnlyHashAlgorithm(),
            new MissingTlpLabel(),
            new MissingCanonicalUrl(),
            new MissingDocumentLanguage(),
            new Sorting(),
            new UseOfPrivateLanguage(),
            new UseOfDefaultLanguage(),
            new MissingProductIdentificationHelper(),
            new CveInFieldIds(),
            new ProductVersionRangeWithoutVers(),
            new CvssForFixedProducts(),
            new AdditionalProperties()
    );

    private OptionalTests() {
    }
}
