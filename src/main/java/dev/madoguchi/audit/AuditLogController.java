package dev.madoguchi.audit;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for administrators, and an on-demand check of the chain. */
@Controller
class AuditLogController {

    private final AuditLog log;
    private final AuditChainVerifier verifier;

    AuditLogController(AuditLog log, AuditChainVerifier verifier) {
        this.log = log;
        this.verifier = verifier;
    }

    @GetMapping("/admin/audit")
    String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String objectType, @RequestParam(required = false) String objectId,
            @RequestParam(required = false) Long before, Model model) {
        AuditLog.Filter filter = new AuditLog.Filter(actor, action, objectType, objectId, before);
        List<AuditLogEntry> entries = log.page(filter);
        model.addAttribute("filter", filter);
        model.addAttribute("entries", entries);
        model.addAttribute("nextBefore", entries.size() == AuditLog.PAGE_SIZE ? entries.get(entries.size() - 1).id() : null);
        return "audit/log";
    }

    @PostMapping("/admin/audit/verify")
    String verify(Model model) {
        model.addAttribute("verification", verifier.verify());
        return "audit/verification";
    }
}
