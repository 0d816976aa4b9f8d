package dev.madoguchi.advisories;

import java.util.List;

import dev.madoguchi.audit.AuditEntry;
import dev.madoguchi.audit.AuditTrail;
import dev.madoguchi.cases.PublicationAgreementWithdrawn;
import dev.madoguchi.cases.PublicationDateAgreed;
import dev.madoguchi.shared.Refusal;
import dev.madoguchi.shared.SqlInstants;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps scheduled first publications on the instant agreed on their cases. When the agreement changes, a scheduled
 * advisory moves with it (the agreed date "becomes the advisory's scheduled instant"); when it is withdrawn, or the
 * cases no longer agree on one instant, the advisory is unscheduled rather than published at a date nobody agreed
 * to. Runs in the transaction of the change on the case, so the two never disagree.
 */
@Component
class AgreedInstantFollower {

    private final JdbcClient jdbc;
    private final AdvisoryReview review;
    private final AuditTrail audit;

    AgreedInstantFollower(JdbcClient jdbc, AdvisoryReview review, AuditTrail audit) {
        this.jdbc = jdbc;
        this.review = review;
        this.audit = audit;
    }

    @EventListener
    void on(PublicationDateAgreed agreed) {
        for (String id : scheduledFirstPublications(agreed.caseId())) {
            try {
                var at = review.agreedInstant(id);
                jdbc.sql("update advisory set publish_at = ? where id = ?").params(SqlInstants.toSql(at), id).update();
                audit.record(AuditEntry.of("advisory.rescheduled", "advisory", id, "to " + at + " agreed on "
                        + agreed.reference()));
            } catch (Refusal disagree) {
                unschedule(id, agreed.reference());
            }
        }
    }

    @EventListener
    void on(PublicationAgreementWithdrawn withdrawn) {
        scheduledFirstPublications(withdrawn.caseId()).forEach(id -> unschedule(id, withdrawn.reference()));
    }

    private List<String> scheduledFirstPublications(long caseId) {
        return jdbc.sql("""
                select distinct a.id from advisory a
                join advisory_vulnerability av on av.advisory_id = a.id
                join vulnerability v on v.id = av.vulnerability_id
                where v.case_id = ? and a.publish_at is not null and a.published_revision = 0
                order by a.id""").param(caseId).query(String.class).list();
    }

    private void unschedule(String id, String reference) {
        jdbc.sql("update advisory set publish_at = null, scheduled_by = null where id = ?").param(id).update();
        audit.record(AuditEntry.of("advisory.unscheduled", "advisory", id, "the agreement on " + reference
                + " no longer gives one instant"));
    }
}
