package dev.madoguchi.openpgp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Japanese and English everywhere: the openpgp bundles have the same keys, and every key a page names exists. */
class OpenPgpMessagesTests {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = OpenPgpMessagesTests.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(bundle("openpgp_ja").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(bundle("openpgp").stringPropertyNames()));
    }

    @Test
    void everyPgpMessageTheTemplatesAndLayoutNameExists() throws IOException {
        Set<String> named = new TreeSet<>();
        Pattern literal = Pattern.compile("#\\{(pgp\\.[a-z0-9.-]+)[}(]");
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        assertThat(named).contains("pgp.page.title", "pgp.banner.expires", "pgp.admin.nav");
        assertThat(bundle("openpgp").stringPropertyNames()).containsAll(named);
    }
}
