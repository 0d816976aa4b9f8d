package dev.madoguchi.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import dev.madoguchi.intake.PgpSamples;
import dev.madoguchi.mail.Outbox;
import dev.madoguchi.mail.QueuedMail;
import dev.madoguchi.openpgp.PsirtKey;
import dev.madoguchi.openpgp.PsirtKeys;
import dev.madoguchi.shared.Role;
import dev.madoguchi.testing.MovableClock;
import dev.madoguchi.testing.ReportFixtures;
import dev.madoguchi.testing.SignedIn;
import dev.madoguchi.testing.StaffFixtures;
import jakarta.servlet.http.Cookie;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 10: a case's coordinator references (JVN formats checked) and the hand-off to a coordinator organization,
 * encrypted to its key or, without one, only a neutral notice; PSIRT only.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(PgpSamples.MovableTime.class)
class CoordinatorHandoffTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Outbox outbox;
    @Autowired
    PsirtKeys keys;
    @Autowired
    MovableClock clock;
    @Autowired
    CaseParticipants participants;
    @Autowired
    Divisions divisions;
    @Autowired
    Cases cases;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    final CaseViewer system = new CaseViewer(0, "test", true, false, false, false);
    PsirtKey psirt;
    Cookie handler;
    ReportFixtures.Submitted report;
    String title;

    @BeforeEach
    void aCaseItsHandlerAndThePsirtKey() throws Exception {
        psirt = PgpSamples.onlyCurrentKey(jdbc, keys, clock);
        String name = StaffFixtures.unique("psirt");
        StaffFixtures.create(jdbc, name, Role.PSIRT);
        handler = SignedIn.as(mvc, name);
        title = "handoff " + StaffFixtures.unique("t");
        report = ReportFixtures.submit(mvc, jdbc, title, "en");
    }

    private long organization(String shortName, String email, String key) {
        return jdbc.sql("""
                insert into coordinator_organization (name_ja, name_en, short_name, emails, public_key, language,
                                                      publishes_on_jvn, updated_by, updated_at)
                values ('テストCERT', 'Test CERT', ?, ?, ?, 'en', true, 'test', ?) returning id""")
                .params(shortName, email, key, Timestamp.from(Instant.now())).query(Long.class).single();
    }

    static final String VECTOR = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H";

    /** A vulnerability of the case scored 7.5, affecting versions 1.0 to 2.0 of a product, with a fix in 1.5. */
    private String aVulnerabilityWithAnAffectedProductAndAFix() throws Exception {
        mvc.perform(post(path("vulnerabilities")).with(csrf()).cookie(handler).param("titleEn", "Crash in " + title)
                .param("titleJa", title + " の停止").param("descriptionEn", "A packet stops the device.")
                .param("cvssV3", VECTOR)).andExpect(status().is3xxRedirection());
        long vulnerability = jdbc.sql("""
                select v.id from vulnerability v join psirt_case c on c.id = v.case_id where c.reference = ?""")
                .param(report.trackingNumber()).query(Long.class).single();
        String product = "Controller " + StaffFixtures.unique("p");
        long division = jdbc.sql("insert into division (name, created_at) values (?, now()) returning id")
                .param("Division " + product).query(Long.class).single();
        long productId = jdbc.sql("""
                insert into product (name_en, name_ja, division_id, version_scheme, created_at, updated_at)
                values (?, ?, ?, 'numeric', now(), now()) returning id""")
                .params(product, "コントローラ", division).query(Long.class).single();
        jdbc.sql("""
                insert into vulnerability_impact (vulnerability_id, product_id, lower_version, lower_inclusive,
                       upper_version, upper_inclusive, status, recorded_by, recorded_at)
                values (?, ?, '1.0', true, '2.0', false, 'known_affected', 'dev', now())""")
                .params(vulnerability, productId).update();
        long remediation = jdbc.sql("""
                insert into remediation (vulnerability_id, category, details_en, details_ja, fixed_version,
                                         recorded_by, recorded_at)
                values (?, 'vendor_fix', 'Update the firmware.', '', '1.5', 'dev', now()) returning id""")
                .param(vulnerability).query(Long.class).single();
        jdbc.sql("insert into remediation_product (remediation_id, product_id) values (?, ?)")
                .params(remediation, productId).update();
        return product;
    }

    private String path(String act) {
        return "/cases/" + report.trackingNumber() + "/" + act;
    }

    private List<String> timeline() {
        long caseId = cases.find(report.trackingNumber(), system).orElseThrow().id();
        return jdbc.sql("select kind || ': ' || summary from case_event where case_id = ? order by id")
                .param(caseId).query(String.class).list();
    }

    @Test
    void referencesWithAWrongJvnFormatAreRefusedWithTheTypedValuesKept() throws Exception {
        long org = organization(StaffFixtures.unique("CERT"), "cert@example.test", null);
        MvcResult refused = mvc.perform(post(path("coordinator-references")).with(csrf()).cookie(handler)
                        .locale(Locale.ENGLISH).param("organization", String.valueOf(org))
                        .param("caseNumber", "JPCERT#87654321").param("jvnId", "JVN12345678")
                        .param("jvnvuId", "JVNVU#12345678"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String page = mvc.perform(get("/cases/" + report.trackingNumber()).cookie(handler).locale(Locale.ENGLISH)
                        .flashAttrs(refused.getFlashMap())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("A JVN ID is written JVN# and eight digits", "value=\"JVN12345678\"",
                "value=\"JPCERT#87654321\"", "value=\"JVNVU#12345678\"")
                .contains("No coordinator references are recorded.");

        mvc.perform(post(path("coordinator-references")).with(csrf()).cookie(handler)
                        .param("organization", String.valueOf(org)).param("caseNumber", "JPCERT#87654321")
                        .param("jvnId", "JVN#12345678").param("jvnvuId", ""))
                .andExpect(status().is3xxRedirection());
        String saved = mvc.perform(get("/cases/" + report.trackingNumber()).cookie(handler))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(saved).contains("JPCERT#87654321", "JVN#12345678");
        assertThat(mvc.perform(get("/cases").param("q", "JVN#12345678").cookie(handler)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains(report.trackingNumber());
    }

    @Test
    void theHandoffIsQueuedEncryptedToTheOrganizationsKeyAndRecordedOnTheTimeline() throws Exception {
        PGPSecretKeyRing cert = PgpSamples.reporterKey(null);
        long org = organization(StaffFixtures.unique("CERT"), "cert@example.test", PgpSamples.armoredPublicKey(cert));
        String product = aVulnerabilityWithAnAffectedProductAndAFix();

        String review = mvc.perform(get(path("coordinator-handoff")).param("organization", String.valueOf(org))
                        .cookie(handler).locale(Locale.ENGLISH)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(review).contains(title, "cert@example.test", "encrypted to the organization");
        assertThat(outbox.about("case", report.trackingNumber())).isEmpty();

        mvc.perform(post(path("coordinator-handoff")).with(csrf()).cookie(handler)
                .param("organization", String.valueOf(org))).andExpect(status().is3xxRedirection());
        List<QueuedMail> queued = outbox.about("case", report.trackingNumber());
        assertThat(queued).hasSize(1);
        QueuedMail mail = queued.get(0);
        assertThat(mail.recipient()).isEqualTo("cert@example.test");
        assertThat(mail.encryption()).isEqualTo("encrypted");
        assertThat(mail.subject()).doesNotContain(title);
        assertThat(mail.body()).startsWith("-----BEGIN PGP MESSAGE-----").doesNotContain(title);
        assertThat(PgpSamples.decryptAndVerify(mail.body(), cert, psirt.publicKey()))
                .contains(report.trackingNumber(), title, "Publication date: not agreed yet")
                .contains("V1: Crash in " + title, "CVE ID: not assigned yet", "CVSS v3.1: 7.5 (HIGH) " + VECTOR,
                        "A packet stops the device.", product + " >= 1.0, < 2.0: affected",
                        "Fix for " + product + ": Update the firmware.", "Fixed in version 1.5");
        assertThat(timeline()).anySatisfy(e -> assertThat(e).startsWith("coordinator-handoff: ")
                .contains("details sent encrypted"));
    }

    @Test
    void withoutAKeyOnlyTheNeutralNoticeIsQueuedAndThePageSaysSo() throws Exception {
        long org = organization(StaffFixtures.unique("CERT"), "nokey@example.test", null);
        String product = aVulnerabilityWithAnAffectedProductAndAFix();
        String review = mvc.perform(get(path("coordinator-handoff")).param("organization", String.valueOf(org))
                        .cookie(handler).locale(Locale.ENGLISH)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(review).contains("no usable OpenPGP key").doesNotContain(title);

        MvcResult sent = mvc.perform(post(path("coordinator-handoff")).with(csrf()).cookie(handler)
                .locale(Locale.ENGLISH).param("organization", String.valueOf(org)))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(sent.getFlashMap().get("notice")).isEqualTo("case.done.handoff-notice-only");
        QueuedMail mail = outbox.about("case", report.trackingNumber()).get(0);
        assertThat(mail.encryption()).isEqualTo("none");
        assertThat(mail.body()).contains("has news", report.trackingNumber()).doesNotContain(title)
                .doesNotContain(product, ">= 1.0", "CVSS", "7.5", "firmware");
        assertThat(timeline()).anySatisfy(e -> assertThat(e).contains("notice only, no usable key"));
    }

    @Test
    void aDeveloperOfTheCaseOrACoordinatorOfAnotherCaseGetsNotFoundOnTheseActs() throws Exception {
        long org = organization(StaffFixtures.unique("CERT"), "cert@example.test", null);
        long division = divisions.create("Handoff division " + StaffFixtures.unique("d"));
        participants.addDivision(report.trackingNumber(), system, division);
        String developerName = StaffFixtures.unique("dev");
        divisions.addMember(division, StaffFixtures.create(jdbc, developerName, Role.DEVELOPER), developerName);
        String coordinatorName = StaffFixtures.unique("coord");
        StaffFixtures.create(jdbc, coordinatorName, Role.COORDINATOR);
        ReportFixtures.Submitted other = ReportFixtures.submit(mvc, jdbc, "other " + StaffFixtures.unique("t"), "en");
        participants.addCoordinator(other.trackingNumber(), system, coordinatorName);

        for (String who : List.of(developerName, coordinatorName)) {
            Cookie session = SignedIn.as(mvc, who);
            mvc.perform(post(path("coordinator-references")).with(csrf()).cookie(session)
                    .param("organization", String.valueOf(org)).param("jvnId", "JVN#12345678"))
                    .andExpect(status().isNotFound());
            mvc.perform(get(path("coordinator-handoff")).param("organization", String.valueOf(org)).cookie(session))
                    .andExpect(status().isNotFound());
            mvc.perform(post(path("coordinator-handoff")).with(csrf()).cookie(session)
                    .param("organization", String.valueOf(org))).andExpect(status().isNotFound());
        }
        assertThat(outbox.about("case", report.trackingNumber())).isEmpty();
        assertThat(timeline()).noneMatch(e -> e.startsWith("coordinator-"));
    }

    @Test
    void theAdministratorsWordingOfTheNoticeIsWhatTheOrganizationReceives() throws Exception {
        long org = organization(StaffFixtures.unique("CERT"), "worded@example.test", null);
        String adminName = StaffFixtures.unique("admin");
        StaffFixtures.create(jdbc, adminName, Role.ADMIN);
        Cookie admin = SignedIn.as(mvc, adminName);
        mvc.perform(post("/admin/mail-templates/case.handoff.mail/en").with(csrf()).cookie(admin)
                        .param("subject", "Case {case} from {us}").param("body", "Hello {organization}, call {contact}.")
                        .param("encryptedBody", "Details: {details}"))
                .andExpect(status().is3xxRedirection());
        try {
            mvc.perform(post(path("coordinator-handoff")).with(csrf()).cookie(handler)
                    .param("organization", String.valueOf(org))).andExpect(status().is3xxRedirection());
            QueuedMail mail = outbox.about("case", report.trackingNumber()).get(0);
            assertThat(mail.subject()).startsWith("Case " + report.trackingNumber() + " from ");
            assertThat(mail.body()).startsWith("Hello Test CERT, call ").doesNotContain(title);
        } finally {
            mvc.perform(post("/admin/mail-templates/case.handoff.mail/en/restore").with(csrf()).cookie(admin));
        }
    }

    @Test
    void theHandoffIsRecordedAndTheOrganizationsAnswerToItJoinsTheCoordinatorThread() throws Exception {
        long org = organization(StaffFixtures.unique("CERT"), "answers@example.test", null);
        mvc.perform(post(path("coordinator-handoff")).with(csrf()).cookie(handler)
                .param("organization", String.valueOf(org))).andExpect(status().is3xxRedirection());
        long caseId = jdbc.sql("select id from psirt_case where reference = ?").param(report.trackingNumber())
                .query(Long.class).single();
        assertThat(jdbc.sql("select recipients from case_handoff where case_id = ? and organization_id = ?")
                .params(caseId, org).query(String.class).list()).containsExactly("answers@example.test");

        dev.madoguchi.mail.ReceivedMail answer = new dev.madoguchi.mail.ReceivedMail("<answer@example.test>",
                List.of(), List.of(), "Answers@Example.test", List.of("psirt@example.com"), "Re: Case",
                "We take it.", List.of(), Instant.now(), dev.madoguchi.mail.ReceivedMail.Encryption.NONE);
        dev.madoguchi.mail.MailReceived received = new dev.madoguchi.mail.MailReceived(answer, "case",
                report.trackingNumber());
        transactions.executeWithoutResult(tx -> events.publishEvent(received));

        assertThat(received.taken()).isTrue();
        assertThat(jdbc.sql("select body from case_message where case_id = ? and thread = 'coordinator'")
                .param(caseId).query(String.class).list()).singleElement().satisfies(b -> assertThat(b)
                .endsWith("We take it."));
    }
}
