package dev.madoguchi.cases;

import java.time.Clock;

import dev.madoguchi.audit.AuditEntry;
import dev.madoguchi.audit.AuditTrail;

import org.springframework.stereotype.Component;

/** Every act on a case goes on its timeline and into the audit trail, in the act's transaction. */
@Component
class CaseTimeline {

    private final Cases cases;
    private final AuditTrail audit;
    private final Clock clock;

    CaseTimeline(Cases cases, AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    void record(Case c, String actor, String kind, String summary) {
        cases.event(c.id(), clock.instant(), actor, kind, summary);
        audit.record(AuditEntry.of("case." + kind, "case", c.reference(), summary));
    }

    void recordAs(Case c, String actor, String kind, String summary) {
        cases.event(c.id(), clock.instant(), actor, kind, summary);
        audit.recordAs(actor, AuditEntry.of("case." + kind, "case", c.reference(), summary));
    }
}
