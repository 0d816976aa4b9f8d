package dev.madoguchi.products;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.madoguchi.audit.AuditEntry;
import dev.madoguchi.audit.AuditTrail;
import dev.madoguchi.cases.Divisions;
import dev.madoguchi.shared.CsvTable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog as JSON or CSV, both ways. An import is checked whole before anything is written, and written in one
 * transaction: a file with one bad row changes nothing, and the person gets every problem with its row.
 */
@Service
class CatalogTransfer {

    static final int MAX_PRODUCTS = 10_000;
    static final int MAX_VERSIONS = 2_000;
    static final List<String> CSV_HEADER = List.of("name_en", "name_ja", "family_en", "family_ja", "model_numbers",
            "division", "version_scheme", "end_of_life_on", "cpe", "purl", "versions");

    /** A problem of the file, with the row (1 = the first product) it is on, or 0 for the whole file. */
    record Problem(int row, String messageKey, List<Object> arguments) {
    }

    /** What an import did, or why it did nothing. */
    record Outcome(int created, int updated, int versionsAdded, List<Problem> problems) {
    }

    private final Products products;
    private final CatalogEditing editing;
    private final Divisions divisions;
    private final AuditTrail audit;

    CatalogTransfer(Products products, CatalogEditing editing, Divisions divisions, AuditTrail audit) {
        this.products = products;
        this.editing = editing;
        this.divisions = divisions;
        this.audit = audit;
    }

    /** The whole catalog for an export, which is audited like every read of the catalog in bulk. */
    @Transactional
    List<CatalogEntry> export(String format) {
        List<CatalogEntry> entries = entries();
        audit.record(AuditEntry.of("product.catalog-exported", "product", null, format + "; " + entries.size()));
        return entries;
    }

    private List<CatalogEntry> entries() {
        List<CatalogEntry> entries = new ArrayList<>();
        for (Product p : products.search(null, null, null)) {
            entries.add(new CatalogEntry(p.nameEn(), p.nameJa(), p.familyNameEn(), p.familyNameJa(), p.modelNumbers(),
                    p.divisionName(), p.versionScheme(), p.endOfLifeOn() == null ? null : p.endOfLifeOn().toString(),
                    p.cpe(), p.purl(),
                    products.versions(p.id()).stream().map(v -> new CatalogEntry.VersionEntry(v.version(),
                            v.releasedOn() == null ? null : v.releasedOn().toString())).toList(),
                    products.variants(p.id()).stream().map(v -> new CatalogEntry.VariantEntry(v.region(),
                            v.nameEn(), v.nameJa(), v.modelNumber())).toList()));
        }
        return entries;
    }

    /** The catalog as CSV: one product a row, model numbers and versions separated by semicolons. */
    byte[] csv(List<CatalogEntry> entries) {
        StringBuilder out = new StringBuilder(String.join(",", CSV_HEADER)).append("\r\n");
        for (CatalogEntry e : entries) {
            out.append(String.join(",", CsvTable.cell(e.nameEn()), CsvTable.cell(e.nameJa()),
                    CsvTable.cell(e.familyEn()), CsvTable.cell(e.familyJa()),
                    CsvTable.cell(String.join(";", e.modelNumbers())), CsvTable.cell(e.division()),
                    CsvTable.cell(e.versionScheme()), CsvTable.cell(e.endOfLifeOn()), CsvTable.cell(e.cpe()),
                    CsvTable.cell(e.purl()),
                    CsvTable.cell(String.join(";", e.versions().stream().map(CatalogEntry.VersionEntry::version)
                            .toList()))))
                    .append("\r\n");
        }
        // a byte-order mark, so that spreadsheet programs in Japan open Japanese names correctly
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }

    /** Reads a CSV file in the export's layout (columns by header name; unknown columns are refused). */
    static List<CatalogEntry> fromCsv(byte[] bytes) {
        List<List<String>> rows;
        try {
            rows = CsvTable.read(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString());
        } catch (java.nio.charset.CharacterCodingException | IllegalArgumentException e) {
            throw new ImportRefused("catalog.import.unreadable");
        }
        if (rows.isEmpty()) {
            throw new ImportRefused("catalog.import.empty");
        }
        List<String> header = rows.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        if (!header.contains("name_en") || !CSV_HEADER.containsAll(header)) {
            throw new ImportRefused("catalog.import.header", String.join(",", CSV_HEADER));
        }
        List<CatalogEntry> entries = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            Map<String, String> cells = new HashMap<>();
            for (int i = 0; i < header.size() && i < row.size(); i++) {
                cells.put(header.get(i), unneutralised(row.get(i)));
            }
            entries.add(new CatalogEntry(cells.get("name_en"), cells.get("name_ja"), cells.get("family_en"),
                    cells.get("family_ja"),
                    header.contains("model_numbers") ? split(cells.get("model_numbers")) : null, cells.get("division"),
                    cells.get("version_scheme"), cells.get("end_of_life_on"), cells.get("cpe"), cells.get("purl"),
                    split(cells.get("versions")).stream().map(v -> new CatalogEntry.VersionEntry(v, null)).toList(),
                    List.of()));
        }
        return entries;
    }

    /** Checks every entry, then writes them all, or nothing when any has a problem. */
    @Transactional
    Outcome load(List<CatalogEntry> entries, String actor, String format) {
        if (entries.size() > MAX_PRODUCTS) {
            return new Outcome(0, 0, 0, List.of(new Problem(0, "catalog.import.too-many", List.of(MAX_PRODUCTS))));
        }
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Planned> plans = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            int row = i + 1;
            plans.add(plan(entries.get(i), row, problems));
            if (!seen.add(plans.get(i).draft().nameEn().toLowerCase(Locale.ROOT))) {
                problems.add(new Problem(row, "catalog.import.duplicate", List.of(plans.get(i).draft().nameEn())));
            }
        }
        if (!problems.isEmpty()) {
            return new Outcome(0, 0, 0, problems);
        }
        int created = 0;
        int updated = 0;
        int versionsAdded = 0;
        for (Planned plan : plans) {
            CatalogEntry e = plan.entry();
            ProductDraft draft = withFamily(plan.draft(), e);
            long id;
            if (plan.existing() != null) {
                id = plan.existing().id();
                editing.update(id, draft, actor);
                updated++;
            } else {
                id = editing.create(draft);
                created++;
            }
            List<ProductVersion> have = products.versions(id);
            for (CatalogEntry.VersionEntry v : e.versions()) {
                String version = v.version().strip();
                if (have.stream().noneMatch(h -> VersionRules.same(draft.versionScheme(), h.version(), version))) {
                    editing.addVersion(id, version, v.releasedOn() == null || v.releasedOn().isBlank() ? null
                            : LocalDate.parse(v.releasedOn().strip()));
                    have = products.versions(id);
                    versionsAdded++;
                }
            }
            for (CatalogEntry.VariantEntry v : e.variants()) {
                editing.addVariant(id, v.region(), v.nameEn(), v.nameJa(), v.modelNumber());
            }
        }
        audit.record(AuditEntry.of("product.catalog-imported", "product", null, format + "; by " + actor + "; "
                + created + " created, " + updated + " updated, " + versionsAdded + " versions added"));
        return new Outcome(created, updated, versionsAdded, List.of());
    }

    /** A row checked and ready to write: the product it updates (null for a new one) and what it becomes. */
    private record Planned(CatalogEntry entry, Product existing, ProductDraft draft) {
    }

    /**
     * Checks one row against the catalog as it is. A field the file does not give (an absent CSV column, a missing
     * JSON member) keeps the existing product's value; a new product takes the defaults.
     */
    private Planned plan(CatalogEntry e, int row, List<Problem> problems) {
        String name = e.nameEn() == null ? "" : e.nameEn().strip();
        Product existing = null;
        Optional<Product> named = name.isEmpty() ? Optional.empty() : products.byName(name);
        if (named.isPresent() && named.get().nameEn().equalsIgnoreCase(name)) {
            existing = named.get();
        } else if (named.isPresent()) {
            // an advisory may have used the former name: a new product under it would take that name over
            problems.add(new Problem(row, "catalog.import.former-name", List.of(name, named.get().nameEn())));
        }
        Long division = existing == null ? null : existing.divisionId();
        if (e.division() != null && !e.division().isBlank()) {
            division = division(e.division().strip(), row, problems);
        }
        LocalDate eol = e.endOfLifeOn() == null ? existing == null ? null : existing.endOfLifeOn()
                : date(e.endOfLifeOn(), row, problems);
        String scheme = e.versionScheme() != null && !e.versionScheme().isBlank() ? e.versionScheme().strip()
                : existing == null ? "numeric" : existing.versionScheme();
        ProductDraft draft = new ProductDraft(existing == null ? null : existing.familyId(), name,
                e.nameJa() != null && !e.nameJa().isBlank() ? e.nameJa() : existing == null ? name : existing.nameJa(),
                e.modelNumbers() != null ? e.modelNumbers() : existing == null ? List.of() : existing.modelNumbers(),
                division, scheme, eol, e.cpe() != null ? e.cpe() : existing == null ? null : existing.cpe(),
                e.purl() != null ? e.purl() : existing == null ? null : existing.purl());
        draft.problems().forEach(p -> problems.add(new Problem(row, p.messageKey(), p.arguments())));
        if (e.versions().size() > MAX_VERSIONS) {
            problems.add(new Problem(row, "catalog.import.too-many-versions", List.of(MAX_VERSIONS)));
        } else if (ProductDraft.SCHEMES.contains(draft.versionScheme())) {
            checkVersions(e, draft, row, problems);
            if (existing != null && !existing.versionScheme().equals(draft.versionScheme())) {
                try {
                    VersionRules.checkAll(draft.versionScheme(), products.versions(existing.id()));
                } catch (ProductRuleViolation violation) {
                    problems.add(new Problem(row, violation.messageKey(), violation.arguments()));
                }
            }
        }
        if (e.familyEn() != null && e.familyEn().strip().length() > 200
                || e.familyJa() != null && e.familyJa().strip().length() > 200) {
            problems.add(new Problem(row, "product.family.invalid", List.of()));
        }
        return new Planned(e, existing, draft);
    }

    /** The division by its exact name, or by a name that differs only in case when exactly one does. */
    private Long division(String name, int row, List<Problem> problems) {
        List<Divisions.Division> all = divisions.all();
        Optional<Divisions.Division> exact = all.stream().filter(d -> d.name().equals(name)).findFirst();
        if (exact.isPresent()) {
            return exact.get().id();
        }
        List<Divisions.Division> alike = all.stream().filter(d -> d.name().equalsIgnoreCase(name)).toList();
        if (alike.size() == 1) {
            return alike.get(0).id();
        }
        problems.add(new Problem(row, alike.isEmpty() ? "catalog.import.division-unknown"
                : "catalog.import.division-ambiguous", List.of(name)));
        return null;
    }

    private static void checkVersions(CatalogEntry e, ProductDraft draft, int row, List<Problem> problems) {
        List<String> listed = new ArrayList<>();
        for (CatalogEntry.VersionEntry v : e.versions()) {
            String version = v.version() == null ? "" : v.version().strip();
            try {
                VersionRules.check(draft.versionScheme(), version);
            } catch (ProductRuleViolation violation) {
                problems.add(new Problem(row, violation.messageKey(), violation.arguments()));
                continue;
            }
            if (listed.stream().anyMatch(l -> VersionRules.same(draft.versionScheme(), l, version))) {
                problems.add(new Problem(row, "product.version.taken", List.of(version)));
            }
            listed.add(version);
            date(v.releasedOn(), row, problems);
        }
        for (CatalogEntry.VariantEntry v : e.variants()) {
            if (v.region() == null || v.region().isBlank() || v.nameEn() == null || v.nameEn().isBlank()) {
                problems.add(new Problem(row, "product.variant.invalid", List.of()));
            }
        }
    }

    /** The family named by the row (created when new); no column keeps the product's family, an empty one clears it. */
    private ProductDraft withFamily(ProductDraft d, CatalogEntry e) {
        if (e.familyEn() == null) {
            return d;
        }
        if (e.familyEn().isBlank()) {
            return new ProductDraft(null, d.nameEn(), d.nameJa(), d.modelNumbers(), d.divisionId(), d.versionScheme(),
                    d.endOfLifeOn(), d.cpe(), d.purl());
        }
        long family = products.familyByName(e.familyEn().strip())
                .orElseGet(() -> editing.createFamily(e.familyEn(), e.familyJa()));
        return new ProductDraft(family, d.nameEn(), d.nameJa(), d.modelNumbers(), d.divisionId(), d.versionScheme(),
                d.endOfLifeOn(), d.cpe(), d.purl());
    }

    private static LocalDate date(String text, int row, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new Problem(row, "catalog.import.date", List.of(text)));
            return null;
        }
    }

    private static List<String> split(String cell) {
        return cell == null || cell.isBlank() ? List.of()
                : java.util.Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Undoes the export's formula guard: an apostrophe before = + - @ was added by {@link CsvTable#cell}. */
    private static String unneutralised(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@".indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }
}
