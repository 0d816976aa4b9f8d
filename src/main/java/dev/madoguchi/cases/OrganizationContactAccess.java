package dev.madoguchi.cases;

import java.util.List;

import dev.madoguchi.coordinators.CoordinatorContactRemoved;
import dev.madoguchi.coordinators.CoordinatorOrganization;
import dev.madoguchi.coordinators.Coordinators;
import dev.madoguchi.identity.StaffDirectory;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Access given to "the contacts of organization X" lasts only while the account is X's contact (issue 10 and the
 * need-to-know rule of the cases issue): when an administrator removes it from X, e.g. a JPCERT/CC person who moved
 * to CERT/CC, it leaves every case it holds only through X, in the removal's own transaction. Cases PSIRT gave it
 * by name stay.
 */
@Component
class OrganizationContactAccess {

    private final Cases cases;
    private final CaseTimeline timeline;
    private final StaffDirectory staff;
    private final Coordinators coordinators;
    private final JdbcClient jdbc;

    OrganizationContactAccess(Cases cases, CaseTimeline timeline, StaffDirectory staff, Coordinators coordinators,
            JdbcClient jdbc) {
        this.cases = cases;
        this.timeline = timeline;
        this.staff = staff;
        this.coordinators = coordinators;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CoordinatorContactRemoved removed) {
        List<Long> caseIds = jdbc.sql("""
                delete from case_coordinator where user_id = ? and via_organization_id = ? returning case_id""")
                .params(removed.userId(), removed.organizationId()).query(Long.class).list();
        if (caseIds.isEmpty()) {
            return;
        }
        String who = staff.byId(removed.userId()).map(StaffDirectory.StaffMember::username)
                .orElse("user " + removed.userId());
        String organization = coordinators.byId(removed.organizationId()).map(CoordinatorOrganization::shortName)
                .orElse("organization " + removed.organizationId());
        for (long caseId : caseIds) {
            cases.byId(caseId).ifPresent(c -> timeline.recordAs(c, removed.actor(), "coordinator-removed",
                    who + ": no longer a contact of " + organization));
        }
    }
}
