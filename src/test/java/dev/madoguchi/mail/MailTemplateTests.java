package dev.madoguchi.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.madoguchi.openpgp.KeyExpiry;
import dev.madoguchi.openpgp.KeyExpiryWarningRecorded;
import dev.madoguchi.shared.Language;
import dev.madoguchi.shared.Role;
import dev.madoguchi.testing.SignedIn;
import dev.madoguchi.testing.StaffFixtures;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 10: mail templates in ja and en, editable by ADMIN, chosen by the recipient's language; what an ADMIN types is
 * checked so that no placeholder is unknown and none that may go only encrypted goes out in clear.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MailTemplateTests {

    private static final String EXPIRES = "/admin/mail-templates/pgp.expiry-mail.expires/";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Outbox outbox;
    @Autowired
    KeyExpiryMail keyExpiryMail;
    @Autowired
    MailTexts texts;
    @Autowired
    TransactionTemplate transaction;

    private Cookie signedIn(Role role) throws Exception {
        String name = StaffFixtures.unique(role.name().toLowerCase());
        StaffFixtures.create(jdbc, name, role);
        return SignedIn.as(mvc, name);
    }

    private MockHttpServletRequestBuilder save(String language, String subject, String body, Cookie admin) {
        return post(EXPIRES + language).with(csrf()).cookie(admin).header("Accept-Language", language)
                .param("subject", subject).param("body", body);
    }

    /** A PSIRT member reading e-mail in {@code language}; returns their address. */
    private String psirtReading(Language language) {
        String name = StaffFixtures.unique("psirt");
        long id = StaffFixtures.create(jdbc, name, Role.PSIRT);
        jdbc.sql("update staff_user set language = ? where id = ?").params(language.tag(), id).update();
        return name + "@example.test";
    }

    /** Queues the key expiry warning, as the watch does, and returns the mail each of {@code recipients} got. */
    private List<QueuedMail> warnAbout(String fingerprint, String... recipients) {
        KeyExpiry expiry = new KeyExpiry(fingerprint, "0xABCDEF0123456789", Instant.parse("2026-06-30T00:00:00Z"),
                LocalDate.parse("2026-06-16"), 14, false);
        transaction.executeWithoutResult(tx -> keyExpiryMail.on(new KeyExpiryWarningRecorded(expiry)));
        return outbox.about("pgp_key", fingerprint).stream()
                .filter(m -> List.of(recipients).contains(m.recipient())).toList();
    }

    private int audited(String action, String objectId) {
        return jdbc.sql("select count(*) from audit_event where action = ? and object_id = ?")
                .params(action, objectId).query(Integer.class).single();
    }

    /** How many stored wordings have this body. */
    private int stored(String body) {
        return jdbc.sql("select count(*) from mail_template_override where body = ?").param(body)
                .query(Integer.class).single();
    }

    private static QueuedMail to(List<QueuedMail> mails, String recipient) {
        return mails.stream().filter(m -> m.recipient().equals(recipient)).findFirst().orElseThrow();
    }

    @Test
    void anAdminsJapaneseWordingGoesToAJapaneseRecipientAndNotToAnEnglishOne() throws Exception {
        Cookie admin = signedIn(Role.ADMIN);
        mvc.perform(save("ja", "鍵 {key-id} の期限：{expires}", "あと{days-left}日です。{link}", admin))
                .andExpect(status().is3xxRedirection());
        String ja = psirtReading(Language.JA);
        String en = psirtReading(Language.EN);

        List<QueuedMail> mails = warnAbout("FP-" + UUID.randomUUID(), ja, en);

        assertThat(to(mails, ja).subject()).isEqualTo("鍵 0xABCDEF0123456789 の期限：2026-06-30");
        assertThat(to(mails, ja).body()).startsWith("あと14日です。").endsWith("/admin/pgp-keys");
        assertThat(to(mails, en).subject()).contains("The OpenPGP key 0xABCDEF0123456789 expires on 2026-06-30");
        assertThat(audited("mail.template-saved", "pgp.expiry-mail.expires/ja")).isEqualTo(1);
        mvc.perform(post(EXPIRES + "ja/restore").with(csrf()).cookie(admin));
    }

    @Test
    void restoringTheDefaultBringsTheBundleTextBackAndIsAudited() throws Exception {
        Cookie admin = signedIn(Role.ADMIN);
        mvc.perform(save("en", "Own subject {key-id}", "Own body", admin)).andExpect(status().is3xxRedirection());
        String en = psirtReading(Language.EN);
        assertThat(to(warnAbout("FP-" + UUID.randomUUID(), en), en).subject())
                .isEqualTo("Own subject 0xABCDEF0123456789");

        mvc.perform(post(EXPIRES + "en/restore").with(csrf()).cookie(admin)).andExpect(status().is3xxRedirection());

        assertThat(to(warnAbout("FP-" + UUID.randomUUID(), en), en).subject())
                .contains("The OpenPGP key 0xABCDEF0123456789 expires on 2026-06-30");
        assertThat(audited("mail.template-restored", "pgp.expiry-mail.expires/en")).isEqualTo(1);
    }

    @Test
    void anUnknownPlaceholderIsRefusedByNameInTheUsersLanguageAndTheTypedTextIsShownBack() throws Exception {
        Cookie admin = signedIn(Role.ADMIN);

        String page = mvc.perform(save("ja", "鍵 {keyid} の期限", "独自の本文 42", admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("不明な差し込み項目 {keyid}", "鍵 {keyid} の期限", "独自の本文 42");
        assertThat(stored("独自の本文 42")).isZero();
    }

    @Test
    void aSubjectOfTwoLinesIsRefusedAndAFormWithoutTheCsrfTokenIsNotSaved() throws Exception {
        Cookie admin = signedIn(Role.ADMIN);

        String page = mvc.perform(save("en", "Line one\nline two", "Two-line subject body", admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int answer = mvc.perform(post(EXPIRES + "en").cookie(admin).param("subject", "No token")
                .param("body", "No token body")).andReturn().getResponse().getStatus();

        assertThat(page).contains("The subject must be one line.", "Two-line subject body");
        assertThat(answer).isGreaterThanOrEqualTo(400);
        assertThat(stored("Two-line subject body") + stored("No token body")).isZero();
    }

    @Test
    void theReplyTextMayNotGoIntoTheClearBodyOfReporterNews() throws Exception {
        Cookie admin = signedIn(Role.ADMIN);

        String page = mvc.perform(post("/admin/mail-templates/mail.news/en").with(csrf()).cookie(admin)
                        .header("Accept-Language", "en").param("subject", "[{tracking}] News")
                        .param("body", "Our answer: {reply}").param("encryptedBody", "Our answer: {reply}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("{reply} may appear only in the body when encrypted", "Our answer: {reply}");
        assertThat(stored("Our answer: {reply}")).isZero();
    }

    @Test
    void theReportersPrivateLinkMayNotGoIntoTheSubjectWhichIsKeptInClear() throws Exception {
        Cookie admin = signedIn(Role.ADMIN);

        String page = mvc.perform(post("/admin/mail-templates/mail.confirmation/en").with(csrf()).cookie(admin)
                        .header("Accept-Language", "en").param("subject", "[{tracking}] your link {link}")
                        .param("body", "Your link: {link}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("{link} may appear only in the body", "[{tracking}] your link {link}");
        assertThat(stored("Your link: {link}")).isZero();
    }

    @Test
    void aWordingStoredBeforeTheSubjectRulesStillNeverPutsThePrivateLinkIntoTheSubject() {
        jdbc.sql("insert into mail_template_override (template_key, language, subject, body, updated_by, updated_at) "
                + "values ('mail.confirmation', 'ja', '[{tracking}] {link}', 'Link: {link}', 'old', now())").update();
        try {
            MailText text = texts.compose(texts.template("mail.confirmation"), Language.JA, "MDG-1",
                    "https://example.test/r/secret", "2026-12-01", "Example Corp.");
            assertThat(text.subject()).isEqualTo("[MDG-1] ");
            assertThat(text.body()).isEqualTo("Link: https://example.test/r/secret");
        } finally {
            jdbc.sql("delete from mail_template_override where template_key = 'mail.confirmation'").update();
        }
    }

    @Test
    void aValueThatLooksLikeAPlaceholderIsSentAsWritten() throws Exception {
        Cookie admin = signedIn(Role.ADMIN);
        MailTemplate news = texts.template("mail.news");
        mvc.perform(post("/admin/mail-templates/mail.news/en").with(csrf()).cookie(admin)
                        .param("subject", "[{tracking}] News").param("body", "See your link.")
                        .param("encryptedBody", "{reply} -- {organization}"))
                .andExpect(status().is3xxRedirection());

        MailText text = texts.compose(news, Language.EN, "MDG-1", "", "x", "Example Corp.", "see {organization}");

        assertThat(text.encryptedBody()).isEqualTo("see {organization} -- Example Corp.");
        assertThat(text.subject()).isEqualTo("[MDG-1] News");
        mvc.perform(post("/admin/mail-templates/mail.news/en/restore").with(csrf()).cookie(admin));
    }

    @Test
    void thePagesAreNotFoundForPsirtAndDevelopers() throws Exception {
        for (Role role : List.of(Role.PSIRT, Role.DEVELOPER)) {
            Cookie other = signedIn(role);
            mvc.perform(get("/admin/mail-templates").cookie(other)).andExpect(status().isNotFound());
            mvc.perform(get(EXPIRES + "ja").cookie(other)).andExpect(status().isNotFound());
            mvc.perform(save("ja", "x", "not an admin's", other)).andExpect(status().isNotFound());
            mvc.perform(post(EXPIRES + "ja/restore").with(csrf()).cookie(other)).andExpect(status().isNotFound());
        }
        assertThat(stored("not an admin's")).isZero();
    }

    @Test
    void theAdminSeesEveryTemplateAndTheDefaultWordingWithNamedPlaceholders() throws Exception {
        Cookie admin = signedIn(Role.ADMIN);

        String list = mvc.perform(get("/admin/mail-templates").cookie(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String edit = mvc.perform(get("/admin/mail-templates/mail.confirmation/en").cookie(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(list).contains("mail.confirmation", "mail.news", "proposal.mail.agreed", "digest",
                "pgp.expiry-mail.expired", "/admin/mail-templates");
        assertThat(edit).contains("[{tracking}] We received your vulnerability report", "MDG-2026-0042",
                "/admin/mail-templates/mail.confirmation/en");
        mvc.perform(get("/admin/mail-templates/no.such/en").cookie(admin)).andExpect(status().isNotFound());
    }
}
