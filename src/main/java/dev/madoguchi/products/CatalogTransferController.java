package dev.madoguchi.products;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.madoguchi.identity.StaffPrincipal;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/** Import and export of the catalog as JSON or CSV (ADMIN and PSIRT; ProductRoutes). */
@Controller
class CatalogTransferController {

    static final long MAX_BYTES = 5L * 1024 * 1024;

    /** The JSON file: {@code {"products": [...]}}. */
    record CatalogDocument(List<CatalogEntry> products) {
    }

    private final CatalogTransfer transfer;
    private final JsonMapper json;
    private final MessageSource messages;

    CatalogTransferController(CatalogTransfer transfer, JsonMapper json, MessageSource messages) {
        this.transfer = transfer;
        this.json = json;
        this.messages = messages;
    }

    @GetMapping("/catalog/transfer")
    String page() {
        return "products/transfer";
    }

    @GetMapping(path = "/catalog/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<CatalogDocument> exportJson() {
        List<CatalogEntry> entries = transfer.export("json");
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("catalog.json").build().toString())
                .body(new CatalogDocument(entries));
    }

    @GetMapping("/catalog/export.csv")
    @ResponseBody
    ResponseEntity<byte[]> exportCsv() {
        List<CatalogEntry> entries = transfer.export("csv");
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("catalog.csv").build().toString())
                .body(transfer.csv(entries));
    }

    @PostMapping("/catalog/import")
    String importFile(@AuthenticationPrincipal StaffPrincipal principal,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale) {
        List<String> problems = new ArrayList<>();
        try {
            if (file == null || file.isEmpty()) {
                throw new ImportRefused("catalog.import.no-file");
            }
            if (file.getSize() > MAX_BYTES) {
                throw new ImportRefused("catalog.import.too-large", MAX_BYTES / 1024 / 1024);
            }
            byte[] bytes = file.getBytes();
            boolean csv = isCsv(file);
            List<CatalogEntry> entries = csv ? CatalogTransfer.fromCsv(bytes) : fromJson(bytes);
            CatalogTransfer.Outcome outcome = transfer.load(entries, principal.getUsername(), csv ? "csv" : "json");
            for (CatalogTransfer.Problem p : outcome.problems()) {
                String text = messages.getMessage(p.messageKey(), p.arguments().toArray(), p.messageKey(), locale);
                problems.add(p.row() == 0 ? text
                        : messages.getMessage("catalog.import.row", new Object[] {p.row(), text}, locale));
            }
            if (problems.isEmpty()) {
                model.addAttribute("outcome", outcome);
            }
        } catch (ImportRefused refused) {
            problems.add(messages.getMessage(refused.messageKey(), refused.arguments().toArray(), locale));
        } catch (ProductRuleViolation violation) {
            problems.add(messages.getMessage(violation.messageKey(), violation.arguments().toArray(), locale));
        } catch (ProductProblems many) {
            many.problems().forEach(p -> problems.add(messages.getMessage(p.messageKey(), p.arguments().toArray(),
                    locale)));
        } catch (IOException e) {
            problems.add(messages.getMessage("catalog.import.unreadable", null, locale));
        }
        model.addAttribute("importProblems", problems);
        model.addAttribute("fileName", file == null ? null : file.getOriginalFilename());
        return "products/transfer";
    }

    private List<CatalogEntry> fromJson(byte[] bytes) {
        try {
            CatalogDocument document = json.readValue(bytes, CatalogDocument.class);
            if (document == null || document.products() == null) {
                throw new ImportRefused("catalog.import.json-shape");
            }
            return document.products();
        } catch (DatabindException e) {
            // well-formed JSON of another shape
            throw new ImportRefused("catalog.import.json-shape");
        } catch (JacksonException e) {
            throw new ImportRefused("catalog.import.json");
        }
    }

    private static boolean isCsv(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || (file.getContentType() != null && file.getContentType().startsWith("text/csv"));
    }
}
