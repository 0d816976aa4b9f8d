package dev.madoguchi.coordinators;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import dev.madoguchi.audit.AuditEntry;
import dev.madoguchi.audit.AuditTrail;
import dev.madoguchi.identity.StaffDirectory;
import dev.madoguchi.shared.NotFoundException;
import dev.madoguchi.shared.Refusal;
import dev.madoguchi.shared.Role;
import dev.madoguchi.shared.SqlInstants;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which COORDINATOR accounts speak for an organization (issue 10), kept by administrators on the organization's
 * page. Only an active account with the COORDINATOR role becomes a contact, and it belongs to at most one
 * organization. Being a contact opens no case by itself: an account sees only the cases it is added to (the
 * need-to-know rule of the cases issue), and removing it ends the access it was given through the organization
 * ({@link CoordinatorContactRemoved}). Every change is audited.
 */
@Service
class CoordinatorContacts {

    private final Coordinators coordinators;
    private final StaffDirectory staff;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CoordinatorContacts(Coordinators coordinators, StaffDirectory staff, JdbcClient jdbc, AuditTrail audit,
            Clock clock, ApplicationEventPublisher events) {
        this.coordinators = coordinators;
        this.events = events;
        this.staff = staff;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The active COORDINATOR accounts that are no organization's contact yet, by user name. */
    List<StaffDirectory.StaffMember> candidates() {
        List<Long> taken = jdbc.sql("select user_id from coordinator_contact").query(Long.class).list();
        return staff.withRole(Role.COORDINATOR).stream().filter(m -> !taken.contains(m.id())).toList();
    }

    @Transactional
    void add(long organizationId, String username, String actor) {
        CoordinatorOrganization organization = organization(organizationId);
        StaffDirectory.StaffMember member = staff.byUsername(username.strip())
                .filter(StaffDirectory.StaffMember::active).filter(m -> m.hasRole(Role.COORDINATOR))
                .orElseThrow(() -> new Refusal("coordinators.contact.not-coordinator", username.strip()));
        int added = jdbc.sql("""
                insert into coordinator_contact (user_id, organization_id, added_by, added_at) values (?, ?, ?, ?)
                on conflict (user_id) do nothing""")
                .params(member.id(), organizationId, actor, SqlInstants.toSql(clock.instant())).update();
        if (added == 0) {
            Optional<CoordinatorOrganization> current = coordinators.organizationOf(member.id());
            if (current.map(CoordinatorOrganization::id).orElse(organizationId) == organizationId) {
                return;
            }
            throw new Refusal("coordinators.contact.elsewhere", member.username(), current.get().shortName());
        }
        audit.record(AuditEntry.of("coordinator.contact-added", "coordinator-organization", organizationId,
                member.username() + " added to " + organization.shortName()));
    }

    @Transactional
    void remove(long organizationId, long userId) {
        CoordinatorOrganization organization = organization(organizationId);
        int removed = jdbc.sql("delete from coordinator_contact where organization_id = ? and user_id = ?")
                .params(organizationId, userId).update();
        if (removed > 0) {
            String who = staff.byId(userId).map(StaffDirectory.StaffMember::username).orElse("user " + userId);
            audit.record(AuditEntry.of("coordinator.contact-removed", "coordinator-organization", organizationId,
                    who + " removed from " + organization.shortName()));
            events.publishEvent(new CoordinatorContactRemoved(userId, organizationId, currentActor()));
        }
    }

    /** The signed-in administrator, as the audit trail names the actor; {@code system} outside a request. */
    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    private CoordinatorOrganization organization(long id) {
        return coordinators.byId(id).orElseThrow(() -> new NotFoundException("coordinator " + id));
    }
}
