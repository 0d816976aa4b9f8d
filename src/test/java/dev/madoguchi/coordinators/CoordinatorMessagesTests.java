package dev.madoguchi.coordinators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;

import dev.madoguchi.openpgp.PublicKeyCheck;
import org.junit.jupiter.api.Test;

/** Japanese and English everywhere: the coordinators bundles have the same keys and name every key problem. */
class CoordinatorMessagesTests {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = CoordinatorMessagesTests.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(bundle("coordinators_ja").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(bundle("coordinators").stringPropertyNames()));
        assertThat(new TreeSet<>(bundle("cases_ja").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(bundle("cases").stringPropertyNames()));
    }

    @Test
    void everyKeyProblemHasAMessage() throws IOException {
        for (PublicKeyCheck.Problem problem : PublicKeyCheck.Problem.values()) {
            assertThat(bundle("coordinators").stringPropertyNames())
                    .contains("coordinators.pgp." + problem.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
    }
}
