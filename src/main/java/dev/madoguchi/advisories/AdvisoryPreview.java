package dev.madoguchi.advisories;

import java.time.Clock;
import java.time.Instant;

import dev.madoguchi.cases.CaseViewer;
import dev.madoguchi.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The preview: the page the next revision would publish, made by the same snapshot and renderer as publication,
 * dated at its scheduled instant (or now, when it is not scheduled yet).
 */
@Component
class AdvisoryPreview {

    private final JdbcClient jdbc;
    private final AdvisorySnapshots snapshots;
    private final AdvisoryRenditions renditions;
    private final Clock clock;

    AdvisoryPreview(JdbcClient jdbc, AdvisorySnapshots snapshots, AdvisoryRenditions renditions, Clock clock) {
        this.jdbc = jdbc;
        this.snapshots = snapshots;
        this.renditions = renditions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    String page(String id, String language, CaseViewer viewer) {
        AdvisoryDrafts.requireHandler(viewer);
        AdvisoryStatus status = AdvisoryStatus.read(jdbc, id).orElseThrow(() -> new NotFoundException(id));
        Instant at = status.publishAt() != null ? status.publishAt() : clock.instant();
        return renditions.page(snapshots.next(id, at, AdvisoryReview.summary(status.publishedRevision() + 1,
                status.summaryJa(), status.summaryEn())), language);
    }
}
