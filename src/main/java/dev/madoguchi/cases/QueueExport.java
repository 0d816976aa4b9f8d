package dev.madoguchi.cases;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.madoguchi.audit.AuditEntry;
import dev.madoguchi.audit.AuditTrail;
import dev.madoguchi.identity.StaffPrincipal;
import dev.madoguchi.shared.CsvTable;
import dev.madoguchi.shared.DisplayTime;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The queue as CSV or JSON: exactly the cases the person may see, with the same filters as the page (the query is
 * the same, visibility included). Every export is audited.
 */
@RestController
class QueueExport {

    static final int MAX_ROWS = 10_000;

    private final Cases cases;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    QueueExport(Cases cases, AuditTrail audit, TransactionTemplate transaction, Clock clock) {
        this.cases = cases;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    private List<QueueEntry> entries(StaffPrincipal principal, String state, String handler, Long division, String q,
            boolean overdue, String format) {
        QueueFilter filter = new QueueFilter(state.equals("all") ? null : state, handler, division, q, overdue, 0,
                MAX_ROWS);
        return transaction.execute(tx -> {
            List<QueueEntry> rows = cases.queue(filter, CaseViewer.of(principal), clock.instant());
            audit.record(AuditEntry.of("case.queue-exported", "case", null, format + "; " + rows.size() + " cases"));
            return rows;
        });
    }

    @GetMapping(path = "/cases/export.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal StaffPrincipal principal,
            @RequestParam(defaultValue = "open") String state, @RequestParam(required = false) String handler,
            @RequestParam(required = false) Long division, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean overdue) {
        StringBuilder out = new StringBuilder("reference,title,state,handler,next_deadline,deadline_kind,divisions,"
                + "opened_at\r\n");
        for (QueueEntry e : entries(principal, state, handler, division, q, overdue, "csv")) {
            out.append(String.join(",", CsvTable.cell(e.reference()), CsvTable.cell(e.title()),
                    CsvTable.cell(e.stateCode()), CsvTable.cell(e.handler()),
                    CsvTable.cell(e.nextDeadline() == null ? "" : iso(e.nextDeadline())),
                    CsvTable.cell(e.deadlineKind()), CsvTable.cell(e.divisions()), CsvTable.cell(iso(e.openedAt()))))
                    .append("\r\n");
        }
        // UTF-8 with a byte-order mark, so spreadsheet programs in Japan open Japanese titles correctly
        byte[] body = ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("cases.csv").build()
                        .toString())
                .body(body);
    }

    @GetMapping(path = "/cases/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Map<String, Object>> json(@AuthenticationPrincipal StaffPrincipal principal,
            @RequestParam(defaultValue = "open") String state, @RequestParam(required = false) String handler,
            @RequestParam(required = false) Long division, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean overdue) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (QueueEntry e : entries(principal, state, handler, division, q, overdue, "json")) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("reference", e.reference());
            row.put("title", e.title());
            row.put("state", e.stateCode());
            row.put("handler", e.handler());
            row.put("nextDeadline", e.nextDeadline() == null ? null : iso(e.nextDeadline()));
            row.put("deadlineKind", e.deadlineKind());
            row.put("divisions", e.divisions());
            row.put("openedAt", iso(e.openedAt()));
            rows.add(row);
        }
        return rows;
    }

    private static String iso(java.time.Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(DisplayTime.JST).withNano(0));
    }
}
