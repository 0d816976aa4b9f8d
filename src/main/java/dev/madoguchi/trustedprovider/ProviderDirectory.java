package dev.madoguchi.trustedprovider;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.madoguchi.advisories.PublishedCsaf;
import dev.madoguchi.openpgp.PsirtKey;
import dev.madoguchi.openpgp.PsirtKeys;

import org.springframework.stereotype.Component;

/**
 * The trusted provider's whole tree (CSAF 2.0 §7.1, role §7.2.3) as files: what the web serves and what
 * {@code csaf export-provider} writes come from here, so the two cannot disagree. Absolute URLs inside the files
 * start with {@code base}, the public address without a trailing slash.
 */
@Component
class ProviderDirectory {

    /** {@code /.well-known/csaf/white/<year>/<file>.json}, optionally with its hash or signature extension. */
    private static final Pattern DOCUMENT_FILE = Pattern.compile(
            Pattern.quote(ProviderPaths.WHITE) + "([0-9]{4})/(" + PublicDocuments.FILE_NAME.pattern()
                    + ")(\\.sha256|\\.sha512|\\.asc)?");
    /** The files beside each document: itself, its hashes (§7.1.18) and its signature (§7.1.19). */
    private static final List<String> BESIDE_DOCUMENT = List.of("", ".sha256", ".sha512", ".asc");

    private final PublicDocuments documents;
    private final ProviderMetadata metadata;
    private final RolieDocuments rolie;
    private final DocumentSignatures signatures;
    private final PsirtKeys keys;
    private final SecurityTxt securityTxt;
    private final Clock clock;

    ProviderDirectory(PublicDocuments documents, ProviderMetadata metadata, RolieDocuments rolie,
            DocumentSignatures signatures, PsirtKeys keys, SecurityTxt securityTxt, Clock clock) {
        this.documents = documents;
        this.metadata = metadata;
        this.rolie = rolie;
        this.signatures = signatures;
        this.keys = keys;
        this.securityTxt = securityTxt;
        this.clock = clock;
    }

    /**
     * Every file of the tree: the lists and metadata first, then each document with its hashes and signature, and
     * security.txt (signed: {@code base} is the operator's).
     */
    List<ProviderFile> all(String base) {
        List<PublishedCsaf> servable = documents.all();
        List<ProviderFile> files = new ArrayList<>(lists(base, servable));
        files.add(securityTxt.file(base, clock.instant(), true));
        for (PublishedCsaf document : servable) {
            for (String extension : BESIDE_DOCUMENT) {
                files.add(documentFile(document, extension));
            }
        }
        return files;
    }

    /** The file served at {@code path}, if the tree has one there. */
    /**
     * The file served at {@code path}, or empty.
     *
     * @param trustedBase whether {@code base} is the configured public address rather than the request's Host
     *                    ({@link SecurityTxt#file})
     */
    Optional<ProviderFile> file(String path, String base, boolean trustedBase) {
        if (path.equals(ProviderPaths.SECURITY_TXT)) {
            return Optional.of(securityTxt.file(base, clock.instant(), trustedBase));
        }
        Matcher document = DOCUMENT_FILE.matcher(path);
        if (document.matches()) {
            String extension = document.group(3) == null ? "" : document.group(3);
            return documents.find(Integer.parseInt(document.group(1)), document.group(2))
                    .map(d -> documentFile(d, extension));
        }
        if (!path.startsWith(ProviderPaths.ROOT)) {
            return Optional.empty();
        }
        return lists(base, documents.all()).stream().filter(f -> f.path().equals(path)).findFirst();
    }

    /** The files that describe the whole set of documents rather than one of them, folder listings included. */
    private List<ProviderFile> lists(String base, List<PublishedCsaf> servable) {
        PsirtKey current = keys.currentOrFirst();
        List<PsirtKey> offered = keys.offered();
        Instant lastUpdated = servable.stream().map(PublishedCsaf::currentReleaseDate).max(Comparator.naturalOrder())
                .orElse(current.facts().created());
        List<RolieEntry> entries = rolie.entries(servable);
        List<ProviderFile> described = new ArrayList<>(List.of(
                new ProviderFile(ProviderPaths.METADATA, metadata.write(base, lastUpdated, offered), ProviderFile.JSON,
                        lastUpdated),
                new ProviderFile(ProviderPaths.SERVICE, rolie.service(base), ProviderFile.JSON, lastUpdated),
                new ProviderFile(ProviderPaths.INDEX, DirectoryIndexes.index(servable), ProviderFile.TEXT,
                        lastUpdated),
                new ProviderFile(ProviderPaths.CHANGES, DirectoryIndexes.changes(servable), ProviderFile.CSV,
                        lastUpdated),
                new ProviderFile(ProviderPaths.FEED, rolie.feed(base, entries, lastUpdated), ProviderFile.JSON,
                        lastUpdated),
                new ProviderFile(ProviderPaths.CATEGORIES, rolie.categories(entries), ProviderFile.JSON,
                        lastUpdated)));
        // §7.1.20: each offered PSIRT key in openpgp/, named by its fingerprint
        for (PsirtKey key : offered) {
            described.add(new ProviderFile(ProviderPaths.publicKey(key.fingerprint()),
                    key.publicKey().getBytes(StandardCharsets.US_ASCII), ProviderFile.KEYS, key.facts().created()));
        }
        List<ProviderFile> lists = new ArrayList<>(described);
        lists.addAll(listings(described, servable, lastUpdated));
        return lists;
    }

    /**
     * §7.1.14: a listing of the TLP:WHITE folder and of each year folder, naming exactly the files and folders the
     * tree has there; each last modified when the newest document below it was.
     */
    private static List<ProviderFile> listings(List<ProviderFile> described, List<PublishedCsaf> servable,
            Instant lastUpdated) {
        List<String> paths = new ArrayList<>(described.stream().map(ProviderFile::path).toList());
        Map<String, Instant> folders = new TreeMap<>(Map.of(ProviderPaths.WHITE, lastUpdated));
        for (PublishedCsaf document : servable) {
            BESIDE_DOCUMENT.forEach(extension -> paths.add(ProviderPaths.document(document) + extension));
            folders.merge(ProviderPaths.yearFolder(document.year()), document.currentReleaseDate(),
                    (a, b) -> a.isAfter(b) ? a : b);
        }
        return folders.entrySet().stream().map(folder -> new ProviderFile(folder.getKey(),
                DirectoryListing.html(folder.getKey(), DirectoryListing.entries(folder.getKey(), paths)),
                ProviderFile.HTML, folder.getValue())).toList();
    }

    private ProviderFile documentFile(PublishedCsaf document, String extension) {
        String path = ProviderPaths.document(document);
        byte[] json = document.json();
        Instant changed = document.currentReleaseDate();
        return switch (extension) {
            case "" -> new ProviderFile(path, json, ProviderFile.JSON, changed);
            // §7.1.18: the hash first, then the file name, as sha256sum/sha512sum print it
            case ".sha256" -> new ProviderFile(path + extension, hashLine(Digests.sha256(json), document),
                    ProviderFile.TEXT, changed);
            case ".sha512" -> new ProviderFile(path + extension, hashLine(Digests.sha512(json), document),
                    ProviderFile.TEXT, changed);
            case ".asc" -> new ProviderFile(path + extension,
                    signatures.of(path, json).getBytes(StandardCharsets.US_ASCII), ProviderFile.SIGNATURE, changed);
            default -> throw new IllegalArgumentException("no such file beside a CSAF document: " + extension);
        };
    }

    private static byte[] hashLine(String hex, PublishedCsaf document) {
        return (hex + "  " + document.fileName() + "\n").getBytes(StandardCharsets.US_ASCII);
    }
}
