package dev.madoguchi.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dev.madoguchi.attachments.AttachmentInfo;
import dev.madoguchi.audit.AuditEntry;
import dev.madoguchi.audit.AuditTrail;
import dev.madoguchi.cwe.CweCatalog;
import dev.madoguchi.shared.Language;
import dev.madoguchi.shared.Organization;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public report form. A submission that fails keeps everything: the text is shown back, and chosen files are
 * kept on the server (encrypted, for 24 hours) and offered again; only a file that could not be kept (too large,
 * too many) must be chosen again, and the page says which.
 */
@Controller
class ReportFormController {

    private static final Set<String> FORM_FIELDS = Set.of("product", "productVersion", "vulnerabilityType", "title",
            "stepsToReproduce", "proofOfConcept", "impact", "cvssVector", "publicReference", "reporter.name",
            "reporter.email", "reporter.organization", "reporter.pgpPublicKey", "credit.name", "language",
            "policyAccepted");

    private final ReportIntake intake;
    private final IntakeProperties properties;
    private final Organization organization;
    private final CweCatalog cwe;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    ReportFormController(ReportIntake intake, IntakeProperties properties, Organization organization, CweCatalog cwe,
            MessageSource messages, AuditTrail audit, TransactionTemplate transaction) {
        this.intake = intake;
        this.properties = properties;
        this.organization = organization;
        this.cwe = cwe;
        this.messages = messages;
        this.audit = audit;
        this.transaction = transaction;
    }

    @GetMapping("/report")
    String form(Model model, Locale locale) {
        ReportForm form = new ReportForm();
        form.setLanguage(Language.of(locale).tag());
        return page(model, form, List.of(), List.of(), List.of(), locale);
    }

    @PostMapping(path = "/report", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String submit(@ModelAttribute ReportForm reportForm, BindingResult binding,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, HttpServletRequest request,
            HttpServletResponse response, Model model, Locale locale) {
        if (!reportForm.getWebsite().isBlank()) {
            // Only robots fill the hidden field. They get a page like success and nothing is stored.
            transaction.executeWithoutResult(tx -> audit.record(AuditEntry.of("report.honeypot", null, null,
                    "from " + RequestOrigin.clientAddress(request))));
            return "intake/received-robot";
        }
        ReportDraft draft = reportForm.toDraft(UploadedFiles.of(files));
        try {
            ReportReceipt receipt = intake.submit(draft, new ReportIntake.Source("web", null,
                    RequestOrigin.clientAddress(request), RequestOrigin.baseUrl(organization, request)));
            model.addAttribute("receipt", receipt);
            return "intake/received";
        } catch (ReportRejected rejected) {
            List<AttachmentInfo> kept = intake.keepFiles(draft);
            reportForm.setKeptFiles(ReportIntake.tokens(kept).stream().map(Object::toString).collect(
                    Collectors.toCollection(ArrayList::new)));
            List<String> fileProblems = new ArrayList<>();
            for (FieldProblem problem : rejected.problems()) {
                String message = messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale);
                if (FORM_FIELDS.contains(problem.field())) {
                    binding.rejectValue(problem.field(), problem.messageKey(), problem.arguments().toArray(), message);
                } else {
                    fileProblems.add(message);
                }
            }
            return page(model, reportForm, kept, dropped(draft, kept), fileProblems, locale);
        } catch (TooManySubmissions limited) {
            List<AttachmentInfo> kept = intake.keepFiles(draft);
            reportForm.setKeptFiles(ReportIntake.tokens(kept).stream().map(Object::toString).collect(
                    Collectors.toCollection(ArrayList::new)));
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(limited.retryAfterSeconds()));
            binding.reject("report.rate-limited", new Object[] {(limited.retryAfterSeconds() + 59) / 60},
                    messages.getMessage("report.rate-limited", new Object[] {(limited.retryAfterSeconds() + 59) / 60},
                            locale));
            return page(model, reportForm, kept, dropped(draft, kept), List.of(), locale);
        }
    }

    /** Names of files that were chosen but could not be kept, so the person knows to choose them again. */
    private static List<String> dropped(ReportDraft draft, List<AttachmentInfo> kept) {
        Set<String> keptNames = kept.stream().map(AttachmentInfo::fileName).collect(Collectors.toSet());
        return draft.files().stream().map(UploadedFile::fileName).filter(name -> !keptNames.contains(name)).toList();
    }

    private String page(Model model, ReportForm form, List<AttachmentInfo> kept, List<String> dropped,
            List<String> fileProblems, Locale locale) {
        boolean japanese = Language.of(locale) == Language.JA;
        model.addAttribute("reportForm", form);
        model.addAttribute("keptFiles", kept);
        model.addAttribute("droppedFiles", dropped);
        model.addAttribute("fileProblems", fileProblems);
        model.addAttribute("organization", organization);
        model.addAttribute("organizationName", organization.name(Language.of(locale)));
        model.addAttribute("csirtName", organization.csirtName(Language.of(locale)));
        model.addAttribute("maxFileSize", ReportRules.human(properties.maxFileSize().toBytes()));
        model.addAttribute("maxReportSize", ReportRules.human(properties.maxReportSize().toBytes()));
        model.addAttribute("maxFiles", properties.maxFiles());
        model.addAttribute("maxFileBytes", properties.maxFileSize().toBytes());
        model.addAttribute("maxReportBytes", properties.maxReportSize().toBytes());
        model.addAttribute("cweOptions", cwe.simplifiedMapping());
        model.addAttribute("japanese", japanese);
        return "intake/form";
    }
}
