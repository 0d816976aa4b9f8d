package dev.madoguchi.cve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** CVE records for the tests: the real ones of the reference corpus, and records built or altered from them. */
final class CveRecords {

    /** The reference corpus's real CVE records, relative to the project root (the tests' working folder). */
    static final Path REAL = Path.of("../shared/corpus/cve-real");
    /** A Mitsubishi Electric record with CVSS v3.1 in {@code metrics}, two affected products and versions. */
    static final Path PUBLISHED = REAL.resolve("mitsubishi/CVE-2024-1573.json");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CveRecords() {
    }

    /** Every record file of the corpus ({@code manifest.json} is an index, not a record). */
    static List<Path> real() {
        try (Stream<Path> files = Files.walk(REAL)) {
            return files.filter(file -> file.toString().endsWith(".json"))
                    .filter(file -> !file.getFileName().toString().equals("manifest.json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode read(Path file) {
        try {
            return (ObjectNode) MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The published corpus record, changed by {@code change}, as bytes. */
    static byte[] published(Consumer<ObjectNode> change) {
        ObjectNode record = read(PUBLISHED);
        change.accept(record);
        return bytes(record);
    }

    /**
     * A rejected record as the CVE JSON 5.1.1 schema's "Rejected" branch describes it: {@code cveMetadata} with
     * {@code state} {@code REJECTED}, a CNA container with only {@code providerMetadata} and {@code rejectedReasons}.
     */
    static ObjectNode rejected() {
        try {
            return (ObjectNode) MAPPER.readTree("""
                    {
                      "dataType": "CVE_RECORD",
                      "dataVersion": "5.1",
                      "cveMetadata": {
                        "cveId": "CVE-2026-12345",
                        "assignerOrgId": "e0f77b61-78fd-4786-b3fb-1ee347a748ad",
                        "assignerShortName": "Mitsubishi",
                        "state": "REJECTED",
                        "dateReserved": "2026-01-05T01:00:00.000Z",
                        "dateRejected": "2026-02-10T02:30:00.000Z",
                        "dateUpdated": "2026-02-10T02:30:00.000Z"
                      },
                      "containers": {
                        "cna": {
                          "providerMetadata": {
                            "orgId": "e0f77b61-78fd-4786-b3fb-1ee347a748ad",
                            "shortName": "Mitsubishi",
                            "dateUpdated": "2026-02-10T02:30:00.000Z"
                          },
                          "rejectedReasons": [
                            {"lang": "en", "value": "DO NOT USE THIS CVE ID NUMBER. Reason: it is a duplicate."}
                          ],
                          "replacedBy": ["CVE-2026-12344"]
                        }
                      }
                    }
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(ObjectNode record) {
        try {
            return MAPPER.writeValueAsBytes(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
