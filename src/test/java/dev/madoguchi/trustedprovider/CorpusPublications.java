package dev.madoguchi.trustedprovider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.madoguchi.advisories.CsafPublications;
import dev.madoguchi.advisories.CsafPublisher;
import dev.madoguchi.advisories.PublishedCsaf;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Stands in for the advisories module's CSAF publications (ahead of the real ones): real CSAF 2.0 documents from the shared corpus, plus one
 * labelled TLP:AMBER that must never be served.
 */
@TestConfiguration(proxyBeanMethods = false)
class CorpusPublications {

    static final Path CORPUS = Path.of("../shared/corpus");
    static final List<Path> WHITE = List.of(
            CORPUS.resolve("csaf-examples/csaf/bsi-2022-0001.json"),
            CORPUS.resolve("csaf-examples/csaf/rhsa-2021_5186.json"),
            CORPUS.resolve("csaf-real/OT/white/2019/icsa-19-162-04.json"));
    /** Served as if labelled TLP:AMBER: its path must answer 404 and no list may name it. */
    static final Path AMBER = CORPUS.resolve("csaf-examples/csaf/rhsa-2022_0011.json");

    @Bean
    @Primary
    CsafPublications corpusPublications() {
        List<PublishedCsaf> all = new ArrayList<>();
        WHITE.forEach(p -> all.add(read(p, null)));
        all.add(read(AMBER, "AMBER"));
        all.sort(Comparator.comparing(PublishedCsaf::currentReleaseDate));
        return new CsafPublications() {
            @Override
            public CsafPublisher publisher() {
                return new CsafPublisher("vendor", "Example Electric Corporation", "https://psirt.example.com",
                        "E-mail: psirt@example.com");
            }

            @Override
            public List<PublishedCsaf> current() {
                return List.copyOf(all);
            }

            @Override
            public Optional<PublishedCsaf> file(int year, String fileName) {
                return all.stream().filter(d -> d.year() == year && d.fileName().equals(fileName)).findFirst();
            }
        };
    }

    static PublishedCsaf read(Path file, String tlpOverride) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            JsonNode document = JsonMapper.builder().build().readTree(bytes).path("document");
            String id = document.path("tracking").path("id").asString();
            Instant initial = Instant.parse(document.path("tracking").path("initial_release_date").asString());
            Instant current = Instant.parse(document.path("tracking").path("current_release_date").asString());
            String tlp = tlpOverride != null ? tlpOverride
                    : document.path("distribution").path("tlp").path("label").asString();
            // CSAF 2.0 §5.1
            String fileName = id.toLowerCase(Locale.ROOT).replaceAll("[^+\\-a-z0-9]+", "_") + ".json";
            return new PublishedCsaf(id, fileName, initial.atZone(ZoneOffset.UTC).getYear(), tlp, initial, current,
                    bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
