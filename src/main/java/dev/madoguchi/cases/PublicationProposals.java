package dev.madoguchi.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.madoguchi.identity.StaffDirectory;
import dev.madoguchi.intake.ReporterThread;
import dev.madoguchi.shared.DisplayTime;
import dev.madoguchi.shared.NotFoundException;
import dev.madoguchi.shared.SqlInstants;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Negotiating the publication date (issue 10). PSIRT, each reporter who can still open their status page and each
 * coordinator assigned to the case propose a date and time; the others accept it or counter-propose (a new proposal
 * that supersedes the open one). When every required party has accepted the open proposal it becomes the agreement,
 * recorded through {@link PublicationAgreements} so that the advisory follows; a proposal after an agreement
 * withdraws it ("date changed"). Every step is on the timeline and in the audit trail; the parties are told by mail.
 */
@Component
class PublicationProposals {

    /** The reason recorded when a new proposal reopens an agreed date. */
    static final String DATE_CHANGED = "date changed";

    /** A proposal and who has accepted it (the proposer's own party among them), by party key. */
    record Proposal(long id, Instant publishAt, ProposalParty party, String proposedBy, Instant proposedAt,
            Map<String, Instant> accepted) {

        public boolean acceptedBy(ProposalParty p) {
            return accepted.containsKey(p.key());
        }
    }

    /** A party whose acceptance an agreement needs, and how the agreement names them. */
    record RequiredParty(ProposalParty party, String name) {
    }

    private final Cases cases;
    private final CaseTimeline timeline;
    private final PublicationAgreements agreements;
    private final PublicationNews news;
    private final ReporterThread reporters;
    private final StaffDirectory staff;
    private final JdbcClient jdbc;
    private final DisplayTime time;
    private final Clock clock;

    PublicationProposals(Cases cases, CaseTimeline timeline, PublicationAgreements agreements, PublicationNews news,
            ReporterThread reporters, StaffDirectory staff, JdbcClient jdbc, DisplayTime time, Clock clock) {
        this.cases = cases;
        this.timeline = timeline;
        this.agreements = agreements;
        this.news = news;
        this.reporters = reporters;
        this.staff = staff;
        this.jdbc = jdbc;
        this.time = time;
        this.clock = clock;
    }

    /**
     * The party a staff member speaks for on a case: PSIRT for handlers (and administrators), their own account for
     * a coordinator assigned to it. Developers see the negotiation but are no party to it.
     */
    Optional<ProposalParty> staffParty(Case c, CaseViewer viewer) {
        if (viewer.handles()) {
            return Optional.of(ProposalParty.PSIRT);
        }
        if (viewer.coordinator() && cases.coordinatorOf(c.id(), viewer.userId())) {
            return Optional.of(ProposalParty.coordinator(viewer.userId()));
        }
        return Optional.empty();
    }

    /** Who must accept a proposal of the case, PSIRT first. */
    List<RequiredParty> required(Case c) {
        List<RequiredParty> required = new ArrayList<>(List.of(new RequiredParty(ProposalParty.PSIRT, "PSIRT")));
        for (long reportId : cases.reportIds(c.id())) {
            if (reporters.reachable(reportId)) {
                required.add(new RequiredParty(ProposalParty.reporter(reportId),
                        reporters.report(reportId).map(r -> r.reporterName()).orElse("")));
            }
        }
        List<Long> coordinators = jdbc.sql("select user_id from case_coordinator where case_id = ? order by user_id")
                .param(c.id()).query(Long.class).list();
        for (StaffDirectory.StaffMember m : staff.byIds(coordinators)) {
            required.add(new RequiredParty(ProposalParty.coordinator(m.id()), m.displayName()));
        }
        return required;
    }

    boolean isRequired(Case c, ProposalParty party) {
        return required(c).stream().anyMatch(r -> r.party().equals(party));
    }

    /** The open proposal of the case, if one is. */
    Optional<Proposal> open(long caseId) {
        return jdbc.sql("select * from publication_proposal where case_id = ? and closed_at is null")
                .param(caseId)
                .query((rs, n) -> new Proposal(rs.getLong("id"), SqlInstants.read(rs, "publish_at"),
                        ProposalParty.parse(rs.getString("party")), rs.getString("proposed_by"),
                        SqlInstants.read(rs, "proposed_at"), acceptances(rs.getLong("id"))))
                .optional();
    }

    private Map<String, Instant> acceptances(long proposalId) {
        return jdbc.sql("select party, accepted_at from publication_proposal_acceptance where proposal_id = ?")
                .param(proposalId)
                .query((rs, n) -> Map.entry(rs.getString("party"), SqlInstants.read(rs, "accepted_at")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Proposes a publication date and time: a counter-proposal when one is open, a change when one is agreed. The
     * proposer accepts their own proposal.
     */
    @Transactional
    void propose(Case c, ProposalParty by, String actor, Instant publishAt) {
        requireParty(c, by);
        Instant now = clock.instant();
        if (publishAt == null) {
            throw new CaseRuleViolation("case.agreement.date.invalid");
        }
        if (!publishAt.isAfter(now)) {
            throw new CaseRuleViolation("case.agreement.not-future", time.jst(publishAt), time.jst(now));
        }
        agreements.lockCase(c);
        Optional<Proposal> answered = open(c.id());
        answered.ifPresent(p -> close(p.id(), "superseded", null));
        boolean reopens = agreements.current(c.id()).isPresent();
        if (reopens) {
            agreements.withdraw(c, actor, DATE_CHANGED);
        }
        long id = jdbc.sql("""
                insert into publication_proposal (case_id, publish_at, party, proposed_by, proposed_at)
                values (?, ?, ?, ?, ?) returning id""")
                .params(c.id(), SqlInstants.toSql(publishAt), by.key(), actor, SqlInstants.toSql(now))
                .query(Long.class).single();
        acceptance(id, by, actor, now);
        String kind = answered.isPresent() ? "publication-counter-proposed" : "publication-proposed";
        timeline.recordAs(c, actor, kind, "publication " + time.jst(publishAt) + " proposed by " + who(by, actor)
                + answered.map(p -> "; answers " + time.jst(p.publishAt())).orElse(""));
        news.tell(c, recipients(c, by), reopens ? "reopened" : answered.isPresent() ? "counter-proposed" : "proposed");
    }

    /**
     * Accepts the open proposal {@code proposalId} for a required party. A proposal superseded meanwhile is refused
     * with a reason, so nobody accepts a date they did not see.
     */
    @Transactional
    void accept(Case c, ProposalParty by, String actor, long proposalId) {
        requireParty(c, by);
        agreements.lockCase(c);
        Proposal proposal = open(c.id()).filter(p -> p.id() == proposalId)
                .orElseThrow(() -> new CaseRuleViolation("proposal.not-open"));
        Instant now = clock.instant();
        if (!proposal.publishAt().isAfter(now)) {
            throw new CaseRuleViolation("case.agreement.not-future", time.jst(proposal.publishAt()), time.jst(now));
        }
        if (proposal.acceptedBy(by)) {
            return;
        }
        acceptance(proposal.id(), by, actor, now);
        timeline.recordAs(c, actor, "publication-proposal-accepted", "publication "
                + time.jst(proposal.publishAt()) + " accepted by " + who(by, actor));
        concludeIfAllAccepted(c, proposal.id());
    }

    /**
     * PSIRT records an agreement reached outside Madoguchi (by telephone, in the coordinator's own system): an open
     * proposal is overtaken by it and closed, and every party is told, as when they agree here (issue 10: a changed
     * date notifies everyone).
     */
    @Transactional
    void recordAgreed(String reference, CaseViewer viewer, Instant publishAt, List<AgreedParty> parties) {
        Case c = agreements.handled(reference, viewer);
        agreements.lockCase(c);
        // the agreement's rules are checked first: a refused record leaves the open proposal as it was
        agreements.record(c, viewer.username(), publishAt, parties);
        open(c.id()).ifPresent(p -> close(p.id(), "superseded", null));
        news.tell(c, recipients(c, ProposalParty.PSIRT), "recorded");
    }

    /** PSIRT withdraws the agreed date: nothing is agreed any more, and every party is told. */
    @Transactional
    void withdrawAgreed(String reference, CaseViewer viewer, String reason) {
        Case c = agreements.handled(reference, viewer);
        agreements.withdraw(c, viewer.username(), reason);
        news.tell(c, recipients(c, ProposalParty.PSIRT), "withdrawn");
    }

    /** Every required party accepted: the proposal becomes the agreement, with who accepted and when. */
    private void concludeIfAllAccepted(Case c, long proposalId) {
        Proposal proposal = open(c.id()).filter(p -> p.id() == proposalId).orElseThrow();
        List<RequiredParty> required = required(c);
        // an agreement needs a party besides PSIRT (PublicationAgreements): with nobody else, PSIRT records it
        if (required.size() < 2 || !required.stream().allMatch(r -> proposal.acceptedBy(r.party()))) {
            return;
        }
        List<AgreedParty> parties = new ArrayList<>();
        for (RequiredParty r : required.subList(1, required.size())) {
            parties.add(new AgreedParty(r.party().kind(), r.name().isBlank() ? r.party().kind() : r.name(),
                    proposal.accepted().get(r.party().key()).atZone(DisplayTime.JST).toLocalDate()
                            .atStartOfDay(DisplayTime.JST).toInstant()));
        }
        String psirt = jdbc.sql("select accepted_by from publication_proposal_acceptance where proposal_id = ? "
                + "and party = 'psirt'").param(proposalId).query(String.class).single();
        agreements.record(c, psirt, proposal.publishAt(), parties);
        long agreementId = agreements.current(c.id()).orElseThrow().id();
        close(proposalId, "agreed", agreementId);
        news.tell(c, recipients(c, null), "agreed");
    }

    private void requireParty(Case c, ProposalParty by) {
        if (c.closed() || !isRequired(c, by)) {
            throw new NotFoundException("publication proposal of " + c.reference());
        }
    }

    private void acceptance(long proposalId, ProposalParty by, String actor, Instant at) {
        jdbc.sql("insert into publication_proposal_acceptance (proposal_id, party, accepted_by, accepted_at) "
                        + "values (?, ?, ?, ?) on conflict do nothing")
                .params(proposalId, by.key(), actor, SqlInstants.toSql(at)).update();
    }

    private void close(long proposalId, String outcome, Long agreementId) {
        jdbc.sql("update publication_proposal set closed_at = ?, outcome = ?, agreement_id = ? where id = ?")
                .params(SqlInstants.toSql(clock.instant()), outcome, agreementId, proposalId).update();
    }

    /** Everyone required but the party who acted (who knows already). */
    private List<ProposalParty> recipients(Case c, ProposalParty actor) {
        return required(c).stream().map(RequiredParty::party).filter(p -> !p.equals(actor)).toList();
    }

    /** For the timeline, which developers read too: a reporter is "the reporter", their name being contact data. */
    private static String who(ProposalParty party, String actor) {
        return switch (party.kind()) {
            case "psirt" -> "PSIRT (" + actor + ")";
            case "coordinator" -> "coordinator " + actor;
            default -> "the reporter";
        };
    }
}
