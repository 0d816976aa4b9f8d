package dev.madoguchi.cases;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.madoguchi.audit.AuditEntry;
import dev.madoguchi.audit.AuditTrail;
import dev.madoguchi.identity.StaffDirectory;
import dev.madoguchi.shared.SqlInstants;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The product development divisions (NEC policy 2-3: "the product development divisions should investigate the
 * impact of the vulnerability on the product") and their members, managed by administrators. Every member of a
 * division sees the cases the division takes part in.
 */
@Component
public class Divisions {

    /** A division with its members' user names. */
    public record Division(long id, String name, List<String> members) {
    }

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final Clock clock;

    Divisions(JdbcClient jdbc, StaffDirectory staff, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Division> all() {
        record Row(long id, String name, List<Long> members) {
        }
        List<Row> rows = jdbc.sql("""
                select d.id, d.name, coalesce(array_agg(m.user_id) filter (where m.user_id is not null), '{}') as members
                from division d left join division_member m on m.division_id = d.id
                group by d.id order by d.name""")
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("name"),
                        List.of((Long[]) rs.getArray("members").getArray())))
                .list();
        Map<Long, String> names = staff.byIds(rows.stream().flatMap(r -> r.members().stream()).toList()).stream()
                .collect(Collectors.toMap(StaffDirectory.StaffMember::id, StaffDirectory.StaffMember::username));
        return rows.stream().map(r -> new Division(r.id(), r.name(),
                r.members().stream().map(names::get).filter(Objects::nonNull).sorted().toList())).toList();
    }

    public Optional<Division> byId(long id) {
        return all().stream().filter(d -> d.id() == id).findFirst();
    }

    @Transactional
    public long create(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new CaseRuleViolation("division.name.invalid");
        }
        try {
            long id = jdbc.sql("insert into division (name, created_at) values (?, ?) returning id")
                    .params(name.strip(), SqlInstants.toSql(clock.instant())).query(Long.class).single();
            audit.record(AuditEntry.of("division.created", "division", id, "name: " + name.strip()));
            return id;
        } catch (DuplicateKeyException e) {
            throw new CaseRuleViolation("division.name.taken");
        }
    }

    @Transactional
    public void addMember(long divisionId, long userId, String username) {
        jdbc.sql("insert into division_member (division_id, user_id) values (?, ?) on conflict do nothing")
                .params(divisionId, userId).update();
        audit.record(AuditEntry.of("division.member-added", "division", divisionId, "member: " + username));
    }

    @Transactional
    public void removeMember(long divisionId, long userId, String username) {
        jdbc.sql("delete from division_member where division_id = ? and user_id = ?").params(divisionId, userId)
                .update();
        audit.record(AuditEntry.of("division.member-removed", "division", divisionId, "member: " + username));
    }
}
