package dev.madoguchi.initiatives;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Japanese and English everywhere: both bundles have the same keys, and every state has its names and reasons. */
class InitiativeMessagesTests {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = InitiativeMessagesTests.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(bundle("initiatives_ja").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(bundle("initiatives").stringPropertyNames()));
    }

    @Test
    void everyStateHasANameAnActAndARefusalReason() throws IOException {
        var keys = bundle("initiatives").stringPropertyNames();
        for (InitiativeState state : InitiativeState.values()) {
            assertThat(keys).contains("initiatives.state." + state.tag(),
                    "initiatives.transition.refused." + state.tag());
            if (state != InitiativeState.DRAFT) {
                assertThat(keys).contains("initiatives.move." + state.tag());
            }
        }
    }
}
