package dev.madoguchi.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import dev.madoguchi.cwe.CweCatalog;
import dev.madoguchi.shared.Language;
import org.junit.jupiter.api.Test;

class ReportRulesTests {

    private static final Date NOW = Date.from(Instant.parse("2026-11-22T00:00:00Z"));
    private final ReportRules rules = new ReportRules(CweCatalog.bundled(),
            new ReportRules.FileLimits(100, 150, 2));

    private static ReportDraft valid() {
        return new ReportDraft(UUID.randomUUID(), "Product", "1.0", "CWE-79: XSS", "Title", "Steps", "", "Impact", "",
                false, false, "", false, "Name", "name@example.jp", "", false, false, "", "", Language.EN, true,
                List.of(), List.of());
    }

    private List<String> problems(ReportDraft draft) {
        return rules.check(draft, List.of(), NOW).stream().map(p -> p.field() + " " + p.messageKey()).toList();
    }

    private static ReportDraft with(java.util.function.UnaryOperator<Object[]> change) {
        ReportDraft v = valid();
        Object[] a = {v.submissionKey(), v.product(), v.productVersion(), v.vulnerabilityType(), v.title(),
                v.stepsToReproduce(), v.proofOfConcept(), v.impact(), v.cvssVector(), v.alreadyPublic(),
                v.reportedElsewhere(), v.publicReference(), v.exploited(), v.reporterName(), v.reporterEmail(),
                v.reporterOrganization(), v.anonymous(), v.creditWanted(), v.creditName(), v.pgpPublicKey(),
                v.language(), v.policyAccepted(), v.files(), v.keptFiles()};
        a = change.apply(a);
        @SuppressWarnings("unchecked")
        ReportDraft d = new ReportDraft((UUID) a[0], (String) a[1], (String) a[2], (String) a[3], (String) a[4],
                (String) a[5], (String) a[6], (String) a[7], (String) a[8], (boolean) a[9], (boolean) a[10],
                (String) a[11], (boolean) a[12], (String) a[13], (String) a[14], (String) a[15], (boolean) a[16],
                (boolean) a[17], (String) a[18], (String) a[19], (Language) a[20], (boolean) a[21],
                (List<UploadedFile>) a[22], (List<UUID>) a[23]);
        return d;
    }

    private static ReportDraft set(int index, Object value) {
        return with(a -> {
            a[index] = value;
            return a;
        });
    }

    @Test
    void aCompleteReportPasses() {
        assertThat(problems(valid())).isEmpty();
    }

    @Test
    void theSixItemsOfTheNecPolicyAreRequiredExceptTheProofWhichMayComeAsFiles() {
        assertThat(problems(set(1, " "))).containsExactly("product report.field.required");
        assertThat(problems(set(2, null))).containsExactly("productVersion report.field.required");
        assertThat(problems(set(3, ""))).containsExactly("vulnerabilityType report.field.required");
        assertThat(problems(set(5, ""))).containsExactly("stepsToReproduce report.field.required");
        assertThat(problems(set(7, ""))).containsExactly("impact report.field.required");
        assertThat(problems(set(6, ""))).isEmpty();
    }

    @Test
    void everyFieldHasAMaximumLength() {
        assertThat(problems(set(4, "t".repeat(201)))).containsExactly("title report.field.too-long");
        assertThat(problems(set(5, "s".repeat(50_001)))).containsExactly("stepsToReproduce report.field.too-long");
        assertThat(problems(set(6, "p".repeat(200_001)))).containsExactly("proofOfConcept report.field.too-long");
        assertThat(problems(set(15, "o".repeat(201)))).containsExactly("reporter.organization report.field.too-long");
        assertThat(problems(set(5, "脆".repeat(50_000)))).isEmpty();
    }

    @Test
    void theEmailMustBeAnAddress() {
        assertThat(problems(set(14, "not-an-address"))).containsExactly("reporter.email report.email.invalid");
        assertThat(problems(set(14, "two@@example.jp"))).containsExactly("reporter.email report.email.invalid");
        assertThat(problems(set(14, "a@b"))).containsExactly("reporter.email report.email.invalid");
    }

    @Test
    void aCvssVectorMustBeValidThreeOneOrFourZero() {
        assertThat(problems(set(8, "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"))).isEmpty();
        assertThat(problems(set(8, "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"))).isEmpty();
        assertThat(problems(set(8, "CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")))
                .containsExactly("cvssVector report.cvssVector.invalid");
        assertThat(problems(set(8, "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/AV:N")))
                .containsExactly("cvssVector report.cvssVector.invalid");
        assertThat(problems(set(8, "AV:N/AC:L/Au:N/C:P/I:P/A:P"))).containsExactly("cvssVector report.cvssVector.invalid");
    }

    @Test
    void aCweThatDoesNotExistIsRefusedButFreeTextIsWelcome() {
        assertThat(problems(set(3, "CWE-99999: made up"))).containsExactly(
                "vulnerabilityType report.vulnerabilityType.unknown-cwe");
        assertThat(problems(set(3, "buffer overflow in the parser"))).isEmpty();
    }

    @Test
    void aBadPgpKeyBlockIsRefused() {
        assertThat(problems(set(19, "not a key"))).containsExactly("reporter.pgpPublicKey report.pgp.not-a-public-key");
        assertThat(problems(set(19, "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\ngarbage\n-----END PGP PUBLIC KEY BLOCK-----")))
                .containsExactly("reporter.pgpPublicKey report.pgp.not-a-public-key");
    }

    @Test
    void creditNeedsANameAndPublicOrElsewhereNeedsWhere() {
        assertThat(problems(with(a -> {
            a[17] = true;
            a[18] = "";
            return a;
        }))).containsExactly("credit.name report.field.required");
        assertThat(problems(set(9, true))).containsExactly("publicReference report.field.required");
        assertThat(problems(set(10, true))).containsExactly("publicReference report.field.required");
    }

    @Test
    void thePolicyMustBeAcceptedAndALanguageChosen() {
        assertThat(problems(set(21, false))).containsExactly("policyAccepted report.policy.required");
        assertThat(problems(set(20, null))).containsExactly("language report.language.invalid");
    }

    @Test
    void filesAreLimitedInSizeNumberAndTotal() {
        UploadedFile small = new UploadedFile("a.txt", "text/plain", new byte[60]);
        UploadedFile big = new UploadedFile("big.bin", null, new byte[101]);
        assertThat(problems(set(22, List.of(small, small)))).isEmpty();
        assertThat(problems(set(22, List.of(big)))).containsExactly("attachments report.files.too-large");
        assertThat(problems(set(22, List.of(small, small, small))))
                .contains("attachments report.files.too-many", "attachments report.files.total-too-large");
        assertThat(rules.check(set(22, List.of(small)), List.of(60L, 60L), NOW).stream().map(FieldProblem::messageKey))
                .contains("report.files.too-many", "report.files.total-too-large");
    }
}
