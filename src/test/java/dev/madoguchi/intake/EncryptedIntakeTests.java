package dev.madoguchi.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import dev.madoguchi.attachments.Attachments;
import dev.madoguchi.intake.IntakeFixtures.Submitted;
import dev.madoguchi.openpgp.KeyAlgorithm;
import dev.madoguchi.openpgp.PsirtKey;
import dev.madoguchi.openpgp.PsirtKeys;
import dev.madoguchi.shared.Role;
import dev.madoguchi.testing.MovableClock;
import dev.madoguchi.testing.SignedIn;
import dev.madoguchi.testing.StaffFixtures;
import jakarta.servlet.http.Cookie;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 9, encrypted intake: a report that arrives as OpenPGP messages (in its text, as {@code .asc}/{@code .gpg}
 * files, by the form or the API) is stored decrypted with the key that opened it; what cannot be opened is kept as
 * received, flagged for PSIRT, and the reporter is asked to encrypt it again to the current key.
 */
@SpringBootTest
@Import(PgpSamples.MovableTime.class)
@AutoConfigureMockMvc
class EncryptedIntakeTests {

    private static final String STEPS = "1. Log in as operator\n2. Send the crafted packet\n3. 再起動します";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PsirtKeys keys;
    @Autowired
    Attachments attachments;
    @Autowired
    MovableClock clock;

    private PsirtKey current;

    @BeforeEach
    void aCurrentPsirtKey() {
        current = PgpSamples.onlyCurrentKey(jdbc, keys, clock);
    }

    private Map<String, String> fieldsWithSteps(String steps) {
        Map<String, String> fields = ReportSamples.formFields();
        fields.put("stepsToReproduce", steps);
        return fields;
    }

    private Map<String, Object> report(String trackingNumber) {
        return jdbc.sql("select * from report where tracking_number = ?").param(trackingNumber).query().singleRow();
    }

    private List<Map<String, Object>> files(String trackingNumber) {
        return jdbc.sql("""
                select a.id, a.file_name, ra.opened_with, ra.pgp_problem from report_attachment ra
                join report r on r.id = ra.report_id join attachment a on a.id = ra.attachment_id
                where r.tracking_number = ? order by a.file_name""").param(trackingNumber).query().listOfRows();
    }

    private String content(Map<String, Object> file) {
        return new String(attachments.read((Long) file.get("id")).bytes(), StandardCharsets.UTF_8);
    }

    /** Later members of a JSON object win (Jackson): {@link ReportSamples#json} overrides by appending. */
    private static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "\\r").replace("\n", "\\n")
                + "\"";
    }

    private String staffPage(String path) throws Exception {
        String name = StaffFixtures.unique("psirt");
        StaffFixtures.create(jdbc, name, Role.PSIRT);
        Cookie session = SignedIn.as(mvc, name);
        return mvc.perform(get(path).cookie(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aDescriptionEncryptedToTheCurrentKeyIsStoredDecryptedWithTheKeysFingerprint() throws Exception {
        Map<String, String> fields = fieldsWithSteps("Details below.\n"
                + PgpSamples.encryptArmored(current.publicKey(), STEPS).strip() + "\nThanks.");
        fields.put("impact", ""); // the message carries the whole description
        Submitted submitted = IntakeFixtures.submit(mvc, fields);

        Map<String, Object> row = report(submitted.trackingNumber());
        assertThat(row.get("steps_to_reproduce")).isEqualTo("Details below.\n" + STEPS + "\nThanks.");
        assertThat(row.get("text_opened_with")).isEqualTo(current.fingerprint());
        assertThat(row.get("text_pgp_problem")).isNull();
        assertThat(row.get("pgp_attention")).isEqualTo(false);
        assertThat(staffPage("/desk/reports/" + submitted.trackingNumber()))
                .contains("arrived encrypted, opened with key " + new PgpNote(null, current.fingerprint(), null)
                        .groupedFingerprint());
        assertThat(mvc.perform(get(submitted.statusPath())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("pgp-undecrypted").contains("再起動します");
    }

    @Test
    void anAscAndABinaryGpgAttachmentAreStoredDecryptedUnderTheirNamesWithoutTheSuffix() throws Exception {
        Submitted submitted = IntakeFixtures.submit(mvc, ReportSamples.formFields(),
                new MockMultipartFile("files", "poc.py.asc", "application/pgp-encrypted",
                        PgpSamples.encrypt(current.publicKey(), "print('pwned')".getBytes(), true)),
                new MockMultipartFile("files", "capture.pcap.GPG", "application/octet-stream",
                        PgpSamples.encrypt(current.publicKey(), "pcap bytes".getBytes(), false)),
                new MockMultipartFile("files", "notes.asc", "text/plain", "not a message at all".getBytes()));

        List<Map<String, Object>> files = files(submitted.trackingNumber());
        assertThat(files).extracting(f -> f.get("file_name")).containsExactly("capture.pcap", "notes.asc", "poc.py");
        assertThat(content(files.get(0))).isEqualTo("pcap bytes");
        assertThat(content(files.get(1))).isEqualTo("not a message at all");
        assertThat(content(files.get(2))).isEqualTo("print('pwned')");
        assertThat(files).extracting(f -> f.get("opened_with"))
                .containsExactly(current.fingerprint(), null, current.fingerprint());
        assertThat(report(submitted.trackingNumber()).get("pgp_attention")).isEqualTo(false);
    }

    @Test
    void anEncryptedFileKeptFromAFailedSubmissionIsOpenedWhenTheReportIsSentAgain() throws Exception {
        Map<String, String> fields = ReportSamples.formFields();
        fields.put("title", "");
        String failed = IntakeFixtures.page(mvc, fields, new MockMultipartFile("files", "poc.py.asc", "text/plain",
                PgpSamples.encrypt(current.publicKey(), "print('kept')".getBytes(), true)));
        String token = failed.replaceAll("(?s).*name=\"keptFiles\" value=\"([0-9a-f-]{36})\".*", "$1");
        assertThat(token).hasSize(36);

        Map<String, String> corrected = ReportSamples.formFields();
        corrected.put("keptFiles", token);
        Submitted submitted = IntakeFixtures.submit(mvc, corrected);
        List<Map<String, Object>> files = files(submitted.trackingNumber());
        assertThat(files).extracting(f -> f.get("file_name"), f -> f.get("opened_with"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("poc.py", current.fingerprint()));
        assertThat(content(files.get(0))).isEqualTo("print('kept')");
    }

    @Test
    void afterARotationAMessageToTheOldKeyStillOpens() throws Exception {
        String toOld = PgpSamples.encryptArmored(current.publicKey(), STEPS);
        PsirtKey next = keys.generate(KeyAlgorithm.ED25519, "Example-PSIRT <psirt@example.com>",
                clock.instant().plus(Duration.ofDays(730)), "admin");
        keys.makeCurrent(next.fingerprint(), "admin");

        Submitted submitted = IntakeFixtures.submit(mvc, fieldsWithSteps(toOld));
        Map<String, Object> row = report(submitted.trackingNumber());
        assertThat(row.get("steps_to_reproduce")).isEqualTo(STEPS);
        assertThat(row.get("text_opened_with")).isEqualTo(current.fingerprint()).isNotEqualTo(next.fingerprint());
    }

    @Test
    void messagesThatCannotBeOpenedAreKeptAsReceivedFlaggedAndTheReporterIsAskedToReEncrypt() throws Exception {
        String stranger = PgpSamples.armoredPublicKey(PgpSamples.reporterKey(null));
        String toStranger = PgpSamples.encryptArmored(stranger, STEPS);
        String corrupted = PgpSamples.corrupted(PgpSamples.encryptArmored(current.publicKey(), "secret"));
        byte[] truncated = PgpSamples.truncated(PgpSamples.encrypt(current.publicKey(), new byte[600], false));
        Map<String, String> fields = fieldsWithSteps(toStranger);
        String page = IntakeFixtures.page(mvc, fields,
                new MockMultipartFile("files", "log.txt.asc", "text/plain", corrupted.getBytes()),
                new MockMultipartFile("files", "dump.bin.pgp", "application/octet-stream", truncated));

        assertThat(page).contains("Part of your report could not be decrypted", "href=\"/pgp-key\"",
                "Please encrypt it again to our current OpenPGP key", "log.txt.asc", "dump.bin.pgp");
        String tracking = page.replaceAll("(?s).*id=\"tracking-number\">([^<]+)<.*", "$1");
        String statusPath = page.replaceAll("(?s).*id=\"status-link\" href=\"https?://[^/]+(/r/[^\"]+)\".*", "$1");

        Map<String, Object> row = report(tracking);
        assertThat(row.get("steps_to_reproduce")).isEqualTo(toStranger.strip());
        assertThat(row.get("text_pgp_problem")).isEqualTo("pgp.message.no-key");
        assertThat(row.get("text_opened_with")).isNull();
        assertThat(row.get("pgp_attention")).isEqualTo(true);
        List<Map<String, Object>> files = files(tracking);
        assertThat(files).extracting(f -> f.get("file_name")).containsExactly("dump.bin.pgp", "log.txt.asc");
        assertThat(files).extracting(f -> f.get("pgp_problem"))
                .containsExactly("pgp.message.damaged", "pgp.message.damaged");
        assertThat(attachments.read((Long) files.get(0).get("id")).bytes()).isEqualTo(truncated);
        assertThat(content(files.get(1))).isEqualTo(corrupted);

        String status = mvc.perform(get(statusPath).header("Accept-Language", "ja")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(status).contains("ご報告の一部を復号できませんでした", "当社の現在の OpenPGP 鍵で暗号化し直し",
                "href=\"/pgp-key\"", "報告本文");
        assertThat(staffPage("/desk/reports/" + tracking)).contains("could not be decrypted: This message was "
                + "encrypted to a key that is not one of our PSIRT keys", "not decrypted");
        assertThat(staffPage("/desk/reports")).contains("not decrypted");
    }

    @Test
    void aMessageThatOpensToMoreThanTheFieldTakesIsKeptAsReceived() throws Exception {
        // 250,000 letters compress to almost nothing: the limit stops the reading, not the message's size
        String bomb = PgpSamples.encryptArmored(current.publicKey(), "A".repeat(250_000));
        Submitted submitted = IntakeFixtures.submit(mvc, fieldsWithSteps(bomb));
        Map<String, Object> row = report(submitted.trackingNumber());
        assertThat(row.get("steps_to_reproduce")).isEqualTo(bomb.strip());
        assertThat(row.get("text_pgp_problem")).isEqualTo("pgp.message.too-large");
    }

    @Test
    void onlyThreeMessagesInOneFieldAreOpenedAndTheRestKeptAsReceived() throws Exception {
        StringBuilder text = new StringBuilder();
        String fourth = null;
        for (int i = 1; i <= 4; i++) {
            String message = PgpSamples.encryptArmored(current.publicKey(), "part " + i).strip();
            text.append(message).append('\n');
            fourth = message;
        }
        Submitted submitted = IntakeFixtures.submit(mvc, fieldsWithSteps(text.toString()));
        Map<String, Object> row = report(submitted.trackingNumber());
        assertThat((String) row.get("steps_to_reproduce")).startsWith("part 1\npart 2\npart 3\n").contains(fourth);
        assertThat(row.get("text_pgp_problem")).isEqualTo(EncryptedParts.TOO_MANY);
    }

    @Test
    void aMessageInTheTextThatOpensToSomethingOtherThanTextIsKeptAsReceived() throws Exception {
        String binary = new String(PgpSamples.encrypt(current.publicKey(), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1},
                true), StandardCharsets.US_ASCII);
        Submitted submitted = IntakeFixtures.submit(mvc, fieldsWithSteps(binary));
        Map<String, Object> row = report(submitted.trackingNumber());
        assertThat(row.get("steps_to_reproduce")).isEqualTo(binary.strip());
        assertThat(row.get("text_pgp_problem")).isEqualTo("report.pgp.not-text");
        assertThat(row.get("pgp_attention")).isEqualTo(true);
    }

    @Test
    void theApiOpensWhatItCanAndReportsWhatItCouldNot() throws Exception {
        String stranger = PgpSamples.armoredPublicKey(PgpSamples.reporterKey(null));
        String steps = PgpSamples.encryptArmored(current.publicKey(), STEPS);
        String attachment = Base64.getEncoder().encodeToString(
                PgpSamples.encrypt(stranger, "secret pcap".getBytes(), false));
        String json = ReportSamples.json("\"stepsToReproduce\": " + jsonString(steps)
                + ", \"attachments\": [{\"fileName\": \"trace.gpg\", \"contentBase64\": \"" + attachment + "\"}]");
        String body = mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).content(json)
                        .with(r -> {
                            r.setRemoteAddr("198.51.100.7");
                            return r;
                        }))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.undecrypted[0].fileName").value("trace.gpg"))
                .andExpect(jsonPath("$.undecrypted[0].code").value("pgp.message.no-key"))
                .andExpect(jsonPath("$.undecrypted[0].message").value(Matchers.containsString("/pgp-key")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String tracking = JsonPath.read(body, "$.trackingNumber");

        Map<String, Object> row = report(tracking);
        assertThat(row.get("steps_to_reproduce")).isEqualTo(STEPS);
        assertThat(row.get("text_opened_with")).isEqualTo(current.fingerprint());
        assertThat(row.get("pgp_attention")).isEqualTo(true);
        assertThat(files(tracking)).extracting(f -> f.get("file_name"), f -> f.get("pgp_problem"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("trace.gpg", "pgp.message.no-key"));
    }

    @Test
    void theApiRefusesAReporterKeyThatHasExpiredWithAClearMessage() throws Exception {
        String expiring = PgpSamples.armoredPublicKey(PgpSamples.reporterKey(
                Date.from(Instant.now().plus(Duration.ofDays(1)))));
        clock.advance(Duration.ofDays(2));
        String json = ReportSamples.json(null).replace("\"pgpPublicKey\": null", "\"pgpPublicKey\": "
                + jsonString(expiring));
        mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'reporter.pgpPublicKey')].code").value("report.pgp.expired"))
                .andExpect(jsonPath("$.errors[?(@.field == 'reporter.pgpPublicKey')].message")
                        .value("This key has expired."));
        mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON)
                        .content(ReportSamples.json(null).replace("\"pgpPublicKey\": null", "\"pgpPublicKey\": \"hello\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'reporter.pgpPublicKey')].code")
                        .value("report.pgp.not-a-public-key"));
    }

    @Test
    void aLaterMessageOnTheStatusPageIsOpenedLikeTheReportAndOneNoKeyOpensAsksForAttention() throws Exception {
        Submitted submitted = IntakeFixtures.submit(mvc);
        String armored = PgpSamples.encryptArmored(current.publicKey(), "追加の手順: ポート 8080 も同じです").strip();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart(submitted.statusPath() + "/messages")
                        .file(new MockMultipartFile("files", "trace.pcap.gpg", "application/octet-stream",
                                PgpSamples.encrypt(current.publicKey(), "pcap bytes".getBytes(), false)))
                        .param("body", "Here:\n" + armored)
                        .with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());

        Map<String, Object> row = report(submitted.trackingNumber());
        assertThat(jdbc.sql("select body from report_message where report_id = ?").param(row.get("id"))
                .query(String.class).single()).isEqualTo("Here:\n追加の手順: ポート 8080 も同じです");
        assertThat(files(submitted.trackingNumber())).filteredOn(f -> "trace.pcap".equals(f.get("file_name")))
                .singleElement().satisfies(f -> {
                    assertThat(content(f)).isEqualTo("pcap bytes");
                    assertThat(f.get("opened_with")).isEqualTo(current.fingerprint());
                });
        assertThat(row.get("pgp_attention")).isEqualTo(false);

        String damaged = PgpSamples.corrupted(armored);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart(submitted.statusPath() + "/messages").param("body", damaged)
                        .with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(report(submitted.trackingNumber()).get("pgp_attention")).isEqualTo(true);
        assertThat(jdbc.sql("select body from report_message where report_id = ? order by id desc limit 1")
                .param(row.get("id")).query(String.class).single()).isEqualTo(damaged.strip());
    }
}
