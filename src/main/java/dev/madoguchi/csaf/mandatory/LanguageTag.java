package dev.madoguchi.csaf.mandatory;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Language tags as BCP 47 (RFC 5646) defines them: first well-formed by the grammar of RFC 5646 §2.1 —
 * {@code language(-extlang){0,3} (-script)? (-region)? (-variant)* (-extension)* (-privateuse)?}, a private use tag
 * {@code x-...}, or one of the 26 grandfathered tags — then valid by §2.2.9 as far as {@link LanguageSubtags} knows
 * the registry: the primary language, extended language, script and region subtags are registered (a primary
 * language of four to eight letters never is), no variant and no extension singleton appears twice. Case does not
 * matter (§2.1.1).
 */
final class LanguageTag {

    private static final Set<String> GRANDFATHERED = Set.of("en-gb-oed", "i-ami", "i-bnn", "i-default",
            "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo", "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu",
            "sgn-be-fr", "sgn-be-nl", "sgn-ch-de", "art-lojban", "cel-gaulish", "no-bok", "no-nyn", "zh-guoyu",
            "zh-hakka", "zh-min", "zh-min-nan", "zh-xiang");
    private static final Pattern SUBTAG = Pattern.compile("[a-z0-9]{1,8}");
    private static final Pattern LETTERS = Pattern.compile("[a-z]+");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}|[0-9]{3}");
    private static final Pattern VARIANT = Pattern.compile("[a-z0-9]{5,8}|[0-9][a-z0-9]{3}");

    private LanguageTag() {
    }

    /** What is wrong with {@code tag}, or {@code null} when it is a valid language tag. */
    static String problem(String tag) {
        String lower = tag.toLowerCase(Locale.ROOT);
        if (GRANDFATHERED.contains(lower)) {
            return null;
        }
        String[] subtags = lower.split("-", -1);
        for (String subtag : subtags) {
            if (!SUBTAG.matcher(subtag).matches()) {
                return "it is not well-formed: \"" + subtag + "\" is no subtag of one to eight letters or digits";
            }
        }
        if (subtags[0].equals("x")) {
            return privateUseProblem(subtags, 0);
        }
        String language = subtags[0];
        if (!LETTERS.matcher(language).matches() || language.length() < 2) {
            return "it is not well-formed: it does not start with a language subtag";
        }
        if (!LanguageSubtags.isLanguage(language)) {
            return "\"" + language + "\" is not a registered language subtag";
        }
        int i = 1;
        for (int extlangs = 0; i < subtags.length && extlangs < 3 && language.length() <= 3
                && subtags[i].length() == 3 && LETTERS.matcher(subtags[i]).matches(); i++, extlangs++) {
            if (!LanguageSubtags.isLanguage(subtags[i])) {
                return "\"" + subtags[i] + "\" is not a registered extended language subtag";
            }
        }
        if (i < subtags.length && subtags[i].length() == 4 && LETTERS.matcher(subtags[i]).matches()) {
            if (!LanguageSubtags.isScript(subtags[i])) {
                return "\"" + subtags[i] + "\" is not a registered script subtag";
            }
            i++;
        }
        if (i < subtags.length && REGION.matcher(subtags[i]).matches()) {
            if (!LanguageSubtags.isRegion(subtags[i])) {
                return "\"" + subtags[i] + "\" is not a registered region subtag";
            }
            i++;
        }
        return variantsAndExtensionsProblem(subtags, i);
    }

    private static String variantsAndExtensionsProblem(String[] subtags, int from) {
        Set<String> variants = new HashSet<>();
        int i = from;
        for (; i < subtags.length && VARIANT.matcher(subtags[i]).matches(); i++) {
            if (!variants.add(subtags[i])) {
                return "the variant \"" + subtags[i] + "\" appears twice";
            }
        }
        Set<String> singletons = new HashSet<>();
        while (i < subtags.length && subtags[i].length() == 1 && !subtags[i].equals("x")) {
            if (!singletons.add(subtags[i])) {
                return "the extension \"" + subtags[i] + "\" appears twice";
            }
            int start = ++i;
            while (i < subtags.length && subtags[i].length() >= 2) {
                i++;
            }
            if (i == start) {
                return "it is not well-formed: the extension \"" + subtags[start - 1] + "\" has no subtags";
            }
        }
        if (i < subtags.length && subtags[i].equals("x")) {
            return privateUseProblem(subtags, i);
        }
        return i < subtags.length ? "it is not well-formed at \"" + subtags[i] + "\"" : null;
    }

    /** Private use: {@code x} then one or more subtags, each already known to be one to eight letters or digits. */
    private static String privateUseProblem(String[] subtags, int x) {
        return x + 1 < subtags.length ? null : "it is not well-formed: the private use part \"x\" has no subtags";
    }
}
