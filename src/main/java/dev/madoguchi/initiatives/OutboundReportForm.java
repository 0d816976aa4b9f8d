package dev.madoguchi.initiatives;

import java.util.Map;

/** An outbound report as typed, kept whole so that a refused form loses nothing. */
record OutboundReportForm(String title, String channel, String recipient, String contact, String summary,
        String product, String versions, String details, String finder, String disclosureTarget, String outcome)
        implements java.io.Serializable {

    static OutboundReportForm blank(String finder) {
        return new OutboundReportForm("", "vendor", "", "", "", "", "", "", finder, "", "");
    }

    static OutboundReportForm of(OutboundReport r) {
        return new OutboundReportForm(r.title(), r.channel(), r.recipient(), r.contact(), r.summary(), r.product(),
                r.versions(), r.details(), r.finder(),
                r.disclosureTarget() == null ? "" : r.disclosureTarget().toString(), r.outcome());
    }

    static OutboundReportForm typed(Map<String, String> request) {
        return new OutboundReportForm(value(request, "title"), value(request, "channel"),
                value(request, "recipient"), value(request, "contact"), value(request, "summary"),
                value(request, "product"), value(request, "versions"), value(request, "details"),
                value(request, "finder"), value(request, "disclosureTarget"), value(request, "outcome"));
    }

    private static String value(Map<String, String> request, String name) {
        String value = request.get(name);
        return value == null ? "" : value;
    }
}
