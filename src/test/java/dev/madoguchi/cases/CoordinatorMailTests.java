package dev.madoguchi.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import dev.madoguchi.mail.MailReceived;
import dev.madoguchi.mail.ReceivedMail;
import dev.madoguchi.shared.Role;
import dev.madoguchi.testing.ReportFixtures;
import dev.madoguchi.testing.SignedIn;
import dev.madoguchi.testing.StaffFixtures;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 10: a coordinator's mail to the PSIRT mailbox joins the case's coordinator thread with its files, matched by
 * the headers of our mail about the case or by the case reference in the subject; only the case's coordinators are
 * heard, anyone else's mail is audited and not added.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CoordinatorMailTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    CaseConversation conversation;
    @Autowired
    Divisions divisions;

    String reference;
    long caseId;
    String coordinator;
    String coordinatorAddress;

    @BeforeEach
    void aCaseWithACoordinatorAccount() throws Exception {
        String unique = StaffFixtures.unique("m");
        reference = ReportFixtures.submit(mvc, jdbc, "Mail-" + unique, "en").trackingNumber();
        caseId = jdbc.sql("select id from psirt_case where reference = ?").param(reference).query(Long.class).single();
        coordinator = StaffFixtures.unique("coord");
        coordinatorAddress = coordinator + "@example.test";
        long id = StaffFixtures.create(jdbc, coordinator, Role.COORDINATOR);
        jdbc.sql("insert into case_coordinator (case_id, user_id) values (?, ?)").params(caseId, id).update();
    }

    @Test
    void aReplyFromTheCoordinatorAccountsAddressJoinsTheThreadWithItsFileForTheThreadsReadersOnly() throws Exception {
        receive(mail(coordinatorAddress.toUpperCase(Locale.ROOT), "<reply-1@jpcert.example>", "Re: Hand-off",
                "JVNVU#12345678 を採番しました。", new ReceivedMail.Attachment("draft.txt", "text/plain",
                        "JVN draft".getBytes(StandardCharsets.UTF_8))), "case", reference);

        CaseMessage message = thread().get(0);
        assertThat(thread()).hasSize(1);
        assertThat(message.body()).isEqualTo("Re: Hand-off\n\nJVNVU#12345678 を採番しました。");
        assertThat(message.author()).isEqualToIgnoringCase(coordinatorAddress);
        assertThat(conversation.mailed(caseId, "coordinator")).containsExactly(message.id());
        long file = conversation.files(caseId, "coordinator").get(message.id()).get(0).id();
        assertThat(jdbc.sql("select count(*) from case_event where case_id = ? and kind = 'coordinator-mail'")
                .param(caseId).query(Long.class).single()).isEqualTo(1);
        assertThat(audited("case.coordinator-mail")).singleElement().asString()
                .contains("<reply-1@jpcert.example>").doesNotContain("JVNVU#12345678");

        String url = "/cases/" + reference + "/messages/" + message.id() + "/files/" + file;
        Cookie psirt = signedIn(Role.PSIRT);
        assertThat(mvc.perform(get(url).cookie(psirt)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).isEqualTo("JVN draft");
        assertThat(audited("case.attachment-downloaded")).singleElement().asString().contains("draft.txt");
        mvc.perform(get(url).cookie(SignedIn.as(mvc, coordinator))).andExpect(status().isOk());
        assertThat(mvc.perform(get("/cases/" + reference).cookie(psirt)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("href=\"" + url + "\"");

        long ours = divisions.create(StaffFixtures.unique("Ours"));
        long theirs = divisions.create(StaffFixtures.unique("Theirs"));
        jdbc.sql("insert into case_division (case_id, division_id) values (?, ?)").params(caseId, ours).update();
        mvc.perform(get(url).cookie(developerOf(theirs))).andExpect(status().isNotFound());
        // a developer of the case sees the case, but not the coordinator thread nor its files
        Cookie caseDeveloper = developerOf(ours);
        mvc.perform(get("/cases/" + reference).cookie(caseDeveloper)).andExpect(status().isOk());
        mvc.perform(get(url).cookie(caseDeveloper)).andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + reference + "/messages/" + message.id() + "/files/" + (file + 1000)).cookie(psirt))
                .andExpect(status().isNotFound());
    }

    @Test
    void aReplyFromAnAddressOfAnOrganizationLinkedByAReferenceJoins() {
        long organization = organization("vuls@cert.example, desk@cert.example");
        jdbc.sql("insert into case_coordinator_reference (case_id, organization_id, case_number, updated_by, "
                + "updated_at) values (?, ?, 'CERT#1', 'test', now())").params(caseId, organization).update();

        receive(mail("Desk@Cert.example", "<reply-2@cert.example>", "Re: [CERT#1]", "Received.", null), "case",
                reference);

        assertThat(thread()).singleElement().satisfies(m -> assertThat(m.body()).endsWith("Received."));
    }

    @Test
    void aStrangersReplyWithTheRightHeadersIsNotAddedAndIsAudited() throws Exception {
        // an organization's address counts only for the cases the organization is linked to
        organization("unlinked@cert.example");
        String otherCase = ReportFixtures.submit(mvc, jdbc, StaffFixtures.unique("Other"), "en").trackingNumber();

        MailReceived forged = receive(mail("stranger@example.org", "<forged@example.org>", "Re: Hand-off",
                "Publish now.", null), "case", reference);
        // nobody takes it: the mailbox keeps it for a person, and the intake files no report from it
        assertThat(forged.taken()).isFalse();
        receive(mail("unlinked@cert.example", "<unlinked@cert.example>", "Re: Hand-off", "Publish now.", null), "case",
                reference);
        receive(mail(coordinatorAddress, "<wrong-case@example.test>", "Re: Hand-off", "Publish now.", null), "case",
                otherCase);

        assertThat(thread()).isEmpty();
        assertThat(jdbc.sql("select count(*) from case_message where body like '%Publish now.%'").query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("select count(*) from case_event where kind = 'coordinator-mail'").query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("select object_id || ' ' || summary from audit_event where action = "
                        + "'case.mail-not-from-coordinator' and summary like '%not a coordinator of the case%'")
                .query(String.class).list())
                .contains(reference + " message <forged@example.org> not added: the sender is not a coordinator of "
                        + "the case; left in the mailbox for a person")
                .anyMatch(s -> s.startsWith(reference + " message <unlinked@cert.example>"))
                .anyMatch(s -> s.startsWith(otherCase + " message <wrong-case@example.test>"));
    }

    @Test
    void aMailNamingTheCaseOnlyInItsSubjectIsHeldForAPersonNeitherAddedNorFiledAsAReport() {
        // the case reference is no secret and a sender address is easily forged: only our headers or reply tag count
        MailReceived held = receive(mail(coordinatorAddress, "<subject@example.test>",
                "JVN draft for [" + reference + "]", "Please review.", null), null, null);
        MailReceived reporters = receive(mail("reporter@example.jp", "<reporter@example.jp>", "About " + reference,
                "Any news?", null), null, null);

        assertThat(thread()).isEmpty();
        assertThat(held.taken()).isFalse();
        assertThat(held.claimed()).isTrue();
        assertThat(jdbc.sql("select count(*) from report where reporter_email = ?").param(coordinatorAddress)
                .query(Long.class).single()).isZero();
        assertThat(audited("case.mail-held")).singleElement().satisfies(a -> assertThat(a)
                .contains("<subject@example.test>", "left in the mailbox for a person"));
        // anyone else naming the case writes to the intake, which files a report
        assertThat(reporters.taken()).isTrue();
    }

    private List<CaseMessage> thread() {
        return conversation.messages(caseId, "coordinator");
    }

    private List<String> audited(String action) {
        return jdbc.sql("select summary from audit_event where action = ? and object_id = ?")
                .params(action, reference).query(String.class).list();
    }

    private long organization(String emails) {
        return jdbc.sql("""
                insert into coordinator_organization (name_ja, name_en, short_name, emails, language, updated_by,
                                                      updated_at)
                values ('調整機関', 'A coordinator', ?, ?, 'en', 'test', now()) returning id""")
                .params(StaffFixtures.unique("CERT"), emails).query(Long.class).single();
    }

    private Cookie signedIn(Role role) throws Exception {
        String name = StaffFixtures.unique(role.name().toLowerCase(Locale.ROOT));
        StaffFixtures.create(jdbc, name, role);
        return SignedIn.as(mvc, name);
    }

    private Cookie developerOf(long division) throws Exception {
        String name = StaffFixtures.unique("dev");
        long id = StaffFixtures.create(jdbc, name, Role.DEVELOPER);
        divisions.addMember(division, id, name);
        return SignedIn.as(mvc, name);
    }

    private MailReceived receive(ReceivedMail mail, String referenceType, String referenceId) {
        MailReceived received = new MailReceived(mail, referenceType, referenceId);
        transaction.executeWithoutResult(tx -> events.publishEvent(received));
        return received;
    }

    private static ReceivedMail mail(String from, String messageId, String subject, String text,
            ReceivedMail.Attachment file) {
        return new ReceivedMail(messageId, List.of(), List.of(), from, List.of("psirt@example.com"), subject, text,
                file == null ? List.of() : List.of(file), Instant.now(), ReceivedMail.Encryption.NONE);
    }
}
