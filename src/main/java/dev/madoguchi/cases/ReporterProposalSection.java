package dev.madoguchi.cases;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.madoguchi.intake.StatusPageSection;
import dev.madoguchi.shared.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * The publication date on the reporter's status page (issue 10): the open proposal to accept, or another date and
 * time to propose, and the date agreed. Nothing internal: not who at PSIRT proposed, nor the other parties.
 */
@Component
class ReporterProposalSection implements StatusPageSection {

    static final String NAME = "publication-date";

    private final Cases cases;
    private final PublicationProposals proposals;
    private final PublicationAgreements agreements;

    ReporterProposalSection(Cases cases, PublicationProposals proposals, PublicationAgreements agreements) {
        this.cases = cases;
        this.proposals = proposals;
        this.agreements = agreements;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The open case of the report, if its reporter is a party to the negotiation. */
    private Optional<Case> caseOf(long reportId) {
        return cases.caseOfReport(reportId).flatMap(cases::byId).filter(c -> !c.closed())
                .filter(c -> proposals.isRequired(c, ProposalParty.reporter(reportId)));
    }

    @Override
    public Optional<View> view(long reportId) {
        return caseOf(reportId).map(c -> {
            Map<String, Object> values = new HashMap<>();
            proposals.open(c.id()).ifPresent(p -> {
                values.put("proposalId", p.id());
                values.put("proposedAt", p.publishAt());
                values.put("proposedByYou", p.party().equals(ProposalParty.reporter(reportId)));
                values.put("acceptedByYou", p.acceptedBy(ProposalParty.reporter(reportId)));
            });
            agreements.current(c.id()).ifPresent(a -> values.put("agreedAt", a.agreement().publishAt()));
            return new View(NAME, "cases/reporter-proposal", "section", values);
        });
    }

    @Override
    public String answer(long reportId, String action, Map<String, String> form) {
        Case c = caseOf(reportId).orElseThrow(() -> new NotFoundException("publication date of report " + reportId));
        ProposalParty reporter = ProposalParty.reporter(reportId);
        switch (action) {
            case "accept" -> {
                long id;
                try {
                    id = Long.parseLong(form.getOrDefault("proposal", ""));
                } catch (NumberFormatException e) {
                    throw new CaseRuleViolation("proposal.not-open");
                }
                proposals.accept(c, reporter, "reporter", id);
                return "status.publication.accepted";
            }
            case "propose" -> {
                proposals.propose(c, reporter, "reporter", AgreementForm.typed(form).publishAt());
                return "status.publication.proposed-notice";
            }
            default -> throw new NotFoundException("status page action " + action);
        }
    }
}
