package dev.madoguchi.advisories;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.madoguchi.products.Catalog;
import dev.madoguchi.shared.Organization;
import dev.madoguchi.shared.SqlInstants;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The CSAF 2.0 documents of published revisions ({@code advisory_csaf}): written by the publisher in the publication
 * transaction, beside the HTML and PDF renditions, and read by the trusted provider through
 * {@link CsafPublications}.
 *
 * <p>What is served: the document of the newest revision of every advisory on the portal. A withdrawn advisory's
 * document is no longer served (its row stays): CSAF 2.0 has no status for a withdrawn advisory, and as the portal
 * drops its PDFs and keeps only a tombstone, the provider drops the document rather than keep offering withdrawn
 * content as final.
 *
 * <p>Revisions published before this table existed get their document on first need: every read first writes the
 * missing documents of served revisions from their stored snapshots ({@code on conflict do nothing}, so nodes doing it
 * at once write one row).
 */
@Component
class CsafDocuments implements CsafPublications {

    private static final String SERVED = """
            select c.tracking_id, c.file_name, c.year, c.tlp, c.initial_release_date, c.current_release_date,
              c.document
            from advisory_csaf c
            join advisory_public p on p.advisory_id = c.advisory_id and p.revision = c.revision
            where not p.withdrawn""";

    private final JdbcClient jdbc;
    private final Catalog catalog;
    private final Organization organization;
    private final JsonMapper json;

    CsafDocuments(JdbcClient jdbc, Catalog catalog, Organization organization, JsonMapper json) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.organization = organization;
        this.json = json;
    }

    /** The revision's document, with the catalog's families and identifiers as they are now. */
    byte[] document(AdvisorySnapshot s) {
        Map<Long, CsafProduct> products = new LinkedHashMap<>();
        s.vulnerabilities().forEach(v -> v.affected().forEach(a -> products.computeIfAbsent(a.productId(),
                id -> catalog.product(id).map(p -> new CsafProduct(p.id(), p.familyNameEn(), p.versionScheme(),
                        p.cpe(), p.purl(), p.modelNumbers())).orElse(CsafProduct.unknown(id, a.cpe())))));
        return CsafAdvisory.document(s, provider(), products);
    }

    /** Writes the revision's document; joins the caller's transaction (the publication's). */
    void store(AdvisorySnapshot s) {
        byte[] document = document(s);
        jdbc.sql("""
                insert into advisory_csaf (advisory_id, revision, tracking_id, file_name, year, tlp,
                  initial_release_date, current_release_date, document)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (advisory_id, revision) do nothing""")
                .params(s.id(), s.revision(), s.id(), CsafAdvisory.fileName(s.id()),
                        CsafAdvisory.year(s.firstPublished()), CsafAdvisory.TLP,
                        SqlInstants.toSql(CsafAdvisory.written(s.firstPublished())),
                        SqlInstants.toSql(CsafAdvisory.written(s.published())), document)
                .update();
    }

    @Override
    @Transactional
    public List<PublishedCsaf> current() {
        writeMissing();
        return jdbc.sql(SERVED + " order by c.current_release_date, c.tracking_id").query(this::read).list();
    }

    @Override
    @Transactional
    public Optional<PublishedCsaf> file(int year, String fileName) {
        writeMissing();
        return jdbc.sql(SERVED + " and c.year = ? and c.file_name = ?").params(year, fileName).query(this::read)
                .optional();
    }

    /** Served revisions without a document: those published before documents were written. */
    private void writeMissing() {
        jdbc.sql("""
                select r.snapshot::text from advisory_public p
                join advisory_revision r on r.advisory_id = p.advisory_id and r.number = p.revision
                where not p.withdrawn and not exists (select 1 from advisory_csaf c
                  where c.advisory_id = p.advisory_id and c.revision = p.revision)
                order by p.advisory_id""").query(String.class).list()
                .forEach(snapshot -> store(json.readValue(snapshot, AdvisorySnapshot.class)));
    }

    private PublishedCsaf read(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new PublishedCsaf(rs.getString("tracking_id"), rs.getString("file_name"), rs.getInt("year"),
                rs.getString("tlp"), SqlInstants.read(rs, "initial_release_date"),
                SqlInstants.read(rs, "current_release_date"), rs.getBytes("document"));
    }

    @Override
    public CsafPublisher publisher() {
        CsafProvider provider = provider();
        return new CsafPublisher("vendor", provider.name(), provider.namespace(), provider.contactDetails());
    }

    /**
     * The publisher from {@code madoguchi.organization.*}: its English name; as namespace the origin of the public
     * address, or without one the domain of the PSIRT's e-mail address; the PSIRT's e-mail as contact.
     */
    CsafProvider provider() {
        String base = organization.publicUrl();
        String namespace;
        if (base != null && !base.isBlank()) {
            URI uri = URI.create(base.strip());
            namespace = uri.getScheme() + "://" + uri.getRawAuthority();
        } else {
            String email = organization.psirtEmail();
            namespace = "https://" + email.substring(email.indexOf('@') + 1);
        }
        return new CsafProvider(organization.nameEn(), namespace, "E-mail: " + organization.psirtEmail(), base,
                CsafDocuments.class.getPackage().getImplementationVersion());
    }
}
