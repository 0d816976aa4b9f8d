package dev.madoguchi.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.madoguchi.shared.DisplayTime;
import dev.madoguchi.shared.SqlInstants;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures of the dashboard, over the cases the viewer may see: cases by state, the share of acknowledgments
 * within the deadline this quarter (the seed policies' 5-business-day promise), and median days to acknowledgment,
 * triage decision and publication for each of the last twelve months.
 */
@Component
class CaseDashboard {

    /** The dashboard's numbers, laid out as charts. */
    record Figures(BarChart byState, long acknowledgedThisQuarter, long onTimeThisQuarter, Double onTimePercent,
            BarChart medianAcknowledgeDays, BarChart medianTriageDays, BarChart medianPublicationDays) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseDashboard(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Figures of(CaseViewer viewer, java.util.function.Function<String, String> stateLabel) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("seesAll", viewer.seesAll());
        params.put("viewer", viewer.userId());
        params.put("developer", viewer.developer());
        params.put("coordinator", viewer.coordinator());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (CaseState s : CaseState.values()) {
            counts.put(s.code(), 0L);
        }
        jdbc.sql("select c.state, count(*) from psirt_case c where c.merged_into is null and "
                        + CaseVisibility.VISIBLE + " group by c.state").params(params)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        BarChart byState = BarChart.of(counts.keySet().stream().map(stateLabel).toList(),
                counts.values().stream().map(Long::doubleValue).toList(), v -> Long.toString((long) v));

        ZonedDateTime now = clock.instant().atZone(DisplayTime.JST);
        LocalDate quarterStart = LocalDate.of(now.getYear(), ((now.getMonthValue() - 1) / 3) * 3 + 1, 1);
        params.put("quarter", SqlInstants.toSql(quarterStart.atStartOfDay(DisplayTime.JST).toInstant()));
        long[] quarter = jdbc.sql("select count(*), count(*) filter (where c.acknowledged_at <= c.acknowledge_by) "
                        + "from psirt_case c where c.acknowledged_at >= :quarter and " + CaseVisibility.VISIBLE)
                .params(params).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();

        YearMonth first = YearMonth.from(now).minusMonths(11);
        params.put("since", SqlInstants.toSql(first.atDay(1).atStartOfDay(DisplayTime.JST).toInstant()));
        return new Figures(byState, quarter[0], quarter[1],
                quarter[0] == 0 ? null : Math.round(1000.0 * quarter[1] / quarter[0]) / 10.0,
                monthly(params, first, "c.opened_at", "c.acknowledged_at"),
                monthly(params, first, "c.acknowledged_at", "c.triage_decided_at"),
                monthly(params, first, "c.opened_at", "c.published_at"));
    }

    /** Median days from one timestamp to another, by the month (JST) of the first, for twelve months. */
    private BarChart monthly(Map<String, Object> params, YearMonth first, String from, String to) {
        Map<String, Double> medians = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            medians.put(first.plusMonths(i).toString(), 0.0);
        }
        jdbc.sql("select to_char(" + from + " at time zone 'Asia/Tokyo', 'YYYY-MM') as month, "
                        + "percentile_cont(0.5) within group (order by extract(epoch from " + to + " - " + from
                        + ") / 86400) from psirt_case c where " + to + " is not null and " + from + " >= :since and "
                        + CaseVisibility.VISIBLE + " group by 1")
                .params(params)
                .query(rs -> {
                    String month = rs.getString(1);
                    double median = rs.getDouble(2);
                    medians.computeIfPresent(month, (k, v) -> median);
                });
        List<String> labels = new ArrayList<>();
        medians.keySet().forEach(m -> labels.add(m.substring(2)));
        return BarChart.of(labels, new ArrayList<>(medians.values()), v -> String.format("%.1f", v));
    }
}
