package dev.madoguchi.initiatives;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.madoguchi.audit.AuditEntry;
import dev.madoguchi.audit.AuditTrail;
import dev.madoguchi.calendar.BusinessCalendar;
import dev.madoguchi.identity.StaffDirectory;
import dev.madoguchi.shared.DisplayTime;
import dev.madoguchi.shared.NotFoundException;
import dev.madoguchi.shared.Refusal;
import dev.madoguchi.shared.SqlInstants;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outbound reports (issue 10, the NEC policy's "notification initiatives"): recorded, sent, followed up against a
 * reply-by date and a disclosure target, closed with an outcome. Every act is audited.
 */
@Service
class Initiatives {

    /** The vendor is expected to answer within 5 business days, as we promise reporters (issue 10). */
    static final int REPLY_BUSINESS_DAYS = 5;
    /** The customary coordinated-disclosure window, editable per report. */
    static final int DISCLOSURE_DAYS = 90;
    private static final Set<String> CHANNELS = Set.of("vendor", "jpcert", "ipa");

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final BusinessCalendar calendar;
    private final StaffDirectory staff;
    private final Clock clock;

    Initiatives(JdbcClient jdbc, AuditTrail audit, BusinessCalendar calendar, StaffDirectory staff, Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.audit = audit;
        this.calendar = calendar;
        this.clock = clock;
    }

    LocalDate today() {
        return clock.instant().atZone(DisplayTime.JST).toLocalDate();
    }

    List<OutboundReport> queue() {
        return jdbc.sql(SELECT).query(this::row).list().stream().sorted(OutboundReport.QUEUE).toList();
    }

    Optional<OutboundReport> byId(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(this::row).optional();
    }

    OutboundReport get(long id) {
        return byId(id).orElseThrow(() -> new NotFoundException("outbound report " + id));
    }

    List<ReplyNote> notes(long id) {
        return jdbc.sql("select id, noted_on, note, author from outbound_report_note where report_id = ? "
                        + "order by noted_on, id").param(id)
                .query((rs, n) -> new ReplyNote(rs.getLong("id"), rs.getObject("noted_on", LocalDate.class),
                        rs.getString("note"), rs.getString("author")))
                .list();
    }

    @Transactional
    long create(OutboundReportForm form, String actor) {
        Checked c = check(form);
        long id = jdbc.sql("""
                insert into outbound_report (title, channel, recipient, contact, summary, product, versions, details,
                                             finder, disclosure_target, outcome, updated_by, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(c.form.title(), c.form.channel(), c.form.recipient(), c.form.contact(), c.form.summary(),
                        c.form.product(), c.form.versions(), c.form.details(), c.form.finder(), c.disclosureTarget,
                        c.form.outcome(), actor, SqlInstants.toSql(clock.instant()))
                .query(Long.class).single();
        audit.record(AuditEntry.of("initiative.created", "outbound-report", id, summary(c)));
        return id;
    }

    @Transactional
    void edit(long id, OutboundReportForm form, String actor) {
        if (get(id).state().closed()) {
            throw new Refusal("initiatives.closed");
        }
        Checked c = check(form);
        jdbc.sql("""
                update outbound_report set title = ?, channel = ?, recipient = ?, contact = ?, summary = ?,
                       product = ?, versions = ?, details = ?, finder = ?, disclosure_target = ?, outcome = ?,
                       updated_by = ?, updated_at = ?
                where id = ?""")
                .params(c.form.title(), c.form.channel(), c.form.recipient(), c.form.contact(), c.form.summary(),
                        c.form.product(), c.form.versions(), c.form.details(), c.form.finder(), c.disclosureTarget,
                        c.form.outcome(), actor, SqlInstants.toSql(clock.instant()), id)
                .update();
        audit.record(AuditEntry.of("initiative.edited", "outbound-report", id, summary(c)));
    }

    /**
     * Moves the report on. Sending sets the reply-by date (5 business days on the PSIRT's calendar, so a weekend or
     * holiday is skipped) and, unless one was typed, the disclosure target 90 days ahead.
     */
    @Transactional
    void move(long id, String toTag, String outcome, String actor) {
        OutboundReport report = get(id);
        InitiativeState to = InitiativeState.fromTag(toTag)
                .orElseThrow(() -> new Refusal("initiatives.state.unknown"));
        if (!report.state().next().contains(to)) {
            throw new Refusal("initiatives.transition.refused." + report.state().tag(), to.tag());
        }
        String closing = outcome == null ? "" : outcome.strip();
        if (closing.length() > 5000) {
            throw new Refusal("initiatives.outcome.too-long", 5000);
        }
        Instant now = clock.instant();
        if (to == InitiativeState.SENT) {
            LocalDate replyBy = calendar.addBusinessDays(now.atZone(DisplayTime.JST), REPLY_BUSINESS_DAYS)
                    .toLocalDate();
            LocalDate target = report.disclosureTarget() != null ? report.disclosureTarget()
                    : now.atZone(DisplayTime.JST).toLocalDate().plusDays(DISCLOSURE_DAYS);
            jdbc.sql("update outbound_report set sent_at = ?, reply_by = ?, disclosure_target = ? where id = ?")
                    .params(SqlInstants.toSql(now), replyBy, target, id).update();
        }
        jdbc.sql("update outbound_report set state = ?, outcome = case when ? = '' then outcome else ? end, "
                        + "updated_by = ?, updated_at = ? where id = ?")
                .params(to.tag(), closing, closing, actor, SqlInstants.toSql(now), id).update();
        audit.record(AuditEntry.of("initiative." + to.tag(), "outbound-report", id,
                report.state().tag() + " -> " + to.tag()));
    }

    @Transactional
    void note(long id, String notedOn, String note, String actor) {
        get(id);
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw new Refusal("initiatives.note.required");
        }
        if (text.length() > 5000) {
            throw new Refusal("initiatives.note.too-long", 5000);
        }
        LocalDate on = notedOn == null || notedOn.isBlank() ? today() : date(notedOn);
        jdbc.sql("insert into outbound_report_note (report_id, noted_on, note, author, created_at) "
                        + "values (?, ?, ?, ?, ?)")
                .params(id, on, text, actor, SqlInstants.toSql(clock.instant())).update();
        audit.record(AuditEntry.of("initiative.noted", "outbound-report", id, on + ": " + text));
    }

    private record Checked(OutboundReportForm form, LocalDate disclosureTarget) {
    }

    /** The form's values as stored, stripped, or a refusal naming the first thing wrong. */
    private Checked check(OutboundReportForm typed) {
        OutboundReportForm f = new OutboundReportForm(typed.title().strip(), typed.channel().strip(),
                typed.recipient().strip(), typed.contact().strip(), typed.summary().strip(), typed.product().strip(),
                typed.versions().strip(), typed.details().strip(), typed.finder().strip(),
                typed.disclosureTarget().strip(), typed.outcome().strip());
        if (f.title().isEmpty() || f.recipient().isEmpty() || f.summary().isEmpty() || f.finder().isEmpty()) {
            throw new Refusal("initiatives.required");
        }
        if (!CHANNELS.contains(f.channel())) {
            throw new Refusal("initiatives.channel.invalid");
        }
        if (f.title().length() > 200 || f.recipient().length() > 200 || f.product().length() > 200
                || f.versions().length() > 200 || f.contact().length() > 500 || f.summary().length() > 2000
                || f.details().length() > 20000 || f.finder().length() > 100 || f.outcome().length() > 5000) {
            throw new Refusal("initiatives.too-long");
        }
        // the finder is one of our own staff: the research that found it is ours (issue 10)
        if (staff.byUsername(f.finder()).isEmpty()) {
            throw new Refusal("initiatives.finder.unknown", f.finder());
        }
        return new Checked(f, f.disclosureTarget().isEmpty() ? null : date(f.disclosureTarget()));
    }

    private static LocalDate date(String typed) {
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw new Refusal("initiatives.date.invalid", typed.strip());
        }
    }

    private static String summary(Checked c) {
        return c.form.title() + "; to: " + c.form.channel() + " " + c.form.recipient() + "; finder: "
                + c.form.finder() + "; disclosure target: " + c.disclosureTarget;
    }

    private static final String SELECT = """
            select id, title, channel, recipient, contact, summary, product, versions, details, finder, state,
                   sent_at, reply_by, disclosure_target, outcome
            from outbound_report""";

    private OutboundReport row(ResultSet rs, int n) throws SQLException {
        return new OutboundReport(rs.getLong("id"), rs.getString("title"), rs.getString("channel"),
                rs.getString("recipient"), rs.getString("contact"), rs.getString("summary"),
                rs.getString("product"), rs.getString("versions"), rs.getString("details"), rs.getString("finder"),
                InitiativeState.fromTag(rs.getString("state")).orElseThrow(),
                rs.getTimestamp("sent_at") == null ? null : SqlInstants.read(rs, "sent_at"),
                rs.getObject("reply_by", LocalDate.class), rs.getObject("disclosure_target", LocalDate.class),
                rs.getString("outcome"));
    }
}
