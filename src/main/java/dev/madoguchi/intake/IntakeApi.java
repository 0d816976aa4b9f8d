package dev.madoguchi.intake;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.madoguchi.identity.StaffPrincipal;
import dev.madoguchi.shared.DisplayTime;
import dev.madoguchi.shared.NotFoundException;
import dev.madoguchi.shared.Organization;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * The intake API for coordinators and tools. Anonymous callers are limited like the web form; a caller with an API
 * token is recorded as the report's source. Errors are RFC 9457 problem details with one entry per field.
 */
@RestController
class IntakeApi {

    private final ReportIntake intake;
    private final ReportReading reading;
    private final ReportConversation conversation;
    private final Organization organization;
    private final MessageSource messages;

    IntakeApi(ReportIntake intake, ReportReading reading, ReportConversation conversation, Organization organization,
            MessageSource messages) {
        this.intake = intake;
        this.reading = reading;
        this.conversation = conversation;
        this.organization = organization;
        this.messages = messages;
    }

    @PostMapping(path = "/api/v1/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> submit(@RequestBody ReportRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @AuthenticationPrincipal StaffPrincipal caller, HttpServletRequest request, Locale locale) {
        return accept(body, List.of(), idempotencyKey, caller, request, locale);
    }

    @PostMapping(path = "/api/v1/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> submitMultipart(@RequestPart("report") ReportRequest body,
            @RequestPart(name = "files", required = false) List<MultipartFile> files,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @AuthenticationPrincipal StaffPrincipal caller, HttpServletRequest request, Locale locale) {
        return accept(body, UploadedFiles.of(files), idempotencyKey, caller, request, locale);
    }

    private ResponseEntity<?> accept(ReportRequest body, List<UploadedFile> files, String idempotencyKey,
            StaffPrincipal caller, HttpServletRequest request, Locale locale) {
        Long callerId = caller == null ? null : caller.id();
        List<FieldProblem> decoding = new ArrayList<>();
        ReportDraft draft = body.toDraft(idempotencyKey, callerId, files, decoding);
        if (!decoding.isEmpty()) {
            return invalid(decoding, locale);
        }
        try {
            ReportReceipt receipt = intake.submit(draft, new ReportIntake.Source("api", callerId,
                    RequestOrigin.clientAddress(request), RequestOrigin.baseUrl(organization, request)));
            String keyPage = RequestOrigin.baseUrl(organization, request).replaceAll("/+$", "") + "/pgp-key";
            List<ReportCreated.Undecrypted> undecrypted = receipt.undecrypted().stream()
                    .map(note -> new ReportCreated.Undecrypted(note.fileName(), note.problem(),
                            messages.getMessage("received.pgp.api", new Object[] {note.aboutText()
                                    ? messages.getMessage("report.pgp.part.text", null, locale) : note.fileName(),
                                    messages.getMessage(note.problem(), null, locale), keyPage}, locale)))
                    .toList();
            ReportCreated created = new ReportCreated(receipt.trackingNumber(), receipt.statusUrl(),
                    iso(receipt.acknowledgeBy()), undecrypted);
            URI location = URI.create("/api/v1/reports/" + receipt.trackingNumber());
            return receipt.repeated() ? ResponseEntity.ok().location(location).body(created)
                    : ResponseEntity.created(location).body(created);
        } catch (ReportRejected rejected) {
            return invalid(rejected.problems(), locale);
        } catch (TooManySubmissions limited) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                    messages.getMessage("report.rate-limited", new Object[] {(limited.retryAfterSeconds() + 59) / 60},
                            locale));
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header("Retry-After", Long.toString(limited.retryAfterSeconds()))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
    }

    @GetMapping("/api/v1/reports/{trackingNumber}")
    ReportDocument get(@PathVariable String trackingNumber, @AuthenticationPrincipal StaffPrincipal viewer) {
        SubmittedReport r = reading.open(viewer, trackingNumber);
        List<ReportDocument.File> files = conversation.reportFiles(r.id()).stream()
                .map(f -> new ReportDocument.File(f.id(), f.fileName(), f.size(), f.sha256())).toList();
        return new ReportDocument(r.trackingNumber(), iso(r.receivedAt()), iso(r.acknowledgeBy()), r.channel(),
                r.status(), r.language(), r.product(), r.productVersion(), r.vulnerabilityType(),
                r.cweId() == null ? null : "CWE-" + r.cweId(), r.title(), r.stepsToReproduce(), r.proofOfConcept(),
                r.impact(), r.cvssVector(), r.alreadyPublic(), r.reportedElsewhere(), r.publicReference(),
                r.exploited(), new ReportRequest.Reporter(r.reporterName(), r.reporterEmail(),
                        r.reporterOrganization(), r.anonymous(), r.pgpPublicKey()),
                new ReportRequest.Credit(r.creditWanted(), r.creditName()), files,
                r.withdrawnAt() == null ? null : iso(r.withdrawnAt()));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MissingServletRequestPartException.class})
    ResponseEntity<ProblemDetail> unreadable(Exception e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("api.unreadable", null, locale));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Not found."));
    }

    private ResponseEntity<ProblemDetail> invalid(List<FieldProblem> problems, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("api.invalid", null, locale));
        problem.setTitle("Invalid report");
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldProblem p : problems) {
            Map<String, String> error = new LinkedHashMap<>();
            error.put("field", p.field());
            error.put("code", p.messageKey());
            error.put("message", messages.getMessage(p.messageKey(), p.arguments().toArray(), locale));
            errors.add(error);
        }
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(DisplayTime.JST).withNano(0));
    }
}
