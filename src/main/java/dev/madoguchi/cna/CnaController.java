package dev.madoguchi.cna;

import java.util.List;
import java.util.Locale;

import dev.madoguchi.cve.CveFinding;
import dev.madoguchi.cve.CveRecordWriter;
import dev.madoguchi.cve.CveSchema;
import dev.madoguchi.identity.StaffPrincipal;
import dev.madoguchi.shared.Refusal;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The CVE ID pool for PSIRT: the IDs held, entering reserved IDs, rejecting one with a reason. */
@Controller
class CnaController {

    private final CveIdPool pool;
    private final CnaProperties cna;
    private final CveServicesClient services;
    private final java.time.Clock clock;
    private final MessageSource messages;

    CnaController(CveIdPool pool, CnaProperties cna, CveServicesClient services, java.time.Clock clock,
            MessageSource messages) {
        this.pool = pool;
        this.cna = cna;
        this.services = services;
        this.clock = clock;
        this.messages = messages;
    }

    /** Reserves IDs of the current year (JST) through CVE Services and enters them into the pool. */
    @PostMapping("/cna/ids/reserve")
    String reserve(@RequestParam(defaultValue = "1") int amount, @AuthenticationPrincipal StaffPrincipal principal,
            RedirectAttributes redirect, Locale locale) {
        try {
            List<String> ids = services.reserve(amount,
                    clock.instant().atZone(dev.madoguchi.shared.DisplayTime.JST).getYear());
            redirect.addFlashAttribute("entered", pool.enterReserved(ids, principal.getUsername()));
        } catch (Refusal refused) {
            redirect.addFlashAttribute("problemTexts", List.of(text(refused, locale)));
        }
        return "redirect:/cna/ids";
    }

    /** The REJECTED record of a rejected ID (CVE JSON 5 {@code cnaRejectedContainer}), checked against the schema. */
    @GetMapping("/cna/ids/{id}/record.json")
    Object rejectedRecord(@org.springframework.web.bind.annotation.PathVariable String id, Model model,
            RedirectAttributes redirect, Locale locale) {
        CveId cve = pool.byId(id).filter(c -> c.state().equals("rejected"))
                .orElseThrow(() -> new dev.madoguchi.shared.NotFoundException("rejected cve id " + id));
        if (!cna.configured()) {
            redirect.addFlashAttribute("problemTexts", List.of(messages.getMessage("cve.record.no-org", null,
                    locale)));
            return "redirect:/cna/ids";
        }
        String json = CveRecordWriter.rejected(cve.id(), cna.orgId(), cna.shortName(), cve.rejectedReason(),
                cve.rejectedAt());
        List<CveFinding> findings = CveSchema.of(cna.schemaVersion()).validate(
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (!findings.isEmpty()) {
            throw new IllegalStateException("a REJECTED record that fails the CVE schema: " + findings);
        }
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment().filename(cve.id() + ".json").build()
                                .toString())
                .body(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @GetMapping("/cna/ids")
    String ids(Model model) {
        model.addAttribute("ids", pool.all());
        model.addAttribute("reserved", pool.reservedCount());
        model.addAttribute("servicesEnabled", services.enabled());
        return "cna/ids";
    }

    @PostMapping("/cna/ids")
    String enter(@RequestParam(defaultValue = "") String ids, @AuthenticationPrincipal StaffPrincipal principal,
            RedirectAttributes redirect, Locale locale) {
        try {
            int added = pool.enter(ids, principal.getUsername());
            redirect.addFlashAttribute("entered", added);
        } catch (Refusal refused) {
            redirect.addFlashAttribute("problemTexts", List.of(text(refused, locale)));
            redirect.addFlashAttribute("idsTyped", ids);
        }
        return "redirect:/cna/ids";
    }

    @PostMapping("/cna/ids/reject")
    String reject(@RequestParam(defaultValue = "") String id, @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal StaffPrincipal principal, RedirectAttributes redirect, Locale locale) {
        try {
            // with CVE Services on, the Program learns of the rejection first; if it refuses, nothing changes here
            if (services.enabled() && pool.byId(id).filter(c -> !c.state().equals("rejected")).isPresent()
                    && reason != null && !reason.isBlank()) {
                services.reject(id, reason.strip());
            }
            pool.reject(id, reason, principal.getUsername());
            redirect.addFlashAttribute("notice", "cve.rejected");
        } catch (Refusal refused) {
            redirect.addFlashAttribute("problemTexts", List.of(text(refused, locale)));
            redirect.addFlashAttribute("rejectTyped", List.of(id, reason));
        }
        return "redirect:/cna/ids";
    }

    private String text(Refusal refused, Locale locale) {
        return messages.getMessage(refused.messageKey(), refused.arguments().toArray(), refused.messageKey(), locale);
    }
}
