package dev.madoguchi.cases;

/**
 * A party to the negotiation of a publication date (issue 10): PSIRT as one party whichever handler speaks, each
 * reporter of the case by their report, each coordinator assigned to the case by their staff account.
 *
 * @param kind {@code psirt}, {@code reporter} or {@code coordinator}
 * @param id   the report's id for a reporter, the staff account's for a coordinator, 0 for PSIRT
 */
record ProposalParty(String kind, long id) {

    static final ProposalParty PSIRT = new ProposalParty("psirt", 0);

    static ProposalParty reporter(long reportId) {
        return new ProposalParty("reporter", reportId);
    }

    static ProposalParty coordinator(long userId) {
        return new ProposalParty("coordinator", userId);
    }

    /** As stored: {@code psirt}, {@code reporter:<report id>}, {@code coordinator:<user id>}. */
    static ProposalParty parse(String key) {
        if (key.equals("psirt")) {
            return PSIRT;
        }
        int colon = key.indexOf(':');
        return new ProposalParty(key.substring(0, colon), Long.parseLong(key.substring(colon + 1)));
    }

    public String key() {
        return kind.equals("psirt") ? kind : kind + ":" + id;
    }
}
