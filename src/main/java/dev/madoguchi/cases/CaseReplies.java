package dev.madoguchi.cases;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.madoguchi.intake.ReporterThread;
import dev.madoguchi.intake.SubmittedReport;
import dev.madoguchi.shared.Language;
import dev.madoguchi.shared.Organization;

import org.springframework.stereotype.Component;

/** Replies to a case's reporters, from the templates, each in the reporter's language. */
@Component
class CaseReplies {

    private final ReporterThread reports;
    private final ReplyTemplates templates;
    private final Organization organization;

    CaseReplies(ReporterThread reports, ReplyTemplates templates, Organization organization) {
        this.reports = reports;
        this.templates = templates;
        this.organization = organization;
    }

    /** The template filled in for one report, as the handler sees it before sending. */
    String draft(String template, long reportId, String referral) {
        SubmittedReport report = reports.report(reportId).orElseThrow();
        Language language = Language.fromTag(report.language()).orElse(Language.EN);
        Map<String, String> values = new HashMap<>();
        values.put("reporterName", report.reporterName());
        values.put("trackingNumber", report.trackingNumber());
        values.put("organization", organization.name(language));
        values.put("referral", referral == null ? "" : referral);
        return templates.render(template, language, values);
    }

    /**
     * Sends {@code text} to the first report's reporter and the template's text to every later one (each in their
     * own language), and moves what each reporter sees to {@code status}.
     */
    void send(List<Long> reportIds, String template, String text, String referral, String author, String status) {
        for (int i = 0; i < reportIds.size(); i++) {
            long reportId = reportIds.get(i);
            String body = i == 0 && text != null && !text.isBlank() ? text : draft(template, reportId, referral);
            reports.replyFromPsirt(reportId, author, body);
            if (status != null) {
                reports.setStatus(reportId, status);
            }
        }
    }

    void status(List<Long> reportIds, String status) {
        reportIds.forEach(id -> reports.setStatus(id, status));
    }
}
