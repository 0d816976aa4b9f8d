package dev.madoguchi.cases;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.madoguchi.attachments.Attachments;
import dev.madoguchi.audit.AuditEntry;
import dev.madoguchi.audit.AuditTrail;
import dev.madoguchi.coordinators.CoordinatorOrganization;
import dev.madoguchi.coordinators.Coordinators;
import dev.madoguchi.identity.StaffDirectory;
import dev.madoguchi.mail.MailReceived;
import dev.madoguchi.mail.ReceivedMail;
import dev.madoguchi.shared.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A coordinator's mail to the PSIRT mailbox joins the case's coordinator thread with its files (issue 10: "replies
 * are matched to their case by headers or a case token in the address or subject and added to the conversation with
 * their attachments"). The case is the one our mail answered ({@code case} reference, e.g. the hand-off to JPCERT/CC),
 * or, for mail that answers none of ours, the case reference named in the subject. Anyone can write In-Reply-To or a
 * subject, so only the case's coordinators are heard: an admitted coordinator account on the case, or an address of a
 * coordinator organization linked to the case by a reference or by its contacts on the case. Anyone else's mail is
 * audited and never filed elsewhere. Runs in the poller's transaction, like the intake's replies, so the message and
 * the record that the mail was handled commit together. The mail's text is never logged.
 */
@Component
class CoordinatorMail {

    static final String CASE = "case";
    static final String THREAD = "coordinator";
    /** What the message says when it came as OpenPGP/MIME (RFC 3156 §4) that the PSIRT keys could not open. */
    static final String UNOPENED_NOTE = "This mail arrived OpenPGP/MIME-encrypted (RFC 3156) and could not be opened; "
            + "its encrypted part is attached. / このメールは OpenPGP/MIME で暗号化されて届き、復号できませんでした。"
            + "暗号化部分を添付しています。";

    private final Cases cases;
    private final CaseConversation conversation;
    private final CaseTimeline timeline;
    private final Coordinators coordinators;
    private final StaffDirectory staff;
    private final Attachments attachments;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Pattern caseReference;

    CoordinatorMail(Cases cases, CaseConversation conversation, CaseTimeline timeline, Coordinators coordinators,
            StaffDirectory staff, Attachments attachments, AuditTrail audit, JdbcClient jdbc,
            @Value("${madoguchi.intake.tracking-prefix:MDG}") String prefix) {
        this.cases = cases;
        this.conversation = conversation;
        this.timeline = timeline;
        this.coordinators = coordinators;
        this.staff = staff;
        this.attachments = attachments;
        this.audit = audit;
        this.jdbc = jdbc;
        // a case is known by its first report's tracking number (MDG-2026-0001), as the intake reads it in subjects
        this.caseReference = Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(prefix) + "-\\d{4}-\\d{4,}(?![0-9])");
    }

    /** Before the intake's listener, which files mail that answers none of ours as a report. */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(MailReceived received) {
        ReceivedMail mail = received.mail();
        if (CASE.equals(received.repliesToReferenceType())) {
            Optional<Case> c = byReference(received.repliesToReferenceId());
            if (c.isEmpty()) {
                audit.recordAs(actor(mail), AuditEntry.of("case.mail-not-from-coordinator", CASE,
                        String.valueOf(received.repliesToReferenceId()), "message " + mail.messageId()
                                + " not added: no such case"));
                return;
            }
            if (file(c.get(), mail)) {
                received.take();
            }
        } else if (!received.repliesToUs()) {
            // a coordinator writing anew names our case in the subject, as JPCERT/CC does with its own numbers. The
            // number is no secret and a sender address is easily forged, so such mail is not added (only our headers
            // or reply tag prove an answer to us); from a coordinator's address it is held in the mailbox for a
            // person rather than filed as a new report. Other mail naming the case is the intake's
            namedInSubject(mail.subject()).filter(c -> fromCoordinator(c.id(), mail.from())).ifPresent(c -> {
                audit.recordAs(actor(mail), AuditEntry.of("case.mail-held", CASE, c.reference(), "message "
                        + mail.messageId() + " names the case in its subject only: left in the mailbox for a person"));
                received.hold();
            });
        }
        // a reply to our mail about something else (a report, an advisory) is for the module that sent it
    }

    /** Adds the mail to the coordinator thread; false when the sender is none of the case's coordinators. */
    private boolean file(Case c, ReceivedMail mail) {
        if (!fromCoordinator(c.id(), mail.from())) {
            audit.recordAs(actor(mail), AuditEntry.of("case.mail-not-from-coordinator", CASE, c.reference(),
                    "message " + mail.messageId() + " not added: the sender is not a coordinator of the case; "
                            + "left in the mailbox for a person"));
            return false;
        }
        List<Long> files = mail.attachments().stream()
                .map(a -> attachments.store(a.fileName(), a.contentType(), a.content()).id()).toList();
        long id = conversation.addMail(c, mail.from().strip(), mail.messageId(), body(mail), files);
        ReceivedMail.Encryption encryption = mail.encryption();
        String how = !encryption.pgpMime() ? "" : encryption.opened()
                ? "; OpenPGP/MIME opened with " + encryption.openedWith()
                : "; OpenPGP/MIME not opened (" + encryption.problem() + ")";
        // the timeline says that mail came and from whom, never what it says
        timeline.recordAs(c, actor(mail), "coordinator-mail", "message " + id + " (" + mail.messageId() + "); files: "
                + files.size() + how);
        return true;
    }

    /** The subject as the first line (what the coordinator titled it), then the text as written. */
    private static String body(ReceivedMail mail) {
        String subject = mail.subject() == null ? "" : mail.subject().strip();
        String text = mail.encryption().unopened() ? UNOPENED_NOTE : mail.text() == null ? "" : mail.text().strip();
        String body = subject.isEmpty() ? text : text.isEmpty() ? subject : subject + "\n\n" + text;
        return body.isEmpty() ? "-" : body;
    }

    /**
     * Whether the address is one the case listens to: an admitted coordinator account on the case (active, still a
     * coordinator), or an address of an active organization with a reference on the case, handed the case, or with a
     * contact among those accounts. Addresses compare without case, as mail systems treat them (RFC 5321 §2.4 in practice).
     */
    private boolean fromCoordinator(long caseId, String from) {
        String sender = from == null ? "" : from.strip().toLowerCase(Locale.ROOT);
        if (sender.isEmpty()) {
            return false;
        }
        List<Long> accountIds = jdbc.sql("select user_id from case_coordinator where case_id = ?").param(caseId)
                .query(Long.class).list();
        List<StaffDirectory.StaffMember> admitted = staff.byIds(accountIds).stream()
                .filter(StaffDirectory.StaffMember::active).filter(m -> m.hasRole(Role.COORDINATOR)).toList();
        if (admitted.stream().anyMatch(m -> sender.equalsIgnoreCase(blankToEmpty(m.email())))) {
            return true;
        }
        // organizations with a reference on the case, and those it was handed off to (their answer to our hand-off)
        Set<Long> organizations = new HashSet<>(jdbc.sql("select organization_id from case_coordinator_reference "
                + "where case_id = ? union select organization_id from case_handoff where case_id = ?")
                .params(caseId, caseId).query(Long.class).list());
        coordinators.organizationsOf(admitted.stream().map(StaffDirectory.StaffMember::id).toList()).values()
                .forEach(o -> organizations.add(o.id()));
        return organizations.stream().map(coordinators::byId).flatMap(Optional::stream)
                .filter(CoordinatorOrganization::active)
                .anyMatch(o -> o.emails().stream().anyMatch(e -> sender.equalsIgnoreCase(e.strip())));
    }

    private Optional<Case> namedInSubject(String subject) {
        Matcher named = caseReference.matcher(subject == null ? "" : subject);
        return named.find() ? byReference(named.group()) : Optional.empty();
    }

    private Optional<Case> byReference(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        return jdbc.sql("select id from psirt_case where reference = ?").param(reference).query(Long.class).optional()
                .flatMap(cases::byId);
    }

    private static String actor(ReceivedMail mail) {
        return "mail:" + mail.from();
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
