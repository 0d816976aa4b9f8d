package dev.madoguchi.csaf;

import dev.madoguchi.csaf.mandatory.CircularDefinitionOfProductId;
import dev.madoguchi.csaf.mandatory.ContradictingProductStatus;
import dev.madoguchi.csaf.mandatory.Language;
import dev.madoguchi.csaf.mandatory.MissingDefinitionOfProductGroupId;
import dev.madoguchi.csaf.mandatory.MissingDefinitionOfProductId;
import dev.madoguchi.csaf.mandatory.MultipleDefinitionOfProductGroupId;
import dev.madoguchi.csaf.mandatory.MultipleDefinitionOfProductId;
import dev.madoguchi.csaf.mandatory.MultipleScoresWithSameVersionPerProduct;
import dev.madoguchi.csaf.mandatory.Purl;

import java.util.List;

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
            new Language(),
            new Purl()
    );

    private MandatoryTests() {
    }
}
