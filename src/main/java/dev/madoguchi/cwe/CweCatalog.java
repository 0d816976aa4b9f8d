package dev.madoguchi.cwe;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CWE list bundled with Madoguchi ({@code cwe/cwe-catalog.tsv}, derived from MITRE's CWE 4.15 by
 * {@code tools/cwe/generate.py}) with Japanese names and search words ({@code cwe/cwe-ja.tsv}). Plain Java: no
 * network, no Spring.
 */
public final class CweCatalog {

    private static final Pattern IDENTIFIER = Pattern.compile("(?i)^\\s*CWE[-\\s_]?(\\d{1,5})\\s*$");

    private final Map<Integer, Cwe> entries;

    private CweCatalog(Map<Integer, Cwe> entries) {
        this.entries = entries;
    }

    public static CweCatalog bundled() {
        ClassLoader loader = CweCatalog.class.getClassLoader();
        try (InputStream catalog = loader.getResourceAsStream("cwe/cwe-catalog.tsv");
             InputStream japanese = loader.getResourceAsStream("cwe/cwe-ja.tsv")) {
            return read(catalog, japanese);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled CWE catalog cannot be read", e);
        }
    }

    static CweCatalog read(InputStream catalog, InputStream japanese) throws IOException {
        Map<Integer, String[]> ja = new HashMap<>();
        for (String[] row : rows(japanese)) {
            ja.put(Integer.parseInt(row[0]), row);
        }
        Map<Integer, Cwe> entries = new LinkedHashMap<>();
        for (String[] row : rows(catalog)) {
            int id = Integer.parseInt(row[0]);
            String[] translation = ja.get(id);
            entries.put(id, new Cwe(id, row[1], translation == null ? null : translation[1], row[2], row[3],
                    row.length > 4 && !row[4].isEmpty(), translation == null || translation.length < 3 ? ""
                            : translation[2]));
        }
        return new CweCatalog(Map.copyOf(entries));
    }

    private static List<String[]> rows(InputStream in) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    public Optional<Cwe> byId(int id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** {@code CWE-79}, {@code cwe 79} or {@code CWE_79}: the entry, if the text is an identifier of a known one. */
    public Optional<Cwe> byIdentifier(String text) {
        Optional<Integer> id = parseIdentifier(text);
        return id.flatMap(this::byId);
    }

    /** The number in a CWE identifier, whether or not the catalog knows it. */
    public static Optional<Integer> parseIdentifier(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = IDENTIFIER.matcher(text);
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    public int size() {
        return entries.size();
    }

    /**
     * Assignable weaknesses matching the query in the identifier, English or Japanese name or search words; CWE-1003
     * members first, then by id. Width and case are folded, so {@code ｘｓｓ} finds cross-site scripting.
     */
    public List<Cwe> search(String query, int limit) {
        String q = fold(query);
        if (q.isEmpty()) {
            return simplifiedMapping().stream().limit(limit).toList();
        }
        Optional<Integer> id = parseIdentifier(query).or(() -> q.matches("\\d{1,5}") ? Optional.of(Integer.parseInt(q))
                : Optional.empty());
        List<Cwe> hits = new ArrayList<>();
        id.flatMap(this::byId).filter(Cwe::assignable).ifPresent(hits::add);
        entries.values().stream()
                .filter(Cwe::assignable)
                .filter(c -> !hits.contains(c))
                .filter(c -> fold(c.name()).contains(q) || (c.nameJa() != null && fold(c.nameJa()).contains(q))
                        || fold(c.aliases()).contains(q))
                .sorted(Comparator.comparing((Cwe c) -> !c.simplifiedMapping()).thenComparing(Cwe::id))
                .forEach(hits::add);
        return hits.stream().limit(limit).toList();
    }

    /** The members of CWE-1003, for a short picker. */
    public List<Cwe> simplifiedMapping() {
        return entries.values().stream().filter(Cwe::simplifiedMapping).sorted(Comparator.comparing(Cwe::id)).toList();
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
    }
}
