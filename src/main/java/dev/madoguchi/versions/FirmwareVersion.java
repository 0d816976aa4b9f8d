package dev.madoguchi.versions;

import static dev.madoguchi.versions.InvalidVersionException.quoted;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version of {@link VersionScheme#FIRMWARE}: the strings device makers print on firmware, such as "Ver.1.08J",
 * "1.08J", "V2.10", "Ver.1.060", "05" or "1.0.3a".
 *
 * <p>Reading: blanks around the version and a leading "Ver.", "Ver" or "V" (any case, followed by a digit) are
 * ignored. The rest is ASCII letters and digits, with ".", "-" and "_" as separators; it is read as runs of digits
 * and runs of letters ("1.08J" is 1, 08, J; "1.0.3a" is 1, 0, 3, a). Separators only end a run, so "1.08J",
 * "1-08-J" and "1.08.J" are the same version. At least one digit is required, which refuses "n/a", "latest" or
 * "unknown".
 *
 * <p>Ordering, run by run from the left, in the manner of the purl-spec VERS {@code generic} scheme (wholly numeric
 * and wholly alphabetic segments, as libversion and RPM's rpmvercmp split them):
 * <ul>
 * <li>digit runs compare as numbers, so leading zeros do not count (1.08 equals 1.8 and is below 1.10; 1.060 equals
 * 1.60);</li>
 * <li>letter runs compare alphabetically, ignoring case (1.08J equals 1.08j, and is below 1.08K);</li>
 * <li>a digit run is above a letter run in the same place, as in rpmvercmp: 1.0a (a revision of 1.0) is below
 * 1.0.1;</li>
 * <li>where one version ends and the other goes on, the longer one is above, whether it goes on with letters or
 * digits: 1.08 &lt; 1.08J and 1.0 &lt; 1.0.1. So a letter suffix is never read as a pre-release; a product whose
 * "1.1beta" comes before "1.1" needs {@link VersionScheme#LISTED}.</li>
 * </ul>
 * Two spellings can be equal in this order ("Ver.1.08J" and "1.08j"); the product keeps the spelling it was given.
 */
record FirmwareVersion(List<String> runs) implements Comparable<FirmwareVersion> {

    private static final Pattern PREFIX = Pattern.compile("^(?i:ver\\.?|v)\\s*(?=[0-9])");
    private static final String ALLOWED = " Use ASCII letters and digits, with . - _ between them, such as 1.08J.";

    FirmwareVersion {
        runs = List.copyOf(runs);
    }

    /** @throws InvalidVersionException naming the character or the part that cannot be read */
    static FirmwareVersion parse(String text) {
        String version = text == null ? "" : text.strip();
        if (version.isEmpty()) {
            throw new InvalidVersionException("The version is empty.");
        }
        Matcher prefix = PREFIX.matcher(version);
        String rest = prefix.find() ? version.substring(prefix.end()) : version;
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean afterSeparator = true;
        boolean hasDigit = false;
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '.' || c == '-' || c == '_') {
                if (afterSeparator) {
                    throw new InvalidVersionException(quoted(version) + " is not a firmware version: a separator ("
                            + ". - _) must stand between letters or digits." + ALLOWED);
                }
                endRun(runs, run);
                afterSeparator = true;
                continue;
            }
            boolean digit = Numerals.isDigit(c);
            if (!digit && !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z')) {
                throw new InvalidVersionException(quoted(version) + " is not a firmware version: "
                        + quoted(String.valueOf(c)) + " cannot be part of it." + ALLOWED);
            }
            if (run.length() > 0 && Numerals.isDigit(run.charAt(0)) != digit) {
                endRun(runs, run);
            }
            run.append(c);
            hasDigit |= digit;
            afterSeparator = false;
        }
        if (!hasDigit) {
            throw new InvalidVersionException(quoted(version) + " is not a firmware version: it has no digits."
                    + ALLOWED);
        }
        if (afterSeparator) {
            throw new InvalidVersionException(quoted(version) + " is not a firmware version: it ends with a separator."
                    + ALLOWED);
        }
        endRun(runs, run);
        return new FirmwareVersion(runs);
    }

    private static void endRun(List<String> runs, StringBuilder run) {
        if (run.length() > 0) {
            runs.add(run.toString());
            run.setLength(0);
        }
    }

    @Override
    public int compareTo(FirmwareVersion other) {
        int length = Math.min(runs.size(), other.runs.size());
        for (int i = 0; i < length; i++) {
            int c = compareRuns(runs.get(i), other.runs.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(runs.size(), other.runs.size());
    }

    private static int compareRuns(String a, String b) {
        boolean aDigits = Numerals.isDigit(a.charAt(0));
        boolean bDigits = Numerals.isDigit(b.charAt(0));
        if (aDigits && bDigits) {
            return Numerals.compare(a, b);
        }
        if (aDigits || bDigits) {
            return aDigits ? 1 : -1;
        }
        return Integer.signum(a.toLowerCase(Locale.ROOT).compareTo(b.toLowerCase(Locale.ROOT)));
    }
}
