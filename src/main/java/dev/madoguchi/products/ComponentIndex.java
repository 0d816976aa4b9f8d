package dev.madoguchi.products;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.madoguchi.audit.AuditEntry;
import dev.madoguchi.audit.AuditTrail;
import dev.madoguchi.sbom.CycloneDxSbom;
import dev.madoguchi.sbom.InvalidSbomException;
import dev.madoguchi.sbom.Sbom;
import dev.madoguchi.sbom.SbomComponent;
import dev.madoguchi.sbom.SbomLimits;
import dev.madoguchi.shared.SqlInstants;
import dev.madoguchi.versions.InvalidVersionRangeException;
import dev.madoguchi.versions.VersionOrder;
import dev.madoguchi.versions.VersionRange;
import dev.madoguchi.versions.VersionScheme;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The component index: CycloneDX SBOMs attached to product versions, flattened so that "which of our product
 * versions contain component X in versions R" is one indexed query. An SBOM is read and checked whole before the
 * database is touched, then stored in one transaction, so a refused or failed upload leaves nothing behind.
 */
@Service
public class ComponentIndex {

    /** The largest SBOM accepted, read no further than this. */
    static final long MAX_BYTES = 50L * 1024 * 1024;
    /** Hits returned by one search, at most: enough for any real component, bounded for a careless one. */
    static final int MAX_HITS = 20_000;

    private final JdbcClient jdbc;
    private final Products products;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ComponentIndex(JdbcClient jdbc, Products products, AuditTrail audit, TransactionTemplate transaction,
            Clock clock) {
        this.jdbc = jdbc;
        this.products = products;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Reads the SBOM and replaces the product version's SBOM with it.
     *
     * @throws InvalidSbomException when the file is not an SBOM Madoguchi accepts (nothing is stored)
     */
    public SbomSummary attach(long productId, long productVersionId, String fileName, InputStream in, String actor)
            throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        Sbom sbom = CycloneDxSbom.read(new ByteArrayInputStream(bytes), SbomLimits.ofMaxBytes(MAX_BYTES));
        return transaction.execute(tx -> {
            products.lock(productId);
            ProductVersion version = products.versions(productId).stream()
                    .filter(v -> v.id() == productVersionId).findFirst()
                    .orElseThrow(() -> new ProductRuleViolation(null, "product.unknown"));
            jdbc.sql("delete from product_sbom where product_version_id = ?").param(version.id()).update();
            long id = jdbc.sql("""
                    insert into product_sbom (product_version_id, spec_version, serial_number, file_name,
                                              component_count, document, uploaded_by, uploaded_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(version.id(), sbom.specVersion(), sbom.serialNumber(), safeName(fileName),
                            sbom.components().size(), bytes, actor, SqlInstants.toSql(clock.instant()))
                    .query(Long.class).single();
            insertComponents(id, version.id(), sbom.components());
            audit.record(AuditEntry.of("product.sbom-attached", "product", productId, "version " + version.version()
                    + "; CycloneDX " + sbom.specVersion() + "; " + sbom.components().size() + " components"));
            return summary(version.id()).orElseThrow();
        });
    }

    private void insertComponents(long sbomId, long versionId, List<SbomComponent> components) {
        List<Object[]> rows = new ArrayList<>(components.size());
        for (SbomComponent c : components) {
            rows.add(new Object[] {sbomId, versionId, c.purl(), purlBase(c.purl()), c.name(), c.group(), c.version(),
                    c.supplier(), c.pathText()});
        }
        for (int from = 0; from < rows.size(); from += 1000) {
            List<Object[]> batch = rows.subList(from, Math.min(rows.size(), from + 1000));
            StringBuilder sql = new StringBuilder("insert into sbom_component (sbom_id, product_version_id, purl, "
                    + "purl_base, name, component_group, version, supplier, path) values ");
            List<Object> params = new ArrayList<>(batch.size() * 9);
            for (int i = 0; i < batch.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
                params.addAll(java.util.Arrays.asList(batch.get(i)));
            }
            jdbc.sql(sql.toString()).params(params).update();
        }
    }

    public Optional<SbomSummary> summary(long productVersionId) {
        return jdbc.sql("""
                select id, product_version_id, spec_version, file_name, component_count, uploaded_by, uploaded_at
                from product_sbom where product_version_id = ?""").param(productVersionId)
                .query((rs, n) -> new SbomSummary(rs.getLong("id"), rs.getLong("product_version_id"),
                        rs.getString("spec_version"), rs.getString("file_name"), rs.getInt("component_count"),
                        rs.getString("uploaded_by"), SqlInstants.read(rs, "uploaded_at")))
                .optional();
    }

    public Optional<byte[]> document(long productVersionId) {
        return jdbc.sql("select document from product_sbom where product_version_id = ?").param(productVersionId)
                .query(byte[].class).optional();
    }

    /**
     * The product versions whose SBOM holds the component: by package URL when {@code component} starts with
     * {@code pkg:} (any version of that package), otherwise by component name (case-insensitive). Component versions
     * are compared in the given scheme's order; one that cannot be compared is returned with {@code inRange} null.
     *
     * @param range the house range notation ({@code >= 2.0, < 2.15}); blank for every version
     * @throws ProductRuleViolation for an unreadable range
     */
    public List<ComponentHit> search(String component, String range, String schemeCode) {
        String text = component == null ? "" : component.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        VersionScheme scheme = VersionScheme.fromCode(schemeCode == null || schemeCode.isBlank() ? "firmware"
                : schemeCode);
        VersionRange wanted;
        try {
            wanted = range == null || range.isBlank() ? VersionRange.all() : VersionRange.parse(range);
            if (scheme != VersionScheme.LISTED) {
                wanted = wanted.validate(VersionOrder.of(scheme));
            }
        } catch (InvalidVersionRangeException e) {
            throw new ProductRuleViolation("range", "component.range.invalid", e.getMessage());
        }
        if (scheme == VersionScheme.LISTED) {
            throw new ProductRuleViolation("scheme", "component.scheme.invalid");
        }
        VersionOrder order = VersionOrder.of(scheme);
        boolean byPurl = text.startsWith("pkg:");
        String where = byPurl ? "c.purl_base = ?" : "lower(c.name) = ?";
        String key = byPurl ? purlBase(text) : text.toLowerCase(Locale.ROOT);
        final VersionRange in = wanted;
        List<ComponentHit> rows = jdbc.sql("""
                select p.id as product_id, p.name_en, pv.id as version_id, pv.version as product_version, c.name,
                       c.version, c.purl, c.path
                from sbom_component c join product_version pv on pv.id = c.product_version_id
                     join product p on p.id = pv.product_id
                where\s""" + where + " order by lower(p.name_en), pv.position, c.path limit " + (MAX_HITS + 1))
                .param(key)
                .query((rs, n) -> {
                    String version = rs.getString("version");
                    Boolean inRange = version == null || order.problem(version).isPresent() ? null
                            : in.contains(version, order);
                    return new ComponentHit(rs.getLong("product_id"), rs.getString("name_en"), rs.getLong("version_id"),
                            rs.getString("product_version"), rs.getString("name"), version, rs.getString("purl"),
                            rs.getString("path"), inRange);
                })
                .list();
        if (rows.size() > MAX_HITS) {
            // a partial list would be taken for the whole one: refuse and ask for a narrower search
            throw new ProductRuleViolation("component", "component.too-many", MAX_HITS);
        }
        return rows.stream().filter(h -> !Boolean.FALSE.equals(h.inRange())).toList();
    }

    /** purl-spec: {@code pkg:type/namespace/name}, without {@code @version}, {@code ?qualifiers}, {@code #subpath}. */
    static String purlBase(String purl) {
        if (purl == null || !purl.startsWith("pkg:")) {
            return null;
        }
        String base = purl;
        int cut = base.length();
        for (char c : new char[] {'#', '?'}) {
            int at = base.indexOf(c);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        base = base.substring(0, cut);
        int at = base.lastIndexOf('@');
        if (at > base.lastIndexOf('/')) {
            base = base.substring(0, at);
        }
        return base.toLowerCase(Locale.ROOT);
    }

    private static String safeName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "sbom.json" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
