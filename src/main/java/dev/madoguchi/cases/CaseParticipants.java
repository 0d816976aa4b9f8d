package dev.madoguchi.cases;

import java.util.List;

import dev.madoguchi.identity.StaffDirectory;
import dev.madoguchi.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works a case: its PSIRT handler, the divisions whose members all see it, and the individual coordinators
 * (e.g. a JPCERT/CC contact) added to it. Nobody else learns anything about an undisclosed case.
 */
@Component
class CaseParticipants {

    /** The divisions and coordinators of a case, by name. */
    record Participants(List<Divisions.Division> divisions, List<StaffDirectory.StaffMember> coordinators) {
    }

    private final Cases cases;
    private final CaseWorkflow workflow;
    private final CaseTimeline timeline;
    private final Divisions divisions;
    private final StaffDirectory staff;
    private final JdbcClient jdbc;

    CaseParticipants(Cases cases, CaseWorkflow workflow, CaseTimeline timeline, Divisions divisions,
            StaffDirectory staff, JdbcClient jdbc) {
        this.cases = cases;
        this.workflow = workflow;
        this.timeline = timeline;
        this.divisions = divisions;
        this.staff = staff;
        this.jdbc = jdbc;
    }

    Participants of(long caseId) {
        List<Long> divisionIds = jdbc.sql("select division_id from case_division where case_id = ?").param(caseId)
                .query(Long.class).list();
        List<Long> coordinatorIds = jdbc.sql("select user_id from case_coordinator where case_id = ?").param(caseId)
                .query(Long.class).list();
        return new Participants(divisions.all().stream().filter(d -> divisionIds.contains(d.id())).toList(),
                staff.byIds(coordinatorIds));
    }

    @Transactional
    void assign(String reference, CaseViewer viewer, String username) {
        Case c = workflow.handled(reference, viewer);
        StaffDirectory.StaffMember handler = staff.byUsername(username).filter(StaffDirectory.StaffMember::active)
                .filter(m -> m.hasRole(Role.PSIRT)).orElseThrow(() -> new CaseRuleViolation("case.handler.invalid"));
        cases.update(c.id(), "handler_id = ?, handler_username = ?", handler.id(), handler.username());
        timeline.record(c, viewer.username(), "assigned", "handler: " + (c.handler() == null ? "none" : c.handler())
                + " -> " + handler.username());
    }

    @Transactional
    void addDivision(String reference, CaseViewer viewer, long divisionId) {
        Case c = workflow.handled(reference, viewer);
        Divisions.Division division = divisions.byId(divisionId)
                .orElseThrow(() -> new CaseRuleViolation("division.unknown"));
        jdbc.sql("insert into case_division (case_id, division_id) values (?, ?) on conflict do nothing")
                .params(c.id(), divisionId).update();
        timeline.record(c, viewer.username(), "division-added", division.name());
    }

    @Transactional
    void removeDivision(String reference, CaseViewer viewer, long divisionId) {
        Case c = workflow.handled(reference, viewer);
        jdbc.sql("delete from case_division where case_id = ? and division_id = ?").params(c.id(), divisionId)
                .update();
        timeline.record(c, viewer.username(), "division-removed",
                divisions.byId(divisionId).map(Divisions.Division::name).orElse("division " + divisionId));
    }

    @Transactional
    void addCoordinator(String reference, CaseViewer viewer, String username) {
        Case c = workflow.handled(reference, viewer);
        StaffDirectory.StaffMember coordinator = staff.byUsername(username)
                .filter(StaffDirectory.StaffMember::active).filter(m -> m.hasRole(Role.COORDINATOR))
                .orElseThrow(() -> new CaseRuleViolation("case.coordinator.invalid"));
        jdbc.sql("insert into case_coordinator (case_id, user_id) values (?, ?) on conflict do nothing")
                .params(c.id(), coordinator.id()).update();
        timeline.record(c, viewer.username(), "coordinator-added", coordinator.username());
    }

    @Transactional
    void removeCoordinator(String reference, CaseViewer viewer, String username) {
        Case c = workflow.handled(reference, viewer);
        staff.byUsername(username).ifPresent(m -> jdbc.sql("delete from case_coordinator where case_id = ? "
                + "and user_id = ?").params(c.id(), m.id()).update());
        timeline.record(c, viewer.username(), "coordinator-removed", username);
    }
}
