package dev.madoguchi.cases;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.madoguchi.coordinators.CoordinatorOrganization;
import dev.madoguchi.coordinators.Coordinators;
import dev.madoguchi.identity.StaffDirectory;
import dev.madoguchi.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works a case: its PSIRT handler, the divisions whose members all see it, and the individual coordinators
 * (e.g. a JPCERT/CC contact) added to it, one by one or all the contacts of an organization at once (issue 10).
 * Nobody else learns anything about an undisclosed case: being an organization's contact opens no case by itself.
 */
@Component
class CaseParticipants {

    /**
     * The divisions and coordinators of a case, by name; the organization each coordinator account speaks for, and
     * the active organizations whose contacts may be given access together.
     */
    record Participants(List<Divisions.Division> divisions, List<StaffDirectory.StaffMember> coordinators,
            Map<Long, CoordinatorOrganization> organizations, List<CoordinatorOrganization> withContacts) {

        /** The account's user name and, if it speaks for an organization, that organization's short name. */
        public String label(StaffDirectory.StaffMember member) {
            CoordinatorOrganization organization = organizations.get(member.id());
            return organization == null ? member.username() : member.username() + " (" + organization.shortName() + ")";
        }
    }

    private final Cases cases;
    private final CaseWorkflow workflow;
    private final CaseTimeline timeline;
    private final Divisions divisions;
    private final StaffDirectory staff;
    private final Coordinators coordinators;
    private final JdbcClient jdbc;

    CaseParticipants(Cases cases, CaseWorkflow workflow, CaseTimeline timeline, Divisions divisions,
            StaffDirectory staff, Coordinators coordinators, JdbcClient jdbc) {
        this.coordinators = coordinators;
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
        // every active coordinator account, so that the picker names their organizations too; the organizations
        // with at least one of them are those whose contacts can be given access together
        List<Long> accounts = staff.withRole(Role.COORDINATOR).stream().map(StaffDirectory.StaffMember::id).toList();
        Map<Long, CoordinatorOrganization> organizations = coordinators.organizationsOf(
                Stream.concat(accounts.stream(), coordinatorIds.stream()).toList());
        List<CoordinatorOrganization> withContacts = accounts.stream().map(organizations::get)
                .filter(o -> o != null && o.active()).distinct()
                .sorted(Comparator.comparing(CoordinatorOrganization::shortName)).toList();
        return new Participants(divisions.all().stream().filter(d -> divisionIds.contains(d.id())).toList(),
                staff.byIds(coordinatorIds), organizations, withContacts);
    }

    /** The contacts of the organization that a case admits: active accounts that still hold the COORDINATOR role. */
    private List<StaffDirectory.StaffMember> admitted(CoordinatorOrganization organization) {
        return coordinators.contactsOf(organization.id()).stream().filter(StaffDirectory.StaffMember::active)
                .filter(m -> m.hasRole(Role.COORDINATOR)).toList();
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
        // PSIRT chose the person: the access no longer hangs on the account's organization, even if it came
        // through it before
        jdbc.sql("""
                insert into case_coordinator (case_id, user_id) values (?, ?)
                on conflict (case_id, user_id) do update set via_organization_id = null""")
                .params(c.id(), coordinator.id()).update();
        timeline.record(c, viewer.username(), "coordinator-added", coordinator.username());
    }

    /**
     * Gives every contact of the organization access to the case (issue 10), each recorded as an added coordinator;
     * the accounts already on the case are left as they are. Each still sees only the cases it is on, and loses this
     * one when it stops being the organization's contact ({@link OrganizationContactAccess}).
     */
    @Transactional
    void addOrganizationContacts(String reference, CaseViewer viewer, long organizationId) {
        Case c = workflow.handled(reference, viewer);
        CoordinatorOrganization organization = coordinators.byId(organizationId)
                .filter(CoordinatorOrganization::active)
                .orElseThrow(() -> new CaseRuleViolation("case.coordinator.unknown"));
        List<StaffDirectory.StaffMember> contacts = admitted(organization);
        if (contacts.isEmpty()) {
            throw new CaseRuleViolation("case.coordinators.organization.no-contacts", organization.shortName());
        }
        for (StaffDirectory.StaffMember contact : contacts) {
            if (admit(c, contact, organization)) {
                timeline.record(c, viewer.username(), "coordinator-added",
                        contact.username() + " (" + organization.shortName() + ")");
            }
        }
    }

    /** Adds the account to the case's coordinators through the organization; false if it was already one. */
    private boolean admit(Case c, StaffDirectory.StaffMember coordinator, CoordinatorOrganization organization) {
        return jdbc.sql("""
                insert into case_coordinator (case_id, user_id, via_organization_id) values (?, ?, ?)
                on conflict do nothing""").params(c.id(), coordinator.id(), organization.id()).update() > 0;
    }

    @Transactional
    void removeCoordinator(String reference, CaseViewer viewer, String username) {
        Case c = workflow.handled(reference, viewer);
        staff.byUsername(username).ifPresent(m -> jdbc.sql("delete from case_coordinator where case_id = ? "
                + "and user_id = ?").params(c.id(), m.id()).update());
        timeline.record(c, viewer.username(), "coordinator-removed", username);
    }
}
