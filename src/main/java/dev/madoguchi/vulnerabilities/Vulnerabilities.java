package dev.madoguchi.vulnerabilities;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.madoguchi.shared.SqlInstants;
import dev.madoguchi.versions.VersionRange;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The vulnerability, vulnerability_impact, remediation and remediation_product tables. */
@Repository
class Vulnerabilities {

    private final JdbcClient jdbc;

    Vulnerabilities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Vulnerability> ofCase(long caseId) {
        return jdbc.sql("select * from vulnerability where case_id = ? order by number").param(caseId)
                .query(Vulnerabilities::vulnerability).list();
    }

    Optional<Vulnerability> byId(long id) {
        return jdbc.sql("select * from vulnerability where id = ?").param(id).query(Vulnerabilities::vulnerability)
                .optional();
    }

    Optional<Vulnerability> byNumber(long caseId, int number) {
        return jdbc.sql("select * from vulnerability where case_id = ? and number = ?").params(caseId, number)
                .query(Vulnerabilities::vulnerability).optional();
    }

    /** Numbers are per case; the case row lock serialises two handlers adding at once on different nodes. */
    int insert(long caseId, VulnerabilityText text, String by, Instant now) {
        jdbc.sql("select id from psirt_case where id = ? for update").param(caseId).query(Long.class).single();
        return jdbc.sql("""
                insert into vulnerability (case_id, number, title_en, title_ja, description_en, description_ja, cwe,
                                           cvss_v3, cvss_v4, third_party_component, upstream_cve, reference_urls,
                                           created_by, created_at, updated_at)
                values (?, (select coalesce(max(number), 0) + 1 from vulnerability where case_id = ?), ?, ?, ?, ?, ?,
                        ?, ?, ?, ?, ?, ?, ?, ?)
                returning number""")
                .params(caseId, caseId, text.titleEn(), text.titleJa(), text.descriptionEn(), text.descriptionJa(),
                        text.cwe(), text.cvssV3(), text.cvssV4(), text.thirdPartyComponent(), text.upstreamCve(),
                        text.references().toArray(new String[0]), by,
                        SqlInstants.toSql(now),
                        SqlInstants.toSql(now))
                .query(Integer.class).single();
    }

    void update(long id, VulnerabilityText text, Instant now) {
        jdbc.sql("""
                update vulnerability set title_en = ?, title_ja = ?, description_en = ?, description_ja = ?, cwe = ?,
                                         cvss_v3 = ?, cvss_v4 = ?, third_party_component = ?, upstream_cve = ?,
                                         reference_urls = ?, updated_at = ?
                where id = ?""")
                .params(text.titleEn(), text.titleJa(), text.descriptionEn(), text.descriptionJa(), text.cwe(),
                        text.cvssV3(), text.cvssV4(), text.thirdPartyComponent(), text.upstreamCve(),
                        text.references().toArray(new String[0]), SqlInstants.toSql(now), id).update();
    }

    /** Marks the given revision reviewed; false when the impact changed since (a newer revision). */
    boolean markReviewed(long id, int revision, String by, Instant at) {
        return jdbc.sql("""
                update vulnerability set impact_reviewed_by = ?, impact_reviewed_at = ?
                where id = ? and impact_revision = ?""")
                .params(by, SqlInstants.toSql(at), id, revision).update() > 0;
    }

    /** Serialises the changes to one vulnerability's impact and remediations across nodes (until commit). */
    void lock(long id) {
        jdbc.sql("select id from vulnerability where id = ? for update").param(id).query(Long.class).single();
    }

    /** A change to the impact or the remediations withdraws the review of them. */
    void withdrawReview(long id) {
        jdbc.sql("""
                update vulnerability set impact_reviewed_by = null, impact_reviewed_at = null,
                                         impact_revision = impact_revision + 1
                where id = ?""")
                .param(id).update();
    }

    List<Impact> impacts(long vulnerabilityId) {
        return jdbc.sql("select * from vulnerability_impact where vulnerability_id = ? order by product_id, id")
                .param(vulnerabilityId).query(Vulnerabilities::impact).list();
    }

    Optional<Impact> impact(long vulnerabilityId, long impactId) {
        return jdbc.sql("select * from vulnerability_impact where vulnerability_id = ? and id = ?")
                .params(vulnerabilityId, impactId).query(Vulnerabilities::impact).optional();
    }

    long insertImpact(long vulnerabilityId, long productId, VersionRange range, ImpactStatus status,
            Justification justification, String statement, String by, Instant now) {
        return jdbc.sql("""
                insert into vulnerability_impact (vulnerability_id, product_id, lower_version, lower_inclusive,
                                                  upper_version, upper_inclusive, status, justification, statement,
                                                  recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(vulnerabilityId, productId, range.lower(), range.lowerInclusive(), range.upper(),
                        range.upperInclusive(), status.code(), justification == null ? null : justification.code(),
                        statement, by, SqlInstants.toSql(now))
                .query(Long.class).single();
    }

    void updateImpact(long impactId, VersionRange range, ImpactStatus status, Justification justification,
            String statement, String by, Instant now) {
        jdbc.sql("""
                update vulnerability_impact set lower_version = ?, lower_inclusive = ?, upper_version = ?,
                       upper_inclusive = ?, status = ?, justification = ?, statement = ?, recorded_by = ?,
                       recorded_at = ?
                where id = ?""")
                .params(range.lower(), range.lowerInclusive(), range.upper(), range.upperInclusive(), status.code(),
                        justification == null ? null : justification.code(), statement, by, SqlInstants.toSql(now),
                        impactId)
                .update();
    }

    void deleteImpact(long impactId) {
        jdbc.sql("delete from vulnerability_impact where id = ?").param(impactId).update();
    }

    List<Remediation> remediations(long vulnerabilityId) {
        return jdbc.sql("""
                select r.*, array(select p.product_id from remediation_product p where p.remediation_id = r.id
                                  order by p.product_id) as product_ids
                from remediation r where r.vulnerability_id = ? order by r.id""")
                .param(vulnerabilityId).query(Vulnerabilities::remediation).list();
    }

    long insertRemediation(long vulnerabilityId, RemediationCategory category, String detailsEn, String detailsJa,
            String fixedVersion, java.time.LocalDate releasedOn, String url, List<Long> productIds, String by,
            Instant now) {
        long id = jdbc.sql("""
                insert into remediation (vulnerability_id, category, details_en, details_ja, fixed_version,
                                         released_on, url, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(vulnerabilityId, category.code(), detailsEn, detailsJa, fixedVersion,
                        releasedOn == null ? null : Date.valueOf(releasedOn), url, by, SqlInstants.toSql(now))
                .query(Long.class).single();
        for (long product : productIds) {
            jdbc.sql("insert into remediation_product (remediation_id, product_id) values (?, ?)")
                    .params(id, product).update();
        }
        return id;
    }

    int deleteRemediation(long vulnerabilityId, long remediationId) {
        return jdbc.sql("delete from remediation where vulnerability_id = ? and id = ?")
                .params(vulnerabilityId, remediationId).update();
    }

    private static Vulnerability vulnerability(ResultSet rs, int row) throws SQLException {
        return new Vulnerability(rs.getLong("id"), rs.getLong("case_id"), rs.getInt("number"), rs.getString("title_en"),
                rs.getString("title_ja"), rs.getString("description_en"), rs.getString("description_ja"),
                rs.getString("cwe"), rs.getString("cvss_v3"), rs.getString("cvss_v4"),
                rs.getString("third_party_component"), rs.getString("upstream_cve"),
                List.of((String[]) rs.getArray("reference_urls").getArray()),
                rs.getString("impact_reviewed_by"), SqlInstants.read(rs, "impact_reviewed_at"),
                rs.getInt("impact_revision"));
    }

    private static Impact impact(ResultSet rs, int row) throws SQLException {
        String justification = rs.getString("justification");
        return new Impact(rs.getLong("id"), rs.getLong("vulnerability_id"), rs.getLong("product_id"),
                new VersionRange(rs.getString("lower_version"), rs.getBoolean("lower_inclusive"),
                        rs.getString("upper_version"), rs.getBoolean("upper_inclusive")),
                ImpactStatus.fromCode(rs.getString("status")),
                justification == null ? null : Justification.fromCode(justification), rs.getString("statement"),
                rs.getString("recorded_by"), SqlInstants.read(rs, "recorded_at"));
    }

    private static Remediation remediation(ResultSet rs, int row) throws SQLException {
        Date released = rs.getDate("released_on");
        return new Remediation(rs.getLong("id"), rs.getLong("vulnerability_id"),
                RemediationCategory.fromCode(rs.getString("category")), rs.getString("details_en"),
                rs.getString("details_ja"), rs.getString("fixed_version"),
                released == null ? null : released.toLocalDate(), rs.getString("url"),
                List.of((Long[]) rs.getArray("product_ids").getArray()), rs.getString("recorded_by"),
                SqlInstants.read(rs, "recorded_at"));
    }
}
