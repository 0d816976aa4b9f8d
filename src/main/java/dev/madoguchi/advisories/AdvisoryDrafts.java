package dev.madoguchi.advisories;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.madoguchi.audit.AuditEntry;
import dev.madoguchi.audit.AuditTrail;
import dev.madoguchi.cases.Case;
import dev.madoguchi.cases.CaseDirectory;
import dev.madoguchi.cases.CaseViewer;
import dev.madoguchi.shared.DisplayTime;
import dev.madoguchi.shared.NotFoundException;
import dev.madoguchi.shared.Refusal;
import dev.madoguchi.shared.SqlInstants;
import dev.madoguchi.vulnerabilities.Vulnerability;
import dev.madoguchi.vulnerabilities.VulnerabilityDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Advisory drafts, written by PSIRT: created from a case's vulnerabilities with the next ID of the year, then
 * edited field by field in Japanese and English side by side. Everything is audited.
 */
@Service
class AdvisoryDrafts {

    static final int MAX_TEXT = 50_000;

    private final JdbcClient jdbc;
    private final CaseDirectory cases;
    private final VulnerabilityDirectory vulnerabilities;
    private final AdvisoryProperties properties;
    private final AuditTrail audit;
    private final AdvisoryEditions editions;
    private final Clock clock;

    AdvisoryDrafts(JdbcClient jdbc, CaseDirectory cases, VulnerabilityDirectory vulnerabilities,
            AdvisoryProperties properties, AuditTrail audit, AdvisoryEditions editions, Clock clock) {
        this.jdbc = jdbc;
        this.editions = editions;
        this.cases = cases;
        this.vulnerabilities = vulnerabilities;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** A draft for the case's vulnerabilities, its title and overview taken from theirs in both languages. */
    @Transactional
    String create(String reference, CaseViewer viewer) {
        Case c = cases.visible(reference, viewer).orElseThrow(() -> new NotFoundException("case " + reference));
        requireHandler(viewer);
        List<Vulnerability> covered = vulnerabilities.of(c);
        if (covered.isEmpty()) {
            throw new Refusal("advisory.no-vulnerability");
        }
        Instant now = clock.instant();
        int year = now.atZone(DisplayTime.JST).getYear();
        // one statement takes the next number of the year on every node: the row lock serialises concurrent drafts
        int number = jdbc.sql("""
                insert into advisory_sequence (year, last) values (?, 1)
                on conflict (year) do update set last = advisory_sequence.last + 1 returning last""")
                .param(year).query(Integer.class).single();
        String id = new AdvisoryIdScheme(properties.idPrefix()).format(year, number);
        jdbc.sql("insert into advisory (id, created_by, created_at, updated_at) values (?, ?, ?, ?)")
                .params(id, viewer.username(), SqlInstants.toSql(now), SqlInstants.toSql(now)).update();
        // the drafter's words are theirs: they do not approve this advisory either
        jdbc.sql("insert into advisory_editor (advisory_id, username) values (?, ?)").params(id, viewer.username())
                .update();
        for (Vulnerability v : covered) {
            jdbc.sql("insert into advisory_vulnerability (advisory_id, vulnerability_id) values (?, ?)")
                    .params(id, v.id()).update();
        }
        String titleJa = covered.stream().map(v -> v.titleJa().isEmpty() ? v.titleEn() : v.titleJa())
                .collect(Collectors.joining("、"));
        String titleEn = covered.stream().map(v -> v.titleEn().isEmpty() ? v.titleJa() : v.titleEn())
                .collect(Collectors.joining("; "));
        String overviewJa = covered.stream().map(Vulnerability::descriptionJa).filter(d -> !d.isEmpty())
                .collect(Collectors.joining("\n\n"));
        String overviewEn = covered.stream().map(Vulnerability::descriptionEn).filter(d -> !d.isEmpty())
                .collect(Collectors.joining("\n\n"));
        for (AdvisoryField field : AdvisoryField.values()) {
            String ja = field == AdvisoryField.TITLE ? titleJa : field == AdvisoryField.OVERVIEW ? overviewJa : "";
            String en = field == AdvisoryField.TITLE ? titleEn : field == AdvisoryField.OVERVIEW ? overviewEn : "";
            insertText(id, field, "ja", ja, viewer.username(), now);
            insertText(id, field, "en", en, viewer.username(), now);
        }
        audit.record(AuditEntry.of("advisory.drafted", "advisory", id, "from case " + c.reference() + ": "
                + covered.stream().map(Vulnerability::label).collect(Collectors.joining(", "))));
        cases.record(c, viewer.username(), "advisory-drafted", id);
        return id;
    }

    /**
     * Saves one field in both languages. A language that changed is written now; the translation clocks decide which
     * language is now older than its original ({@link TranslationClock}).
     */
    @Transactional
    void save(String id, AdvisoryField field, String ja, String en, boolean confirmOther, CaseViewer viewer) {
        requireHandler(viewer);
        AdvisoryText before = text(id, field).orElseThrow(() -> new NotFoundException("advisory " + id));
        String newJa = ja == null ? "" : ja.strip();
        String newEn = en == null ? "" : en.strip();
        if (newJa.length() > MAX_TEXT || newEn.length() > MAX_TEXT) {
            throw new Refusal("advisory.text.too-long", MAX_TEXT);
        }
        Instant now = clock.instant();
        boolean jaChanged = !newJa.equals(before.ja());
        boolean enChanged = !newEn.equals(before.en());
        if (!jaChanged && !enChanged && !confirmOther) {
            return;
        }
        editions.edited(id, viewer.username(), now);
        TranslationClock.Times[] times = TranslationClock.save(before, jaChanged, enChanged, confirmOther, now);
        updateText(id, field, "ja", newJa, times[0], viewer.username());
        updateText(id, field, "en", newEn, times[1], viewer.username());
        audit.record(AuditEntry.of("advisory.text-saved", "advisory", id, field.code() + (jaChanged ? " ja" : "")
                + (enChanged ? " en" : "") + (confirmOther ? " (translation confirmed)" : "")));
    }

    /** One line of the desk's advisory list. */
    record Listed(String id, String title, String state, Instant updatedAt, boolean approved, Instant publishAt,
            int publishedRevision) {
    }

    /** Every advisory, newest first, for PSIRT's desk list. */
    @Transactional(readOnly = true)
    List<Listed> all(CaseViewer viewer) {
        requireHandler(viewer);
        return jdbc.sql("""
                select a.id, coalesce(nullif(t.value, ''), nullif(j.value, ''), '') as title, a.state, a.updated_at,
                  a.approved_edition = a.edition as approved, a.publish_at, a.published_revision
                from advisory a
                left join advisory_text t on t.advisory_id = a.id and t.field = 'title' and t.language = 'en'
                left join advisory_text j on j.advisory_id = a.id and j.field = 'title' and j.language = 'ja'
                order by a.created_at desc, a.id desc""")
                .query((rs, n) -> new Listed(rs.getString("id"), rs.getString("title"), rs.getString("state"),
                        SqlInstants.read(rs, "updated_at"), rs.getBoolean("approved"),
                        SqlInstants.read(rs, "publish_at"), rs.getInt("published_revision")))
                .list();
    }

    /** The vulnerabilities the advisory covers, in the order of their cases and numbers. */
    @Transactional(readOnly = true)
    List<Vulnerability> covered(String id, CaseViewer viewer) {
        requireHandler(viewer);
        return covered(id);
    }

    List<Vulnerability> covered(String id) {
        return vulnerabilities.byIds(jdbc.sql("""
                select av.vulnerability_id from advisory_vulnerability av join vulnerability v
                  on v.id = av.vulnerability_id where av.advisory_id = ? order by v.case_id, v.number""")
                .param(id).query(Long.class).list());
    }

    @Transactional(readOnly = true)
    List<AdvisoryText> texts(String id, CaseViewer viewer) {
        requireHandler(viewer);
        return texts(id);
    }

    /** The texts of the working copy, for publication and preview (callers have checked who asks). */
    List<AdvisoryText> texts(String id) {
        List<AdvisoryText> texts = new ArrayList<>();
        for (AdvisoryField field : AdvisoryField.values()) {
            texts.add(text(id, field).orElseThrow(() -> new NotFoundException("advisory " + id)));
        }
        return texts;
    }

    private Optional<AdvisoryText> text(String id, AdvisoryField field) {
        record Row(String language, String value, Instant updatedAt, Instant checkedAt) {
        }
        Map<String, Row> rows = jdbc.sql("""
                select language, value, updated_at, checked_at from advisory_text
                where advisory_id = ? and field = ?""").params(id, field.code())
                .query((ResultSet rs, int n) -> new Row(rs.getString("language"), rs.getString("value"),
                        SqlInstants.read(rs, "updated_at"), SqlInstants.read(rs, "checked_at")))
                .list().stream().collect(Collectors.toMap(Row::language, Function.identity()));
        if (!rows.containsKey("ja") || !rows.containsKey("en")) {
            return Optional.empty();
        }
        Row ja = rows.get("ja");
        Row en = rows.get("en");
        return Optional.of(new AdvisoryText(field, ja.value(), ja.updatedAt(), ja.checkedAt(), en.value(),
                en.updatedAt(), en.checkedAt()));
    }

    private void insertText(String id, AdvisoryField field, String language, String value, String by, Instant now) {
        jdbc.sql("""
                insert into advisory_text (advisory_id, field, language, value, updated_by, updated_at, checked_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, field.code(), language, value, by, SqlInstants.toSql(now), SqlInstants.toSql(now))
                .update();
    }

    private void updateText(String id, AdvisoryField field, String language, String value,
            TranslationClock.Times times, String by) {
        jdbc.sql("""
                update advisory_text set value = ?, updated_by = ?, updated_at = ?, checked_at = ?
                where advisory_id = ? and field = ? and language = ?""")
                .params(value, by, SqlInstants.toSql(times.updatedAt()), SqlInstants.toSql(times.checkedAt()), id,
                        field.code(), language)
                .update();
    }

    static void requireHandler(CaseViewer viewer) {
        if (!viewer.handles()) {
            throw new NotFoundException("advisory editing");
        }
    }
}
