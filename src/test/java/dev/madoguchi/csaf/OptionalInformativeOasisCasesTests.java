package dev.madoguchi.csaf;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OASIS test files of the optional (§6.2) and informative (§6.3) tests: each listed failure file fails the test of
 * its id, each listed valid file passes it. Files of tests not implemented (§6.3.6-§6.3.8: network, spell check) are
 * not listed here.
 */
class OptionalInformativeOasisCasesTests {

    private static final Map<String, CsafTest> BY_ID = Stream.concat(OptionalTests.ALL.stream(),
            InformativeTests.ALL.stream()).collect(Collectors.toMap(CsafTest::id, Function.identity()));

    static List<CsafTestCases.Case> cases() {
        return Stream.concat(CsafTestCases.of("6.2.").stream(), CsafTestCases.of("6.3.").stream())
                .filter(c -> BY_ID.containsKey(c.test())).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void listedFileFailsOrPassesTheTestOfItsId(CsafTestCases.Case testCase) {
        List<CsafFinding> findings = CsafTestCases.findings(BY_ID.get(testCase.test()), testCase.file());
        if (testCase.valid()) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).isNotEmpty().allSatisfy(f -> assertThat(f.test()).isEqualTo(testCase.test()));
        }
    }
}
