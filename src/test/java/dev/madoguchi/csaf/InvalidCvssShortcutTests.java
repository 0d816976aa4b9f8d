package dev.madoguchi.csaf;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.madoguchi.csaf.mandatory.InvalidCvss;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 6.1.8 skips documents that satisfy the CSAF schema, because the schema already holds every CVSS object to its CVSS
 * schema. Pinned on the whole corpus: wherever the schema finds nothing, the full 6.1.8 check finds nothing either.
 */
class InvalidCvssShortcutTests {

    @Test
    void documentsSatisfyingTheSchemaHaveNoInvalidCvss() {
        List<Path> files = Stream.concat(CsafConformanceTests.realAdvisories().stream(),
                CsafTestCases.all().stream().map(CsafTestCases.Case::file)).toList();
        int checked = 0;
        for (Path file : files) {
            JsonValue root = JsonReader.read(CsafTestCases.read(file));
            if (CsafSchema.bundled().validate(root).isEmpty()) {
                assertThat(CsafTestCases.findings(new InvalidCvss(), root)).as(file.toString()).isEmpty();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(500);
    }

    @Test
    void documentBreakingACvssSchemaIsStillReportedWhenItsSchemaValidityIsUnknown() {
        List<CsafTestCases.Case> failures = CsafTestCases.of("6.1.8").stream().filter(c -> !c.valid()).toList();
        assertThat(failures).isNotEmpty();
        for (CsafTestCases.Case c : failures) {
            JsonValue root = JsonReader.read(CsafTestCases.read(c.file()));
            assertThat(CsafTestCases.findings(new InvalidCvss(), root)).as(c.toString()).isNotEmpty();
            List<CsafFinding> known = new java.util.ArrayList<>();
            new InvalidCvss().run(new CsafDocument(root, true), (p, m) -> known.add(null));
            assertThat(known).isEmpty();
        }
    }
}
