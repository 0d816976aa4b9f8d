package dev.madoguchi.advisories;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.madoguchi.shared.SqlInstants;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Everything the public portal lists, read only from {@code advisory_public} and {@code advisory_rendition}, which
 * hold nothing before the publication transaction commits: no filter, search or page can reveal an embargoed
 * advisory, because no query here ever touches the working tables.
 */
@Component
class PortalQuery {

    /** One line of the public list. */
    record Entry(String id, String titleJa, String titleEn, String summaryJa, String summaryEn, Instant firstPublished,
            Instant lastUpdated, int revision, String severity, BigDecimal score, List<String> cveIds,
            boolean withdrawn) {

        public String title(String language) {
            return new Bilingual(titleJa, titleEn).in(language);
        }
    }

    /** A page of the list with the total that matched. */
    record Page(List<Entry> entries, int total, int page) {

        public int pages() {
            return Math.max(1, (total + PortalFilter.PAGE_SIZE - 1) / PortalFilter.PAGE_SIZE);
        }
    }

    /** A stored rendition with its validators. */
    record Rendition(byte[] content, String etag, Instant modifiedAt) {
    }

    /** A credited name and the year of the advisory that thanked them. */
    record Credit(int year, String name, String advisoryId) {
    }

    private static final String COLUMNS = """
            advisory_id, title_ja, title_en, summary_ja, summary_en, first_published, last_updated, revision,
            severity, max_score, cve_ids, withdrawn""";

    private final JdbcClient jdbc;

    PortalQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page list(PortalFilter f) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (!f.q().isEmpty()) {
            // Japanese input methods type the ideographic space (U+3000) between words
            for (String word : f.q().toLowerCase(java.util.Locale.ROOT).split("[\\s\u3000]+")) {
                // "like" rather than strpos so that the trigram index (V030) can find the rows
                where.append(" and search_text like ? escape '\\'");
                params.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        if (f.product() != null) {
            where.append(" and product_ids @> array[?]::bigint[]");
            params.add(f.product());
        }
        if (f.year() != null) {
            where.append(" and year = ?");
            params.add(f.year());
        }
        if (!f.severity().isEmpty()) {
            where.append(" and severity_rank >= ?");
            params.add(PortalSeverity.rank(f.severity()));
        }
        if (!f.cve().isEmpty()) {
            where.append(" and cve_ids @> array[?]::text[]");
            params.add(f.cve());
        }
        List<Object> paged = new ArrayList<>(params);
        paged.add(PortalFilter.PAGE_SIZE);
        paged.add(f.offset());
        if (!f.q().isEmpty()) {
            // a search reads its matching rows through the trigram index and rechecks them in the table: counting
            // them in the same scan (a window over the matches) halves the work; without words, an index-only count
            // and an index scan of one page are cheaper than visiting every row
            int[] total = {-1};
            List<Entry> entries = jdbc.sql("select " + COLUMNS + ", count(*) over () as total from advisory_public"
                    + where + " order by first_published desc, advisory_id desc limit ? offset ?").params(paged)
                    .query((rs, n) -> {
                        total[0] = rs.getInt("total");
                        return entry(rs);
                    }).list();
            return new Page(entries, total[0] >= 0 ? total[0] : count(where, params), f.page());
        }
        List<Entry> entries = jdbc.sql("select " + COLUMNS + " from advisory_public" + where
                + " order by first_published desc, advisory_id desc limit ? offset ?").params(paged)
                .query((rs, n) -> entry(rs)).list();
        return new Page(entries, count(where, params), f.page());
    }

    private int count(CharSequence where, List<Object> params) {
        return jdbc.sql("select count(*) from advisory_public" + where).params(params).query(Integer.class).single();
    }

    /** A published advisory's latest snapshot, as the feeds read it. */
    record Published(String snapshotJson, boolean withdrawn) {
    }

    /** The most recently changed advisories, for the feeds. */
    List<Published> newest(int limit) {
        return jdbc.sql("select snapshot::text as snapshot, withdrawn from advisory_public"
                + " order by last_updated desc, advisory_id desc limit ?").param(limit)
                .query((rs, n) -> new Published(rs.getString("snapshot"), rs.getBoolean("withdrawn"))).list();
    }

    /**
     * A fingerprint of everything public: a publication adds a row, an update raises a revision, a withdrawal marks
     * one, so any change changes it (unlike the newest date, which two advisories published at one instant share).
     */
    String version() {
        return jdbc.sql("""
                select concat(count(*), '-', coalesce(sum(revision), 0), '-', count(*) filter (where withdrawn), '-',
                  coalesce(extract(epoch from max(last_updated))::bigint, 0)) from advisory_public""")
                .query(String.class).single();
    }

    Optional<Instant> lastChange() {
        return jdbc.sql("select last_updated from advisory_public order by last_updated desc limit 1")
                .query((rs, n) -> SqlInstants.read(rs, "last_updated")).optional();
    }

    /**
     * The years that have advisories, for the list's filter. Every list page shows them, and they change only with a
     * publication in a new year, so each node reads them at most once a second (a display aid: the list itself and
     * every advisory are always read afresh).
     */
    List<Integer> years() {
        Years cached = years;
        long now = System.nanoTime();
        if (cached == null || now - cached.readAt() > 1_000_000_000L) {
            cached = new Years(jdbc.sql("select distinct year from advisory_public order by year desc")
                    .query(Integer.class).list(), now);
            years = cached;
        }
        return cached.years();
    }

    private record Years(List<Integer> years, long readAt) {
    }

    private volatile Years years;

    List<Entry> ofProduct(long productId) {
        return jdbc.sql("select " + COLUMNS + " from advisory_public where product_ids @> array[?]::bigint[]"
                + " order by first_published desc, advisory_id desc").param(productId)
                .query((rs, n) -> entry(rs)).list();
    }

    Optional<Rendition> rendition(String id, String kind, String language) {
        return jdbc.sql("""
                select r.content, r.etag, r.modified_at from advisory_rendition r
                join advisory_public p on p.advisory_id = r.advisory_id
                where r.advisory_id = ? and r.kind = ? and r.language = ?""").params(id, kind, language)
                .query((rs, n) -> new Rendition(rs.getBytes("content"), rs.getString("etag"),
                        SqlInstants.read(rs, "modified_at")))
                .optional();
    }

    /** Everyone thanked in a published (not withdrawn) advisory, newest year first, each name once a year. */
    List<Credit> credits(String language) {
        String column = "ja".equals(language) ? "acknowledged_ja" : "acknowledged_en";
        return jdbc.sql("select year, name, min(advisory_id) as advisory_id from advisory_public, unnest(" + column
                + ") as name where not withdrawn group by year, name order by year desc, name")
                .query((rs, n) -> new Credit(rs.getInt("year"), rs.getString("name"), rs.getString("advisory_id")))
                .list();
    }

    /** Every published advisory's address, for the sitemap. */
    List<Entry> all() {
        return jdbc.sql("select " + COLUMNS + " from advisory_public order by first_published desc")
                .query((rs, n) -> entry(rs)).list();
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(rs.getString("advisory_id"), rs.getString("title_ja"), rs.getString("title_en"),
                rs.getString("summary_ja"), rs.getString("summary_en"), SqlInstants.read(rs, "first_published"),
                SqlInstants.read(rs, "last_updated"), rs.getInt("revision"), rs.getString("severity"),
                rs.getBigDecimal("max_score"), strings(rs.getArray("cve_ids")), rs.getBoolean("withdrawn"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
