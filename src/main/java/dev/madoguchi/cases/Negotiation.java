package dev.madoguchi.cases;

import java.util.List;

/**
 * The publication date negotiation as the case page shows it.
 *
 * @param open     the open proposal, or {@code null}
 * @param required who must accept it
 * @param party    the party the viewer speaks for, or {@code null} when they only watch (developers)
 */
record Negotiation(PublicationProposals.Proposal open, List<PublicationProposals.RequiredParty> required,
        ProposalParty party) {
}
