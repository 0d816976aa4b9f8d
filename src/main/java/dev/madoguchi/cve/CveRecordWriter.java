package dev.madoguchi.cve;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes CVE JSON 5 records (schema 5.1.1): a published record with its CNA container, or a rejected one. The
 * records are checked against the bundled schema by {@link CveSchema} before anyone publishes them.
 */
public final class CveRecordWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CveRecordWriter() {
    }

    public static String published(CveRecordDraft draft, Instant now) {
        ObjectNode record = envelope(draft.cveId(), draft.assignerOrgId(), draft.assignerShortName(), "PUBLISHED");
        ObjectNode metadata = (ObjectNode) record.get("cveMetadata");
        metadata.put("datePublished", timestamp(now));
        metadata.put("dateUpdated", timestamp(now));
        ObjectNode cna = provider(record, draft.assignerOrgId(), draft.assignerShortName(), now);
        if (draft.title() != null && !draft.title().isBlank()) {
            cna.put("title", draft.title());
        }
        ArrayNode descriptions = cna.putArray("descriptions");
        descriptions.addObject().put("lang", "en").put("value", draft.descriptionEn());
        if (draft.descriptionJa() != null && !draft.descriptionJa().isBlank()) {
            descriptions.addObject().put("lang", "ja").put("value", draft.descriptionJa());
        }
        ArrayNode affected = cna.putArray("affected");
        for (CveRecordDraft.Affected a : draft.affected()) {
            ObjectNode product = affected.addObject().put("vendor", a.vendor()).put("product", a.product())
                    .put("defaultStatus", a.defaultStatus());
            if (!a.cpes().isEmpty()) {
                ArrayNode cpes = product.putArray("cpes");
                a.cpes().forEach(cpes::add);
            }
            if (!a.versions().isEmpty()) {
                ArrayNode versions = product.putArray("versions");
                for (CveRecordDraft.AffectedVersion v : a.versions()) {
                    ObjectNode version = versions.addObject().put("version", v.version()).put("status", v.status());
                    if (v.lessThan() != null) {
                        version.put("lessThan", v.lessThan());
                    }
                    if (v.lessThanOrEqual() != null) {
                        version.put("lessThanOrEqual", v.lessThanOrEqual());
                    }
                    if (v.versionType() != null) {
                        version.put("versionType", v.versionType());
                    }
                }
            }
        }
        if (!draft.weaknesses().isEmpty()) {
            ArrayNode types = cna.putArray("problemTypes");
            ArrayNode weaknesses = types.addObject().putArray("descriptions");
            for (CveRecordDraft.Weakness w : draft.weaknesses()) {
                weaknesses.addObject().put("lang", "en").put("cweId", w.cweId())
                        .put("description", w.cweId() + " " + w.name()).put("type", "CWE");
            }
        }
        if (!draft.metrics().isEmpty()) {
            ArrayNode metrics = cna.putArray("metrics");
            for (CveRecordDraft.Metric m : draft.metrics()) {
                String key = m.version().equals("4.0") ? "cvssV4_0" : "cvssV3_1";
                metrics.addObject().putObject(key).put("version", m.version()).put("vectorString", m.vector())
                        .put("baseScore", m.baseScore()).put("baseSeverity", m.baseSeverity());
            }
        }
        ArrayNode references = cna.putArray("references");
        draft.references().forEach(url -> references.addObject().put("url", url));
        if (!draft.credits().isEmpty()) {
            ArrayNode credits = cna.putArray("credits");
            draft.credits().forEach(name -> credits.addObject().put("lang", "en").put("value", name)
                    .put("type", "finder"));
        }
        if (draft.unsupportedWhenAssigned()) {
            cna.putArray("tags").add("unsupported-when-assigned");
        }
        return write(record);
    }

    /** A REJECTED record: the ID is not used, for the reason given (CVE JSON 5 {@code cnaRejectedContainer}). */
    public static String rejected(String cveId, String orgId, String shortName, String reasonEn, Instant now) {
        ObjectNode record = envelope(cveId, orgId, shortName, "REJECTED");
        ((ObjectNode) record.get("cveMetadata")).put("dateRejected", timestamp(now)).put("dateUpdated",
                timestamp(now));
        ObjectNode cna = provider(record, orgId, shortName, now);
        cna.putArray("rejectedReasons").addObject().put("lang", "en").put("value", reasonEn);
        return write(record);
    }

    private static ObjectNode envelope(String cveId, String orgId, String shortName, String state) {
        ObjectNode record = JSON.createObjectNode().put("dataType", "CVE_RECORD").put("dataVersion", "5.1");
        ObjectNode metadata = record.putObject("cveMetadata").put("cveId", cveId).put("assignerOrgId", orgId)
                .put("state", state);
        if (shortName != null) {
            metadata.put("assignerShortName", shortName);
        }
        return record;
    }

    private static ObjectNode provider(ObjectNode record, String orgId, String shortName, Instant now) {
        ObjectNode cna = record.putObject("containers").putObject("cna");
        ObjectNode provider = cna.putObject("providerMetadata").put("orgId", orgId).put("dateUpdated", timestamp(now));
        if (shortName != null) {
            provider.put("shortName", shortName);
        }
        return cna;
    }

    private static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private static String write(ObjectNode record) {
        try {
            return JSON.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a CVE record that Jackson cannot write", e);
        }
    }
}
