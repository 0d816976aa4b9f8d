package dev.madoguchi.advisories;

import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Map;

import dev.madoguchi.shared.DisplayTime;

/**
 * One revision of an advisory frozen as it is published: every public rendition (HTML and PDF in both languages,
 * the list entry, the feeds) is made from this, and the preview makes it from the working copy the same way, so a
 * preview shows exactly what will be published.
 *
 * @param firstPublished the instant of revision 1 (the agreed disclosure instant)
 * @param published      the instant of this revision
 */
record AdvisorySnapshot(String id, int revision, Instant firstPublished, Instant published,
        Map<AdvisoryField, Bilingual> texts, List<Vulnerability> vulnerabilities, List<Bilingual> acknowledgments,
        List<Reference> references, List<Revision> history) {

    AdvisorySnapshot {
        // an EnumMap keeps the fields in one order, so the same content always serialises to the same bytes
        Map<AdvisoryField, Bilingual> ordered = new java.util.EnumMap<>(AdvisoryField.class);
        ordered.putAll(texts);
        texts = java.util.Collections.unmodifiableMap(ordered);
        vulnerabilities = List.copyOf(vulnerabilities);
        acknowledgments = List.copyOf(acknowledgments);
        references = List.copyOf(references);
        history = List.copyOf(history);
    }

    /** A covered vulnerability as published: its CVE ID, title, CWE, scores and affected-products table. */
    record Vulnerability(String label, String cveId, Bilingual title, String cwe, Bilingual cweName,
            List<Score> scores, List<Affected> affected) {
    }

    /** A CVSS base score (v3.1 and/or v4.0) with its vector and qualitative severity. */
    record Score(String version, String vector, double score, String severity) {
    }

    /** One row of an affected-products table, drawn from the impact records at publication. */
    record Affected(long productId, Bilingual product, String range, List<String> versions, String status,
            String cpe) {
    }

    /** A reference: JVN (JVNVU#…), ICS-CERT advisory, CVE record or another URL. */
    record Reference(String source, String identifier, String url) {
    }

    /** One line of the revision history. */
    record Revision(int number, Instant date, Bilingual summary) {
    }

    /**
     * The same content dated at {@code at}: the instant of this revision (and of the first, when this is the first).
     * Publication digests and publishes one snapshot read once, so what it checks is what it publishes.
     */
    AdvisorySnapshot dated(Instant at) {
        List<Revision> dates = new java.util.ArrayList<>(history);
        Revision last = dates.remove(dates.size() - 1);
        dates.add(new Revision(last.number(), at, last.summary()));
        return new AdvisorySnapshot(id, revision, revision == 1 ? at : firstPublished, at, texts, vulnerabilities,
                acknowledgments, references, dates);
    }

    public Bilingual text(String field) {
        return texts.getOrDefault(AdvisoryField.fromCode(field), new Bilingual("", ""));
    }

    public int year() {
        return Year.from(firstPublished.atZone(DisplayTime.JST)).getValue();
    }

    public List<String> cveIds() {
        return vulnerabilities.stream().map(Vulnerability::cveId).filter(c -> c != null).toList();
    }

    /** The highest score of all covered vulnerabilities, preferring v3.1 (what JVN and most consumers sort by). */
    public java.util.Optional<Score> highest() {
        return vulnerabilities.stream().flatMap(v -> v.scores().stream()
                .filter(s -> s.version().startsWith("3")).findFirst()
                .or(() -> v.scores().stream().findFirst()).stream())
                .max(java.util.Comparator.comparingDouble(Score::score));
    }
}
