package dev.madoguchi.advisories;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One published revision of an advisory as a CSAF 2.0 document, profile {@code csaf_security_advisory} (CSAF 2.0
 * §4.4), made from the revision's snapshot only, as every other rendition is, plus the catalog's product families and
 * identifiers. The document is in English ({@code lang: en}; §3.2.1.6 gives a document one language); an advisory
 * published in Japanese only gives a {@code ja} document.
 *
 * <p>Why always {@code csaf_security_advisory} and never {@code csaf_vex}: a VEX document must give for every "not
 * affected" product a justification flag or an impact statement (test 6.1.27.9), and the snapshot carries no
 * justification (the public pages show none); a Madoguchi advisory is the vendor's statement with texts and
 * remediations, which is what §4.4 describes.
 *
 * <p>How advisory data becomes CSAF: the advisory's texts become {@code /document/notes} (overview as
 * {@code summary}, description, impact as {@code details}, remediation, workarounds and contact as {@code general},
 * terms as {@code legal_disclaimer}); each covered vulnerability keeps its CVE ID, CWE, title and CVSS v3.x score
 * (CSAF 2.0 has no place for CVSS v4.0); each affected-products row puts its product IDs into the group of its status
 * (§3.2.3.9); "not investigated (end of life)" has no CSAF status, so such rows are named in a note instead. The
 * advisory's remediation text is a {@code vendor_fix} and its workarounds a {@code workaround} for the affected
 * products; any affected or under-investigation product left without one gets {@code none_available}, so that test
 * 6.2.2 finds a remediation for each. Scores name the affected products only (test 6.2.19: none for fixed ones).
 */
final class CsafAdvisory {

    static final String TLP = "WHITE";
    static final String TLP_URL = "https://www.first.org/tlp/";

    /** CSAF 2.0 §5.1: characters of a file name other than these are replaced by {@code _}. */
    private static final Pattern NOT_IN_FILE_NAMES = Pattern.compile("[^+\\-a-z0-9]");

    /** §3.2.1.12.2 and §3.2.1.12.5: RFC 3339 date-time; milliseconds, in UTC, as most CSAF documents write them. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** The advisory's texts as document notes: CSAF note category and title (§3.2.1.7). */
    private static final Map<AdvisoryField, String[]> NOTES = notes();

    private CsafAdvisory() {
    }

    /** The document's bytes: the same snapshot, provider and catalog data always give the same bytes. */
    static byte[] document(AdvisorySnapshot s, CsafProvider provider, Map<Long, CsafProduct> catalog) {
        String lang = s.text("title").en().isBlank() ? "ja" : "en";
        CsafProductTree tree = new CsafProductTree(provider.name(), lang, catalog);
        List<Object> vulnerabilities = new ArrayList<>();
        for (AdvisorySnapshot.Vulnerability v : s.vulnerabilities()) {
            vulnerabilities.add(vulnerability(s, v, tree, lang));
        }
        Map<String, Object> root = new TreeMap<>();
        root.put("document", document(s, provider, lang));
        if (!tree.isEmpty()) {
            root.put("product_tree", tree.json());
        }
        if (!vulnerabilities.isEmpty()) {
            root.put("vulnerabilities", vulnerabilities);
        }
        return CsafJson.write(root);
    }

    /**
     * CSAF 2.0 §5.1: the tracking ID in lower case, every character other than {@code +}, {@code -}, {@code a-z} and
     * {@code 0-9} replaced by {@code _}, then {@code .json}.
     */
    static String fileName(String trackingId) {
        return NOT_IN_FILE_NAMES.matcher(trackingId.toLowerCase(Locale.ROOT)).replaceAll("_") + ".json";
    }

    /** The year of the initial release date as the document writes it (UTC), the folder of §7.1.11. */
    static int year(Instant initialRelease) {
        return initialRelease.atOffset(ZoneOffset.UTC).getYear();
    }

    /** An instant as the document writes it, and as {@link PublishedCsaf} reports it: to the millisecond. */
    static Instant written(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    private static String date(Instant instant) {
        return DATE.format(written(instant));
    }

    private static Map<String, Object> document(AdvisorySnapshot s, CsafProvider provider, String lang) {
        Map<String, Object> d = new TreeMap<>();
        d.put("category", "csaf_security_advisory");
        d.put("csaf_version", "2.0");
        d.put("lang", lang);
        d.put("title", s.text("title").in(lang));
        d.put("distribution", Map.of("tlp", Map.of("label", TLP, "url", TLP_URL)));
        Map<String, Object> publisher = new TreeMap<>();
        publisher.put("category", "vendor");
        publisher.put("name", provider.name());
        publisher.put("namespace", provider.namespace());
        publisher.put("contact_details", provider.contactDetails());
        d.put("publisher", publisher);
        s.highest().ifPresent(h -> d.put("aggregate_severity", Map.of("text", h.severity()
                .toUpperCase(Locale.ROOT))));
        List<Object> notes = new ArrayList<>();
        NOTES.forEach((field, note) -> {
            String text = s.texts().getOrDefault(field, new Bilingual("", "")).in(lang);
            if (!text.isBlank()) {
                notes.add(note(note[0], note[1], text));
            }
        });
        putIfAny(d, "notes", notes);
        putIfAny(d, "references", references(s, provider));
        Set<String> names = new LinkedHashSet<>();
        s.acknowledgments().forEach(a -> {
            if (!a.in(lang).isBlank()) {
                names.add(a.in(lang).strip());
            }
        });
        if (!names.isEmpty()) {
            d.put("acknowledgments", List.of(Map.of("names", List.copyOf(names))));
        }
        d.put("tracking", tracking(s, provider));
        return d;
    }

    private static List<Object> references(AdvisorySnapshot s, CsafProvider provider) {
        List<Object> references = new ArrayList<>();
        if (provider.baseUrl() != null) {
            String name = fileName(s.id());
            references.add(reference("self", "This document (CSAF)",
                    provider.documentUrl(year(s.firstPublished()), name)));
            references.add(reference("self", "This advisory on the web", provider.baseUrl()
                    + PortalPaths.advisory(s.id(), "en")));
        }
        for (AdvisorySnapshot.Reference r : s.references()) {
            String summary = r.identifier() == null || r.identifier().isBlank() ? r.url()
                    : r.source() + " " + r.identifier();
            references.add(reference("external", summary, r.url()));
        }
        return references;
    }

    private static Map<String, Object> tracking(AdvisorySnapshot s, CsafProvider provider) {
        Map<String, Object> t = new TreeMap<>();
        t.put("id", s.id());
        t.put("status", "final");
        t.put("version", Integer.toString(s.revision()));
        t.put("initial_release_date", date(s.firstPublished()));
        t.put("current_release_date", date(s.published()));
        List<Object> history = new ArrayList<>();
        for (AdvisorySnapshot.Revision r : s.history()) {
            Map<String, Object> item = new TreeMap<>();
            item.put("number", Integer.toString(r.number()));
            item.put("date", date(r.date()));
            String summary = r.summary().in("en");
            item.put("summary", summary.isBlank() ? "Revision " + r.number() : summary);
            history.add(item);
        }
        t.put("revision_history", history);
        Map<String, Object> engine = new TreeMap<>();
        engine.put("name", "Madoguchi");
        if (provider.engineVersion() != null) {
            engine.put("version", provider.engineVersion());
        }
        // the document is generated for the revision's instant, so that generating it again gives the same bytes
        t.put("generator", Map.of("date", date(s.published()), "engine", engine));
        return t;
    }

    private static Map<String, Object> vulnerability(AdvisorySnapshot s, AdvisorySnapshot.Vulnerability v,
            CsafProductTree tree, String lang) {
        Map<String, List<String>> status = new LinkedHashMap<>();
        List<String> notInvestigated = new ArrayList<>();
        for (AdvisorySnapshot.Affected a : v.affected()) {
            if ("not_investigated_eol".equals(a.status())) {
                notInvestigated.add(a.product().in(lang) + " " + a.range());
                continue;
            }
            List<String> ids = tree.add(a);
            List<String> group = status.computeIfAbsent(a.status(), k -> new ArrayList<>());
            ids.stream().filter(id -> !group.contains(id)).forEach(group::add);
        }
        Map<String, Object> item = new TreeMap<>();
        if (v.cveId() != null && !v.cveId().isBlank()) {
            item.put("cve", v.cveId());
            item.put("references", List.of(reference("external", v.cveId(),
                    "https://www.cve.org/CVERecord?id=" + v.cveId())));
        }
        if (v.cwe() != null && v.cwe().matches("CWE-[1-9]\\d{0,5}") && v.cweName() != null
                && !v.cweName().en().isBlank()) {
            // test 6.1.11: the name exactly as MITRE's catalog has it, which is the English one
            item.put("cwe", Map.of("id", v.cwe(), "name", v.cweName().en()));
        }
        String title = v.title().in(lang);
        if (!title.isBlank()) {
            item.put("title", title);
        }
        List<Object> notes = new ArrayList<>();
        String description = s.text("description").in(lang);
        if (s.vulnerabilities().size() == 1 && !description.isBlank()) {
            notes.add(note("description", "Description", description));
        } else if (!title.isBlank()) {
            notes.add(note("summary", "Summary", title));
        }
        if (!notInvestigated.isEmpty()) {
            notes.add(note("other", "Not investigated", "These products are past their end of life and were not "
                    + "investigated: " + String.join("; ", notInvestigated) + "."));
        }
        putIfAny(item, "notes", notes);
        Map<String, Object> productStatus = new TreeMap<>(status);
        if (!productStatus.isEmpty()) {
            item.put("product_status", productStatus);
        }
        putIfAny(item, "remediations", remediations(s, status, lang));
        List<String> affected = status.getOrDefault("known_affected", List.of());
        if (!affected.isEmpty()) {
            putIfAny(item, "scores", v.scores().stream().filter(CsafCvssV3::applies)
                    .map(score -> (Object) Map.of("cvss_v3", CsafCvssV3.of(score), "products", affected)).toList());
        }
        return item;
    }

    private static List<Object> remediations(AdvisorySnapshot s, Map<String, List<String>> status, String lang) {
        List<String> affected = status.getOrDefault("known_affected", List.of());
        List<String> investigated = status.getOrDefault("under_investigation", List.of());
        Set<String> remedied = new LinkedHashSet<>();
        List<Object> remediations = new ArrayList<>();
        String fix = s.text("remediation").in(lang);
        if (!fix.isBlank() && !affected.isEmpty()) {
            remediations.add(remediation("vendor_fix", fix, affected));
            remedied.addAll(affected);
        }
        String workaround = s.text("workarounds").in(lang);
        List<String> workable = new ArrayList<>(affected);
        workable.addAll(investigated);
        if (!workaround.isBlank() && !workable.isEmpty()) {
            remediations.add(remediation("workaround", workaround, workable));
            remedied.addAll(workable);
        }
        List<String> unremedied = affected.stream().filter(id -> !remedied.contains(id)).toList();
        if (!unremedied.isEmpty()) {
            remediations.add(remediation("none_available", "No remediation is available yet.", unremedied));
        }
        List<String> open = investigated.stream().filter(id -> !remedied.contains(id)).toList();
        if (!open.isEmpty()) {
            remediations.add(remediation("none_available", "The investigation of these products is not complete; "
                    + "this advisory will be updated.", open));
        }
        return remediations;
    }

    private static Map<String, Object> remediation(String category, String details, List<String> productIds) {
        return Map.of("category", category, "details", details, "product_ids", List.copyOf(productIds));
    }

    private static Map<String, Object> note(String category, String title, String text) {
        return Map.of("category", category, "title", title, "text", text);
    }

    private static Map<String, Object> reference(String category, String summary, String url) {
        return Map.of("category", category, "summary", summary, "url", url);
    }

    private static void putIfAny(Map<String, Object> object, String name, List<Object> items) {
        if (!items.isEmpty()) {
            object.put(name, items);
        }
    }

    private static Map<AdvisoryField, String[]> notes() {
        Map<AdvisoryField, String[]> notes = new LinkedHashMap<>();
        notes.put(AdvisoryField.OVERVIEW, new String[] {"summary", "Overview"});
        notes.put(AdvisoryField.DESCRIPTION, new String[] {"description", "Description"});
        notes.put(AdvisoryField.IMPACT, new String[] {"details", "Impact"});
        notes.put(AdvisoryField.REMEDIATION, new String[] {"general", "Remediation"});
        notes.put(AdvisoryField.WORKAROUNDS, new String[] {"general", "Workarounds"});
        notes.put(AdvisoryField.CONTACT, new String[] {"general", "Contact"});
        notes.put(AdvisoryField.TERMS, new String[] {"legal_disclaimer", "Terms of use"});
        return notes;
    }
}
