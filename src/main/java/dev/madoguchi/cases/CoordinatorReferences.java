package dev.madoguchi.cases;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

import dev.madoguchi.coordinators.CoordinatorOrganization;
import dev.madoguchi.coordinators.Coordinators;
import dev.madoguchi.shared.NotFoundException;
import dev.madoguchi.shared.SqlInstants;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinators' references of a case (issue 10): which organization, its case number, JVN ID and JVNVU ID.
 * Only PSIRT handlers record them; everyone who sees the case reads them; the IDs join the case's search text so that
 * a mail from JPCERT/CC quoting one finds the case.
 */
@Component
class CoordinatorReferences {

    /** JVN identifiers as JVN writes them: {@code JVN#12345678}, {@code JVNVU#12345678}. */
    static final Pattern JVN_ID = Pattern.compile("JVN#\\d{8}");
    static final Pattern JVNVU_ID = Pattern.compile("JVNVU#\\d{8}");
    static final int CASE_NUMBER_MAX = 100;

    private final Cases cases;
    private final Coordinators coordinators;
    private final CaseTimeline timeline;
    private final JdbcClient jdbc;
    private final Clock clock;

    CoordinatorReferences(Cases cases, Coordinators coordinators, CaseTimeline timeline, JdbcClient jdbc,
            Clock clock) {
        this.cases = cases;
        this.coordinators = coordinators;
        this.timeline = timeline;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The case if the viewer speaks for PSIRT to coordinators; anyone else is answered like a missing case. */
    Case handled(String reference, CaseViewer viewer) {
        return cases.find(reference, viewer).filter(c -> viewer.handles())
                .orElseThrow(() -> new NotFoundException("coordinator references of " + reference));
    }

    /** The organizations a case may be handed to now. */
    List<CoordinatorOrganization> organizations() {
        return coordinators.active();
    }

    /** An active organization, or a refusal (a tampered or stale form). */
    CoordinatorOrganization organization(long id) {
        return coordinators.byId(id).filter(CoordinatorOrganization::active)
                .orElseThrow(() -> new CaseRuleViolation("case.coordinator.unknown"));
    }

    /** The references of the case; the organization named through the coordinators module, never its table. */
    List<CoordinatorReference> of(long caseId) {
        return jdbc.sql("""
                select organization_id, case_number, jvn_id, jvnvu_id, updated_by, updated_at
                from case_coordinator_reference where case_id = ? order by organization_id""")
                .param(caseId)
                .query((rs, n) -> new CoordinatorReference(rs.getLong("organization_id"),
                        coordinators.byId(rs.getLong("organization_id")).map(CoordinatorOrganization::shortName)
                                .orElse("#" + rs.getLong("organization_id")),
                        rs.getString("case_number"), rs.getString("jvn_id"), rs.getString("jvnvu_id"),
                        rs.getString("updated_by"), SqlInstants.read(rs, "updated_at")))
                .list();
    }

    /** Records (or replaces) the organization's references for the case; blank fields mean "not known yet". */
    @Transactional
    void record(String reference, CaseViewer viewer, long organizationId, String caseNumber, String jvnId,
            String jvnvuId) {
        Case c = handled(reference, viewer);
        CoordinatorOrganization organization = organization(organizationId);
        String number = blankToNull(caseNumber);
        String jvn = blankToNull(jvnId);
        String jvnvu = blankToNull(jvnvuId);
        if (number != null && (number.length() > CASE_NUMBER_MAX || number.chars().anyMatch(Character::isISOControl))) {
            throw new CaseRuleViolation("case.coordinator.case-number.invalid", CASE_NUMBER_MAX);
        }
        if (jvn != null && !JVN_ID.matcher(jvn).matches()) {
            throw new CaseRuleViolation("case.coordinator.jvn.invalid", jvn);
        }
        if (jvnvu != null && !JVNVU_ID.matcher(jvnvu).matches()) {
            throw new CaseRuleViolation("case.coordinator.jvnvu.invalid", jvnvu);
        }
        jdbc.sql("""
                insert into case_coordinator_reference (case_id, organization_id, case_number, jvn_id, jvnvu_id,
                                                        updated_by, updated_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (case_id, organization_id) do update set case_number = excluded.case_number,
                    jvn_id = excluded.jvn_id, jvnvu_id = excluded.jvnvu_id, updated_by = excluded.updated_by,
                    updated_at = excluded.updated_at""")
                .params(c.id(), organization.id(), number, jvn, jvnvu, viewer.username(),
                        SqlInstants.toSql(clock.instant()))
                .update();
        String ids = String.join(" ", java.util.stream.Stream.of(number, jvn, jvnvu)
                .filter(java.util.Objects::nonNull).toList());
        if (!ids.isEmpty()) {
            cases.addSearchText(c.id(), ids);
        }
        timeline.record(c, viewer.username(), "coordinator-references", organization.shortName() + ": "
                + (ids.isEmpty() ? "none" : ids));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
