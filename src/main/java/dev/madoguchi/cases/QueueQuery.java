package dev.madoguchi.cases;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import dev.madoguchi.shared.SqlInstants;

/**
 * The queue's SQL for one viewer and filter: the visible cases matching the filter, soonest deadline first.
 *
 * <p>Whoever sees every case reads the deadline index directly. Anyone else sees a few percent of the cases
 * (need-to-know, both seed policies), so the query first takes candidates: for each of the viewer's divisions its
 * cases in deadline order up to the end of the requested page (a case outside a division's first {@code offset +
 * size} cannot be on the page), plus every case the viewer coordinates. The outer query then applies the whole
 * filter and visibility rule again to that small set, so a candidate list that took too much can never show more.
 */
final class QueueQuery {

    private static final String COLUMNS = """
            select c.id, c.reference, c.title, c.state, c.opened_at, c.handler_username, c.next_deadline,
                   (select string_agg(d.name, ', ' order by d.name) from case_division cd
                      join division d on d.id = cd.division_id where cd.case_id = c.id) as divisions
            """;

    private final QueueFilter filter;
    private final CaseViewer viewer;
    private final Map<String, Object> params = new HashMap<>();

    QueueQuery(QueueFilter filter, CaseViewer viewer, Instant now) {
        this.filter = filter;
        this.viewer = viewer;
        params.put("viewer", viewer.userId());
        if (filter.overdueOnly()) {
            params.put("now", SqlInstants.toSql(now));
        }
        if (searching()) {
            String words = SearchTerms.prefixQuery(filter.query());
            if (words != null) {
                params.put("words", words);
            }
            params.put("like", "%" + filter.query().strip().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (hasText(filter.state()) && !filter.state().equals("open")) {
            params.put("state", filter.state());
        }
        if (hasText(filter.handler())) {
            params.put("handler", filter.handler());
        }
        if (filter.divisionId() != null) {
            params.put("division", filter.divisionId());
        }
    }

    Map<String, Object> params() {
        return params;
    }

    String sql() {
        StringBuilder sql = new StringBuilder(COLUMNS).append("from psirt_case c where ");
        if (viewer.seesAll()) {
            sql.append("true");
        } else {
            sql.append("c.id in (").append(candidates()).append(")");
        }
        sql.append(conditions(CaseVisibility.readableThreadText(viewer)));
        // literal limits (integers from code)
        return sql.append(" order by c.next_deadline asc nulls last, c.id desc limit ").append(size())
                .append(" offset ").append(offset()).toString();
    }

    /** The cases that can be on the requested page for a viewer who does not see every case. */
    private String candidates() {
        StringBuilder union = new StringBuilder();
        if (viewer.developer()) {
            // inside a division's own cases, its internal notes are readable; the coordinator thread only where added
            String threads = "c.internal_text ilike :like" + (viewer.coordinator()
                    ? " or (c.coordinator_text ilike :like and c.id in (select cc.case_id from case_coordinator cc "
                            + "where cc.user_id = :viewer))"
                    : "");
            union.append("select x.case_id from division_member dm cross join lateral (select cd.case_id ")
                    .append("from case_division cd join psirt_case c on c.id = cd.case_id ")
                    .append("where cd.division_id = dm.division_id").append(conditions("(" + threads + ")"))
                    .append(" order by cd.next_deadline asc nulls last, cd.case_id desc limit ")
                    .append(offset() + size()).append(") x where dm.user_id = :viewer");
        }
        if (viewer.coordinator()) {
            if (!union.isEmpty()) {
                union.append(" union ");
            }
            union.append("select cc.case_id from case_coordinator cc join psirt_case c on c.id = cc.case_id ")
                    .append("where cc.user_id = :viewer").append(conditions(CaseVisibility.readableThreadText(viewer)));
        }
        return union.isEmpty() ? "select null::bigint where false" : union.toString();
    }

    /** The filter as conditions on a case {@code c}, with the given test for the text of its restricted threads. */
    private String conditions(String threadText) {
        StringBuilder sql = new StringBuilder(" and c.merged_into is null");
        if (hasText(filter.state())) {
            sql.append(filter.state().equals("open") ? " and c.state <> 'closed'" : " and c.state = :state");
        }
        if (hasText(filter.handler())) {
            sql.append(" and c.handler_username = :handler");
        }
        if (filter.divisionId() != null) {
            sql.append(" and exists (select 1 from case_division cd2 where cd2.case_id = c.id "
                    + "and cd2.division_id = :division)");
        }
        if (searching()) {
            // search_text holds the reports' text and the reporters' messages, which every participant may read;
            // coordinator and internal threads are searched only where this viewer may read them
            String text = params.containsKey("words") ? "c.search_words @@ to_tsquery('simple', :words)"
                    : "c.search_text ilike :like";
            sql.append(" and (").append(text).append(" or ").append(threadText).append(")");
        }
        if (filter.overdueOnly()) {
            sql.append(" and c.next_deadline < :now");
        }
        return sql.toString();
    }

    private boolean searching() {
        return hasText(filter.query());
    }

    private int size() {
        return Math.max(1, filter.size());
    }

    private int offset() {
        return Math.max(0, filter.offset());
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
