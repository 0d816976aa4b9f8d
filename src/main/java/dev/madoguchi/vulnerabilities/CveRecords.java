package dev.madoguchi.vulnerabilities;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.madoguchi.cases.Case;
import dev.madoguchi.cases.CaseDirectory;
import dev.madoguchi.cases.CaseViewer;
import dev.madoguchi.cna.CnaProperties;
import dev.madoguchi.cna.CveId;
import dev.madoguchi.cna.CveIdPool;
import dev.madoguchi.cna.CveServicesClient;
import dev.madoguchi.cve.CveFinding;
import dev.madoguchi.cve.CveRecordDraft;
import dev.madoguchi.cve.CveRecordWriter;
import dev.madoguchi.cve.CveSchema;
import dev.madoguchi.cvss.CvssVector;
import dev.madoguchi.cwe.CweCatalog;
import dev.madoguchi.products.Catalog;
import dev.madoguchi.products.Product;
import dev.madoguchi.shared.DisplayTime;
import dev.madoguchi.shared.Language;
import dev.madoguchi.shared.NotFoundException;
import dev.madoguchi.shared.Organization;
import dev.madoguchi.shared.Refusal;
import dev.madoguchi.versions.VersionRange;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CVE JSON 5 record of a vulnerability, drawn from the investigation (affected products from the impact
 * records, never retyped) and checked against the CVE schema before it is handed out. PSIRT only.
 */
@Service
class CveRecords {

    private final Investigation investigation;
    private final Vulnerabilities vulnerabilities;
    private final CveIdPool pool;
    private final Catalog catalog;
    private final CweCatalog cwes;
    private final Organization organization;
    private final CnaProperties cna;
    private final CaseDirectory cases;
    private final CveServicesClient services;
    private final JsonMapper json;
    private final Clock clock;

    CveRecords(Investigation investigation, Vulnerabilities vulnerabilities, CveIdPool pool, Catalog catalog,
            CweCatalog cwes, Organization organization, CnaProperties cna, CaseDirectory cases,
            CveServicesClient services, JsonMapper json, Clock clock) {
        this.cases = cases;
        this.services = services;
        this.json = json;
        this.investigation = investigation;
        this.vulnerabilities = vulnerabilities;
        this.pool = pool;
        this.catalog = catalog;
        this.cwes = cwes;
        this.organization = organization;
        this.cna = cna;
        this.clock = clock;
    }

    /**
     * Sends the vulnerability's CNA container to CVE Services (an explicit act of PSIRT): a first publication, or an
     * update when it was sent before. The record is checked against the schema first, as for the download.
     */
    @Transactional
    String publish(String reference, int number, CaseViewer viewer) {
        if (!services.enabled()) {
            throw new InvestigationRefused("cve.publish.off");
        }
        String record = record(reference, number, viewer);
        Case c = investigation.visibleCase(reference, viewer);
        return send(c, number, record, viewer.username());
    }

    /**
     * Sends the record of a vulnerability an advisory just published (server side: the advisory's publication is
     * the act of PSIRT that allows it). Empty when CVE Services is off or the vulnerability has no CVE ID.
     */
    @Transactional
    Optional<String> publishWithAdvisory(long vulnerabilityId, String actor) {
        if (!services.enabled()) {
            return Optional.empty();
        }
        Vulnerability v = vulnerabilities.byId(vulnerabilityId).orElseThrow();
        if (pool.ofVulnerability(v.id()).isEmpty()) {
            return Optional.empty();
        }
        Case c = cases.byId(v.caseId()).orElseThrow();
        return Optional.of(send(c, v.number(), recordOf(c, v), actor));
    }

    private String send(Case c, int number, String record, String actor) {
        JsonNode parsed = json.readTree(record);
        String id = parsed.path("cveMetadata").path("cveId").asString();
        boolean update = pool.published(id);
        try {
            services.publish(id, parsed.path("containers").path("cna"), update);
        } catch (Refusal refused) {
            throw new InvestigationRefused(refused.messageKey(), refused.arguments().toArray());
        }
        pool.markPublished(id, actor);
        cases.record(c, actor, "cve-published", "V" + number + ": " + id
                + (update ? " updated" : " published") + " at CVE Services");
        return id;
    }

    @Transactional(readOnly = true)
    String record(String reference, int number, CaseViewer viewer) {
        Case c = investigation.visibleCase(reference, viewer);
        if (!viewer.handles()) {
            throw new NotFoundException("cve record");
        }
        Vulnerability v = vulnerabilities.byNumber(c.id(), number)
                .orElseThrow(() -> new NotFoundException("vulnerability " + reference + " V" + number));
        return recordOf(c, v);
    }

    private String recordOf(Case c, Vulnerability v) {
        CveId id = pool.ofVulnerability(v.id()).orElseThrow(() -> new InvestigationRefused("cve.record.no-id"));
        if (!cna.configured()) {
            throw new InvestigationRefused("cve.record.no-org");
        }
        if (v.descriptionEn().isEmpty()) {
            throw new InvestigationRefused("cve.record.no-english");
        }
        if (cna.advisoryUrl().isEmpty()) {
            throw new InvestigationRefused("cve.record.no-reference");
        }
        LocalDate assigned = id.assignedAt().atZone(DisplayTime.JST).toLocalDate();
        Map<Long, Product> products = new LinkedHashMap<>();
        Map<Long, List<CveRecordDraft.AffectedVersion>> versions = new LinkedHashMap<>();
        boolean unsupported = false;
        for (Impact impact : vulnerabilities.impacts(v.id())) {
            Product product = products.computeIfAbsent(impact.productId(),
                    p -> catalog.product(p).orElseThrow());
            unsupported |= product.endOfLife(assigned);
            versions.computeIfAbsent(product.id(), p -> new ArrayList<>()).add(version(impact, product));
        }
        List<CveRecordDraft.Affected> affected = new ArrayList<>();
        for (Map.Entry<Long, List<CveRecordDraft.AffectedVersion>> e : versions.entrySet()) {
            Product product = products.get(e.getKey());
            affected.add(new CveRecordDraft.Affected(organization.name(Language.EN), product.nameEn(), "unknown",
                    e.getValue(), product.cpe() == null ? List.of() : List.of(product.cpe())));
        }
        List<CveRecordDraft.Weakness> weaknesses = v.cwe() == null ? List.of()
                : cwes.byIdentifier(v.cwe()).map(w -> List.of(new CveRecordDraft.Weakness(v.cwe(), w.name())))
                        .orElse(List.of());
        List<CveRecordDraft.Metric> metrics = new ArrayList<>();
        v.scoreV3().ifPresent(s -> metrics.add(metric(s)));
        v.scoreV4().ifPresent(s -> metrics.add(metric(s)));
        List<String> references = new ArrayList<>(List.of(cna.advisoryUrl().replace("{cveId}", id.id())));
        v.references().stream().filter(r -> !references.contains(r)).forEach(references::add);
        if (v.upstreamCve() != null) {
            references.add("https://www.cve.org/CVERecord?id=" + v.upstreamCve());
        }
        String json = CveRecordWriter.published(new CveRecordDraft(id.id(), cna.orgId(), cna.shortName(),
                v.titleEn().isEmpty() ? null : v.titleEn(), v.descriptionEn(), v.descriptionJa(), affected,
                weaknesses, metrics, references, cases.credit(c).map(List::of).orElse(List.of()), unsupported),
                clock.instant());
        List<CveFinding> findings = CveSchema.of(cna.schemaVersion()).validate(json.getBytes(StandardCharsets.UTF_8));
        if (!findings.isEmpty()) {
            throw new InvestigationRefused("cve.record.invalid", findings.get(0).pointer() + " "
                    + findings.get(0).message());
        }
        return json;
    }

    /**
     * An impact record as a CVE {@code versions[]} entry. CVE JSON 5 ranges start at {@code version} (inclusive) and
     * end with {@code lessThan} or {@code lessThanOrEqual}; a range with an exclusive lower bound has no exact
     * equivalent and is refused with a message rather than widened.
     */
    private static CveRecordDraft.AffectedVersion version(Impact impact, Product product) {
        String status = switch (impact.status()) {
            case KNOWN_AFFECTED -> "affected";
            case FIXED, KNOWN_NOT_AFFECTED -> "unaffected";
            case UNDER_INVESTIGATION, NOT_INVESTIGATED_EOL -> "unknown";
        };
        String type = product.versionScheme().equals("semantic") ? "semver" : "custom";
        VersionRange r = impact.range();
        if (r.lower() != null && !r.lowerInclusive()) {
            throw new InvestigationRefused("cve.record.exclusive-lower", product.nameEn(), r.toString());
        }
        if (r.isExact()) {
            return new CveRecordDraft.AffectedVersion(r.lower(), null, null, status, type);
        }
        String from = r.lower() == null ? "0" : r.lower();
        if (r.upper() == null) {
            return new CveRecordDraft.AffectedVersion(from, "*", null, status, type);
        }
        return r.upperInclusive() ? new CveRecordDraft.AffectedVersion(from, null, r.upper(), status, type)
                : new CveRecordDraft.AffectedVersion(from, r.upper(), null, status, type);
    }

    private static CveRecordDraft.Metric metric(CvssVector score) {
        return new CveRecordDraft.Metric(score.version(), score.vector(), score.baseScore(), score.severity());
    }
}
