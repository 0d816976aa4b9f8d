package dev.madoguchi.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.madoguchi.shared.DisplayTime;
import dev.madoguchi.shared.NotFoundException;
import dev.madoguchi.shared.SqlInstants;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The publication date agreed for coordinated disclosure (NEC and Mitsubishi Electric publish at a date and time
 * agreed with the reporter and JPCERT/CC). PSIRT records who agreed and when; a change adds an agreement and marks
 * the previous one superseded, a withdrawal marks the current one withdrawn with a reason, so what was agreed is
 * never lost. Each act is on the timeline, in the audit trail, and published as an event for the advisories.
 */
@Component
class PublicationAgreements {

    static final int NAME_MAX = 200;
    static final int REASON_MAX = 2000;

    /** One agreement of a case as recorded, in force or not (then superseded by a later one or withdrawn). */
    record AgreementEntry(long id, PublicationAgreement agreement, Instant supersededAt, Instant withdrawnAt,
            String withdrawnBy, String withdrawnReason) {

        public boolean inForce() {
            return supersededAt == null && withdrawnAt == null;
        }
    }

    private final Cases cases;
    private final CaseTimeline timeline;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final DisplayTime time;
    private final Clock clock;

    PublicationAgreements(Cases cases, CaseTimeline timeline, JdbcClient jdbc, ApplicationEventPublisher events,
            DisplayTime time, Clock clock) {
        this.cases = cases;
        this.timeline = timeline;
        this.jdbc = jdbc;
        this.events = events;
        this.time = time;
        this.clock = clock;
    }

    /**
     * The case if the viewer may agree its publication date. Only PSIRT handlers (and administrators) speak for PSIRT
     * in coordinated disclosure; anyone else is answered like a missing case, as every refusal in this module.
     */
    Case handled(String reference, CaseViewer viewer) {
        return cases.find(reference, viewer).filter(c -> viewer.handles())
                .orElseThrow(() -> new NotFoundException("publication agreement of " + reference));
    }

    /** Records an agreed publication date, superseding the one in force if any. */
    @Transactional
    void record(String reference, CaseViewer viewer, Instant publishAt, List<AgreedParty> parties) {
        record(handled(reference, viewer), viewer.username(), publishAt, parties);
    }

    /**
     * Records an agreement reached by the parties themselves (issue 10: every required party accepted a proposal);
     * {@code actor} is the PSIRT member whose acceptance was PSIRT's consent.
     */
    @Transactional
    void record(Case c, String actor, Instant publishAt, List<AgreedParty> parties) {
        Instant now = clock.instant();
        check(publishAt, parties, now);
        lockCase(c);
        Optional<AgreementEntry> previous = current(c.id());
        previous.ifPresent(p -> jdbc.sql("update publication_agreement set superseded_at = ? where id = ?")
                .params(SqlInstants.toSql(now), p.id()).update());
        long id = jdbc.sql("""
                insert into publication_agreement (case_id, publish_at, recorded_by, recorded_at)
                values (?, ?, ?, ?) returning id""")
                .params(c.id(), SqlInstants.toSql(publishAt), actor, SqlInstants.toSql(now))
                .query(Long.class).single();
        for (int i = 0; i < parties.size(); i++) {
            AgreedParty party = parties.get(i);
            jdbc.sql("insert into publication_agreement_party (agreement_id, position, kind, name, agreed_at) "
                            + "values (?, ?, ?, ?, ?)")
                    .params(id, i, party.kind(), party.name().strip(), SqlInstants.toSql(party.agreedAt())).update();
        }
        timeline.recordAs(c, actor, "publication-agreed", "publication " + time.jst(publishAt)
                + " agreed by " + describe(parties)
                + previous.map(p -> "; was " + time.jst(p.agreement().publishAt())).orElse(""));
        events.publishEvent(new PublicationDateAgreed(c.id(), c.reference(), publishAt));
    }

    /** Withdraws the agreement in force: no publication date is agreed any more. */
    @Transactional
    void withdraw(String reference, CaseViewer viewer, String reason) {
        withdraw(handled(reference, viewer), viewer.username(), reason);
    }

    /** Withdraws the agreement in force for whoever reopened the date (issue 10: a new proposal after agreement). */
    @Transactional
    void withdraw(Case c, String actor, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new CaseRuleViolation("case.reason.required");
        }
        if (reason.strip().length() > REASON_MAX) {
            throw new CaseRuleViolation("case.agreement.reason.too-long", REASON_MAX);
        }
        lockCase(c);
        AgreementEntry current = current(c.id()).orElseThrow(() -> new CaseRuleViolation("case.agreement.none"));
        jdbc.sql("update publication_agreement set withdrawn_at = ?, withdrawn_by = ?, withdrawn_reason = ? "
                        + "where id = ?")
                .params(SqlInstants.toSql(clock.instant()), actor, reason.strip(), current.id()).update();
        timeline.recordAs(c, actor, "publication-agreement-withdrawn", "publication "
                + time.jst(current.agreement().publishAt()) + " no longer agreed; reason: " + reason.strip());
        events.publishEvent(new PublicationAgreementWithdrawn(c.id(), c.reference()));
    }

    /** The agreement in force for the case, if one is. */
    Optional<AgreementEntry> current(long caseId) {
        return all(caseId).stream().filter(AgreementEntry::inForce).findFirst();
    }

    /** Every agreement of the case, the latest first. */
    List<AgreementEntry> all(long caseId) {
        Map<Long, List<AgreedParty>> parties = jdbc.sql("""
                select p.agreement_id, p.kind, p.name, p.agreed_at
                from publication_agreement_party p join publication_agreement a on a.id = p.agreement_id
                where a.case_id = ? order by p.agreement_id, p.position""")
                .param(caseId)
                .query((rs, n) -> Map.entry(rs.getLong("agreement_id"), new AgreedParty(rs.getString("kind"),
                        rs.getString("name"), SqlInstants.read(rs, "agreed_at"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("select * from publication_agreement where case_id = ? order by id desc")
                .param(caseId)
                .query((rs, n) -> new AgreementEntry(rs.getLong("id"), new PublicationAgreement(
                        SqlInstants.read(rs, "publish_at"), parties.getOrDefault(rs.getLong("id"), List.of()),
                        rs.getString("recorded_by"), SqlInstants.read(rs, "recorded_at")),
                        SqlInstants.read(rs, "superseded_at"), SqlInstants.read(rs, "withdrawn_at"),
                        rs.getString("withdrawn_by"), rs.getString("withdrawn_reason")))
                .list();
    }

    /**
     * The rules of an agreement: a date agreed with nobody but ourselves is no coordinated disclosure, so at least
     * one other party; a date already past cannot be agreed for a publication still to come; nobody agreed on a
     * day that has not come yet.
     */
    private void check(Instant publishAt, List<AgreedParty> parties, Instant now) {
        if (publishAt == null) {
            throw new CaseRuleViolation("case.agreement.date.invalid");
        }
        if (!publishAt.isAfter(now)) {
            throw new CaseRuleViolation("case.agreement.not-future", time.jst(publishAt), time.jst(now));
        }
        if (parties == null || parties.isEmpty()) {
            throw new CaseRuleViolation("case.agreement.party.required");
        }
        for (AgreedParty party : parties) {
            if (!AgreedParty.KINDS.contains(party.kind())) {
                throw new CaseRuleViolation("case.unknown-code");
            }
            if (party.name() == null || party.name().isBlank()) {
                throw new CaseRuleViolation("case.agreement.name.required");
            }
            if (party.name().strip().length() > NAME_MAX) {
                throw new CaseRuleViolation("case.agreement.name.too-long", NAME_MAX);
            }
            if (party.agreedAt() == null) {
                throw new CaseRuleViolation("case.agreement.agreed-on.invalid");
            }
            if (party.agreedAt().isAfter(now)) {
                throw new CaseRuleViolation("case.agreement.agreed-on.future", time.jstDate(party.agreedAt()));
            }
        }
    }

    /** Two handlers agreeing dates for one case at once: the second waits and supersedes the first. */
    void lockCase(Case c) {
        jdbc.sql("select id from psirt_case where id = ? for update").param(c.id()).query(Long.class).single();
    }

    /**
     * The parties for the timeline, which developers and coordinators also read: a reporter is named only as "the
     * reporter", since their name is contact data that only PSIRT sees.
     */
    private String describe(List<AgreedParty> parties) {
        List<String> named = new ArrayList<>();
        for (AgreedParty party : parties) {
            String who = party.kind().equals("reporter") ? "the reporter" : party.kind() + " " + party.name().strip();
            named.add(who + " (" + time.jstDate(party.agreedAt()) + ")");
        }
        return String.join(", ", named);
    }
}
