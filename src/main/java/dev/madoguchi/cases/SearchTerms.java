package dev.madoguchi.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a queue search is run. Text in Latin script and digits is matched word by word (the last word as a prefix) with
 * PostgreSQL's word index; a query with Japanese (or other CJK) characters, which are written without spaces, is
 * matched as a substring with the trigram index. Plain Java.
 */
final class SearchTerms {

    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}\\uFF00-\\uFFEF]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    static final int MAX_WORDS = 8;

    private SearchTerms() {
    }

    /**
     * A {@code to_tsquery('simple', …)} string such as {@code deserialization & in & product & 42}, or null when the
     * query must be searched as a substring (it has CJK characters, or no word at all).
     */
    static String prefixQuery(String query) {
        if (query == null || CJK.matcher(query).find()) {
            return null;
        }
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(query.toLowerCase(Locale.ROOT));
        while (m.find() && words.size() < MAX_WORDS) {
            words.add(m.group());
        }
        if (words.isEmpty()) {
            return null;
        }
        // only the last word may be unfinished (typed as you search); a short prefix would match too many words
        int last = words.size() - 1;
        if (words.get(last).length() >= 3) {
            words.set(last, words.get(last) + ":*");
        }
        return String.join(" & ", words);
    }
}
