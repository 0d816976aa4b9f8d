package dev.madoguchi.csaf.optional;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds a subtag reserved for private use in a BCP 47 language tag (RFC 5646 §2.2): the languages {@code qaa-qtz}, the
 * scripts {@code Qaaa-Qabx}, the regions {@code AA}, {@code QM-QZ}, {@code XA-XZ} and {@code ZZ}, and the private use
 * singleton {@code x} with what follows it (which may also make up the whole tag). Grandfathered {@code i-} tags hold
 * none. Case is ignored, as BCP 47 does.
 */
final class PrivateUseSubtag {

    private static final Pattern ALPHA_3 = Pattern.compile("[a-z]{3}");
    private static final Pattern ALPHA_4 = Pattern.compile("[a-z]{4}");
    private static final Pattern ALPHA_2 = Pattern.compile("[a-z]{2}");
    private static final Pattern PRIVATE_LANGUAGE = Pattern.compile("q[a-t][a-z]");
    private static final Pattern PRIVATE_SCRIPT = Pattern.compile("qa(?:a[a-z]|b[a-x])");
    private static final Pattern PRIVATE_REGION = Pattern.compile("aa|q[m-z]|x[a-z]|zz");

    private PrivateUseSubtag() {
    }

    /** The first private use subtag of {@code tag} (from the {@code x} on for private use sequences), or {@code null}. */
    static String in(String tag) {
        String[] subtags = tag.toLowerCase(Locale.ROOT).split("-", -1);
        String[] original = tag.split("-", -1);
        if (subtags[0].equals("i")) {
            return null;
        }
        if (subtags[0].equals("x")) {
            return tag;
        }
        if (PRIVATE_LANGUAGE.matcher(subtags[0]).matches()) {
            return original[0];
        }
        int i = 1;
        while (i < subtags.length && i <= 3 && ALPHA_3.matcher(subtags[i]).matches()) {
            i++;
        }
        if (i < subtags.length && ALPHA_4.matcher(subtags[i]).matches()) {
            if (PRIVATE_SCRIPT.matcher(subtags[i]).matches()) {
                return original[i];
            }
            i++;
        }
        if (i < subtags.length && ALPHA_2.matcher(subtags[i]).matches() && PRIVATE_REGION.matcher(subtags[i]).matches()) {
            return original[i];
        }
        for (; i < subtags.length; i++) {
            if (subtags[i].equals("x")) {
                return String.join("-", Arrays.copyOfRange(original, i, original.length));
            }
        }
        return null;
    }
}
