package dev.madoguchi.csaf;

import dev.madoguchi.csaf.mandatory.Language;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** CSAF 2.0 §6.1.12 Language: BCP 47 well-formedness and registered subtags. */
class LanguageTagTests {

    private static final CsafTest TEST = new Language();

    private static List<CsafFinding> findings(String lang) {
        return CsafTestCases.findings(TEST, "{\"document\": {\"lang\": \"" + lang + "\"}}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-US", "EN-us", "de-DE", "es-419", "zh-Hant-TW", "sr-Latn-RS", "de-CH-1996",
            "sl-rozaj-biske", "gsw", "ast", "und", "qaa", "qtz-Qaaa-QM", "zh-yue", "zh-cmn-Hans-CN", "en-GB-oed",
            "i-default", "sgn-BE-FR", "zh-min-nan", "x-whatever", "en-US-x-twain", "en-a-bbb-x-a-ccc",
            "de-u-co-phonebk", "he", "iw", "sh", "en-001", "en-EU", "fr-XK", "en-AA"})
    void validLanguageTagsPass(String lang) {
        assertThat(findings(lang)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"EZ", "ez-US", "eng", "english", "enus", "e", "", "en-", "-en", "en--US", "en_US",
            "en-US-US", "en-ZX", "en-Latx", "en-999", "de-1996-1996", "en-a-x-y", "en-a-b-c-d-a-e", "en-a",
            "x", "en-x", "zh-qzz", "en-toolongsubtag", "qzz", "en-US-ü"})
    void invalidOrUnknownLanguageTagsAreReported(String lang) {
        assertThat(findings(lang)).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("/document/lang");
            assertThat(f.message()).contains("\"" + lang + "\"");
        });
    }

    @Test
    void sourceLangIsCheckedToo() {
        assertThat(CsafTestCases.findings(TEST, "{\"document\": {\"lang\": \"en\", \"source_lang\": \"EZ\"}}"))
                .extracting(CsafFinding::path).containsExactly("/document/source_lang");
    }

    @Test
    void missingOrNonStringLanguageIsLeftToTheSchema() {
        assertThat(CsafTestCases.findings(TEST, "{\"document\": {\"lang\": 5}}")).isEmpty();
        assertThat(CsafTestCases.findings(TEST, "{}")).isEmpty();
    }

    /** The three-letter language data, re-derived from Debian's iso-codes where that package is installed. */
    @Test
    void threeLetterLanguagesAreExactlyTheRegisteredOnes() throws Exception {
        Path iso = Path.of("/usr/share/iso-codes/json");
        Assumptions.assumeTrue(Files.isDirectory(iso), "iso-codes is not installed");
        Set<String> expected = new HashSet<>();
        Pattern entry = Pattern.compile("\\{[^{}]*}");
        Pattern alpha3 = Pattern.compile("\"alpha_3\": \"([a-z]{3})\"");
        for (String file : List.of("iso_639-2.json", "iso_639-3.json", "iso_639-5.json")) {
            Matcher item = entry.matcher(Files.readString(iso.resolve(file)));
            while (item.find()) {
                Matcher code = alpha3.matcher(item.group());
                if (!item.group().contains("\"alpha_2\"") && code.find()) {
                    expected.add(code.group(1));
                }
            }
        }
        for (char b = 'a'; b <= 't'; b++) {
            for (char c = 'a'; c <= 'z'; c++) {
                expected.add("q" + b + c);
            }
        }
        Set<String> known = new HashSet<>();
        for (char a = 'a'; a <= 'z'; a++) {
            for (char b = 'a'; b <= 'z'; b++) {
                for (char c = 'a'; c <= 'z'; c++) {
                    String code = "" + a + b + c;
                    if (findings(code).isEmpty()) {
                        known.add(code);
                    }
                }
            }
        }
        assertThat(known).isEqualTo(expected);
    }
}
