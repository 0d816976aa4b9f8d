package dev.madoguchi.csaf.mandatory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of the CWE entries (weaknesses, categories and views, deprecated ones included), bundled beside this
 * class as {@code cwe/cwe-names.tsv} and derived from Madoguchi's MITRE CWE catalog by {@code tools/cwe/csaf-names.py}.
 * An id may have several names when the file was made from several CWE versions; each is right. Read once, on first
 * use.
 */
final class CweNames {

    private static final String RESOURCE = "/dev/madoguchi/csaf/cwe/cwe-names.tsv";

    private CweNames() {
    }

    /** The names of CWE-{@code id}, none when there is no such CWE. */
    static List<String> of(int id) {
        return Holder.NAMES.getOrDefault(id, List.of());
    }

    /** The CWE version(s) the names are from, as the file's first comment says. */
    static String versions() {
        return Holder.versions;
    }

    private static final class Holder {
        private static String versions = "";
        private static final Map<Integer, List<String>> NAMES = read();

        private static Map<Integer, List<String>> read() {
            Map<Integer, List<String>> names = new HashMap<>();
            try (InputStream in = CweNames.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the class path");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (line.startsWith("#")) {
                        versions = versions.isEmpty() ? line.substring(1).trim() : versions;
                    } else if (!line.isBlank()) {
                        String[] row = line.split("\t");
                        names.put(Integer.parseInt(row[0]), List.of(Arrays.copyOfRange(row, 1, row.length)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("the bundled CWE names cannot be read", e);
            }
            return Map.copyOf(names);
        }
    }
}
