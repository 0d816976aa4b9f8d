package dev.madoguchi.products;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.madoguchi.shared.SqlInstants;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The catalog's tables: families, products, former names, regional variants and versions. */
@Repository
class Products {

    private static final String SELECT = """
            select p.*, f.name_en as family_name_en, f.name_ja as family_name_ja, d.name as division_name
            from product p left join product_family f on f.id = p.family_id join division d on d.id = p.division_id
            """;

    private final JdbcClient jdbc;

    Products(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Product> byId(long id) {
        return jdbc.sql(SELECT + " where p.id = ?").param(id).query(Products::product).optional();
    }

    /** Products whose current or former name, or a model number, contains the text; all when it is blank. */
    List<Product> search(String text, Long divisionId, Long familyId) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder(SELECT).append(" where true");
        if (text != null && !text.isBlank()) {
            params.put("like", "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    + "%");
            sql.append("""
                     and ((p.name_en || ' ' || p.name_ja) ilike :like
                          or exists (select 1 from unnest(p.model_numbers) m where m ilike :like)
                          or exists (select 1 from product_former_name n where n.product_id = p.id
                                     and (n.name_en ilike :like or n.name_ja ilike :like))
                          or exists (select 1 from product_variant v where v.product_id = p.id
                                     and (v.name_en ilike :like or v.name_ja ilike :like
                                          or v.model_number ilike :like)))
                    """);
        }
        if (divisionId != null) {
            sql.append(" and p.division_id = :division");
            params.put("division", divisionId);
        }
        if (familyId != null) {
            sql.append(" and p.family_id = :family");
            params.put("family", familyId);
        }
        sql.append(" order by lower(p.name_en)");
        return jdbc.sql(sql.toString()).params(params).query(Products::product).list();
    }

    /** The product that carries or carried this English name (case-insensitive), current names first. */
    Optional<Product> byName(String nameEn) {
        return jdbc.sql(SELECT + """
                 where lower(p.name_en) = lower(:name)
                    or p.id in (select n.product_id from product_former_name n where lower(n.name_en) = lower(:name))
                 order by (lower(p.name_en) = lower(:name)) desc limit 1""")
                .param("name", nameEn).query(Products::product).optional();
    }

    long insert(ProductDraft d, Instant now) {
        return jdbc.sql("""
                insert into product (family_id, name_en, name_ja, model_numbers, division_id, version_scheme,
                                     end_of_life_on, cpe, purl, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(d.familyId(), d.nameEn(), d.nameJa(), d.modelNumbers().toArray(new String[0]), d.divisionId(),
                        d.versionScheme(), date(d.endOfLifeOn()), d.cpe(), d.purl(), SqlInstants.toSql(now),
                        SqlInstants.toSql(now))
                .query(Long.class).single();
    }

    void update(long id, ProductDraft d, Instant now) {
        jdbc.sql("""
                update product set family_id = ?, name_en = ?, name_ja = ?, model_numbers = ?, division_id = ?,
                                   version_scheme = ?, end_of_life_on = ?, cpe = ?, purl = ?, updated_at = ?
                where id = ?""")
                .params(d.familyId(), d.nameEn(), d.nameJa(), d.modelNumbers().toArray(new String[0]), d.divisionId(),
                        d.versionScheme(), date(d.endOfLifeOn()), d.cpe(), d.purl(), SqlInstants.toSql(now), id)
                .update();
    }

    /** Takes the row lock that serialises changes to one product's versions across nodes. */
    void lock(long id) {
        jdbc.sql("select id from product where id = ? for update").param(id).query(Long.class).optional();
    }

    void addFormerName(long productId, String nameEn, String nameJa, Instant at, String by) {
        jdbc.sql("""
                insert into product_former_name (product_id, name_en, name_ja, replaced_at, replaced_by)
                values (?, ?, ?, ?, ?)""").params(productId, nameEn, nameJa, SqlInstants.toSql(at), by).update();
    }

    List<FormerName> formerNames(long productId) {
        return jdbc.sql("""
                select name_en, name_ja, replaced_at, replaced_by from product_former_name where product_id = ?
                order by replaced_at desc, id desc""").param(productId)
                .query((rs, n) -> new FormerName(rs.getString("name_en"), rs.getString("name_ja"),
                        SqlInstants.read(rs, "replaced_at"), rs.getString("replaced_by")))
                .list();
    }

    List<ProductFamily> families() {
        return jdbc.sql("select id, name_en, name_ja from product_family order by lower(name_en)")
                .query((rs, n) -> new ProductFamily(rs.getLong("id"), rs.getString("name_en"), rs.getString("name_ja")))
                .list();
    }

    long insertFamily(String nameEn, String nameJa, Instant now) {
        return jdbc.sql("insert into product_family (name_en, name_ja, created_at) values (?, ?, ?) returning id")
                .params(nameEn, nameJa, SqlInstants.toSql(now)).query(Long.class).single();
    }

    Optional<Long> familyByName(String nameEn) {
        return jdbc.sql("select id from product_family where lower(name_en) = lower(?)").param(nameEn)
                .query(Long.class).optional();
    }

    List<ProductVariant> variants(long productId) {
        return jdbc.sql("""
                select id, product_id, region, name_en, name_ja, model_number from product_variant
                where product_id = ? order by region, name_en, model_number""").param(productId)
                .query((rs, n) -> new ProductVariant(rs.getLong("id"), rs.getLong("product_id"), rs.getString("region"),
                        rs.getString("name_en"), rs.getString("name_ja"), rs.getString("model_number")))
                .list();
    }

    /** Returns whether a variant was added (the same one twice is kept once). */
    boolean insertVariant(long productId, String region, String nameEn, String nameJa, String modelNumber) {
        return jdbc.sql("""
                insert into product_variant (product_id, region, name_en, name_ja, model_number)
                values (?, ?, ?, ?, ?) on conflict do nothing""")
                .params(productId, region, nameEn, nameJa, modelNumber).update() > 0;
    }

    int deleteVariant(long productId, long variantId) {
        return jdbc.sql("delete from product_variant where id = ? and product_id = ?").params(variantId, productId)
                .update();
    }

    /** The versions in order of entry; the product's version rule orders them for display. */
    List<ProductVersion> versions(long productId) {
        return jdbc.sql("""
                select id, product_id, version, position, released_on from product_version where product_id = ?
                order by position""").param(productId).query(Products::version).list();
    }

    Optional<ProductVersion> version(long productId, String version) {
        return jdbc.sql("""
                select id, product_id, version, position, released_on from product_version
                where product_id = ? and version = ?""").params(productId, version).query(Products::version)
                .optional();
    }

    long insertVersion(long productId, String version, LocalDate releasedOn, Instant now) {
        return jdbc.sql("""
                insert into product_version (product_id, version, position, released_on, created_at)
                values (?, ?, (select coalesce(max(position), 0) + 1 from product_version where product_id = ?), ?, ?)
                returning id""")
                .params(productId, version, productId, date(releasedOn), SqlInstants.toSql(now))
                .query(Long.class).single();
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static ProductVersion version(ResultSet rs, int row) throws SQLException {
        Date released = rs.getDate("released_on");
        return new ProductVersion(rs.getLong("id"), rs.getLong("product_id"), rs.getString("version"),
                rs.getInt("position"), released == null ? null : released.toLocalDate());
    }

    private static Product product(ResultSet rs, int row) throws SQLException {
        Date eol = rs.getDate("end_of_life_on");
        return new Product(rs.getLong("id"), (Long) rs.getObject("family_id"), rs.getString("family_name_en"),
                rs.getString("family_name_ja"), rs.getString("name_en"), rs.getString("name_ja"),
                List.of((String[]) rs.getArray("model_numbers").getArray()), rs.getLong("division_id"),
                rs.getString("division_name"), rs.getString("version_scheme"),
                eol == null ? null : eol.toLocalDate(), rs.getString("cpe"), rs.getString("purl"));
    }
}
