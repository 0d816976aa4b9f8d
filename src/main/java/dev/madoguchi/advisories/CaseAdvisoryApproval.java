package dev.madoguchi.advisories;

import java.util.List;

import dev.madoguchi.cases.AdvisoryApproval;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a case's advisory is ready for its agreed publication, for the reminders of the cases module (issue 10:
 * remind "if the advisory is not approved yet"). Every advisory covering one of the case's vulnerabilities counts,
 * withdrawn ones aside: each must have its current edition approved by the second PSIRT member (four eyes; scheduled
 * or not), or be published with no edit since (publishing clears the approval and the editors, an edit lists its
 * editor again). A case without any such advisory is not approved: nothing is ready to publish on the date; nor is one
 * with a vulnerability that no advisory covers.
 */
@Component
class CaseAdvisoryApproval implements AdvisoryApproval {

    private final JdbcClient jdbc;

    CaseAdvisoryApproval(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean approvedFor(long caseId) {
        List<Boolean> ready = jdbc.sql("""
                select coalesce(a.approved_edition = a.edition, false)
                       or (a.state = 'published'
                           and not exists (select 1 from advisory_editor e where e.advisory_id = a.id))
                from advisory a
                where a.state <> 'withdrawn'
                  and exists (select 1 from advisory_vulnerability av join vulnerability v on v.id = av.vulnerability_id
                              where av.advisory_id = a.id and v.case_id = ?)""")
                .param(caseId).query(Boolean.class).list();
        // a vulnerability found after the advisory was approved, and in none, is not ready to publish either
        boolean everyVulnerabilityCovered = jdbc.sql("""
                select not exists (
                    select 1 from vulnerability v where v.case_id = ?
                      and not exists (select 1 from advisory_vulnerability av join advisory a on a.id = av.advisory_id
                                      where av.vulnerability_id = v.id and a.state <> 'withdrawn'))""")
                .param(caseId).query(Boolean.class).single();
        return !ready.isEmpty() && ready.stream().allMatch(Boolean::booleanValue) && everyVulnerabilityCovered;
    }
}
