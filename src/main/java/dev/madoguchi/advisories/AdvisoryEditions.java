package dev.madoguchi.advisories;

import java.time.Instant;

import dev.madoguchi.audit.AuditEntry;
import dev.madoguchi.audit.AuditTrail;
import dev.madoguchi.shared.NotFoundException;
import dev.madoguchi.shared.Refusal;
import dev.madoguchi.shared.SqlInstants;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The edition of an advisory's working copy. Approval covers one exact edition (four eyes on exactly the text that
 * will be published), so every edit starts a new edition, which withdraws an approval and the schedule that rested
 * on it, and lists the editor among those who may not approve it.
 */
@Component
class AdvisoryEditions {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    AdvisoryEditions(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Called in the transaction of every edit, before the change is written. */
    void edited(String id, String username, Instant now) {
        record Before(String state, Integer approvedEdition, Instant publishAt) {
        }
        Before before = jdbc.sql("select state, approved_edition, publish_at from advisory where id = ? for update")
                .param(id).query((rs, n) -> new Before(rs.getString("state"), (Integer) rs.getObject(
                        "approved_edition"), SqlInstants.read(rs, "publish_at")))
                .optional().orElseThrow(() -> new NotFoundException("advisory " + id));
        if (before.state().equals("withdrawn")) {
            throw new Refusal("advisory.withdrawn.no-edit");
        }
        jdbc.sql("""
                update advisory set edition = edition + 1, updated_at = ?, approved_edition = null,
                  approved_by = null, approved_at = null, approved_digest = null, publish_at = null,
                  scheduled_by = null
                where id = ?""").params(SqlInstants.toSql(now), id).update();
        jdbc.sql("insert into advisory_editor (advisory_id, username) values (?, ?) on conflict do nothing")
                .params(id, username).update();
        if (before.approvedEdition() != null) {
            audit.record(AuditEntry.of("advisory.approval-withdrawn", "advisory", id,
                    "edited after approval of edition " + before.approvedEdition()
                            + (before.publishAt() != null ? "; publication unscheduled" : "")));
        }
    }
}
