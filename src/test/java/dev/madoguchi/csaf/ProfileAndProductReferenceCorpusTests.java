package dev.madoguchi.csaf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.madoguchi.csaf.mandatory.FlagWithoutProductReference;
import dev.madoguchi.csaf.mandatory.MixedIntegerAndSemanticVersioning;
import dev.madoguchi.csaf.mandatory.MultipleFlagsWithVexJustificationCodesPerProduct;
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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CSAF 2.0 §6.1.27.1 to §6.1.27.11 and §6.1.28 to §6.1.33 on the OASIS test files (each failing file fails with
 * findings of its test, each valid file has none) and on the published advisories of the corpus (no finding).
 */
class ProfileAndProductReferenceCorpusTests {

    static final List<CsafTest> TESTS = List.of(new DocumentNotes(), new DocumentReferences(),
            new VulnerabilitiesForInformationalAdvisory(), new ProductTree(), new VulnerabilityNotes(),
            new ProductStatus(), new VexProductStatus(), new VulnerabilityId(), new ImpactStatement(),
            new ActionStatement(), new VulnerabilitiesForSecurityAdvisoryOrVex(), new Translation(),
            new RemediationWithoutProductReference(), new MixedIntegerAndSemanticVersioning(),
            new VersionRangeInProductVersion(), new FlagWithoutProductReference(),
            new MultipleFlagsWithVexJustificationCodesPerProduct());

    private static final Map<String, CsafTest> BY_ID =
            TESTS.stream().collect(Collectors.toMap(CsafTest::id, Function.identity()));

    static Stream<CsafTestCases.Case> oasisCases() {
        return CsafTestCases.all().stream().filter(c -> BY_ID.containsKey(c.test()));
    }

    @ParameterizedTest
    @MethodSource("oasisCases")
    void oasisTestFile(CsafTestCases.Case testCase) {
        List<CsafFinding> findings = CsafTestCases.findings(BY_ID.get(testCase.test()), testCase.file());
        if (testCase.valid()) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).isNotEmpty().allMatch(f -> f.test().equals(testCase.test()));
        }
    }

    @Test
    void everyTestHasAUniqueIdInTheMandatoryGroup() {
        assertThat(BY_ID).hasSize(TESTS.size());
        assertThat(TESTS).allMatch(t -> t.group() == CsafTestGroup.MANDATORY);
        assertThat(MandatoryTests.ALL.stream().map(CsafTest::id)).containsAll(BY_ID.keySet());
    }

    static Stream<Path> realAdvisories() throws IOException {
        Path folder = Path.of("../shared/corpus/csaf-real");
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> advisories = files.filter(p -> p.toString().endsWith(".json"))
                    .filter(p -> JsonReader.read(CsafTestCases.read(p)).get("document").isObject())
                    .sorted().toList();
            return advisories.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("realAdvisories")
    void publishedAdvisoryPassesEveryTest(Path advisory) {
        JsonValue root = JsonReader.read(CsafTestCases.read(advisory));
        for (CsafTest test : TESTS) {
            assertThat(CsafTestCases.findings(test, root)).as(test.id()).isEmpty();
        }
    }
}
