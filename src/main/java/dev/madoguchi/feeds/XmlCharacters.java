package dev.madoguchi.feeds;

/**
 * Keeps text to the characters XML 1.0 allows (XML 1.0 §2.2, production [2] {@code Char}): tab, line feed, carriage
 * return, U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF. The JDK's {@code XMLStreamWriter} escapes {@code <},
 * {@code &} and quotes, but writes a control character such as U+0000 or U+001B as it is, and then no parser reads
 * the feed at all: one pasted terminal escape in an advisory would break the feed for every subscriber. Such
 * characters carry no meaning in an advisory, so they are dropped, as are unpaired surrogates (not characters at
 * all) and U+FFFE/U+FFFF (non-characters).
 */
final class XmlCharacters {

    private XmlCharacters() {
    }

    static String legal(String text) {
        if (text.codePoints().allMatch(XmlCharacters::allowed)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(XmlCharacters::allowed).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    static boolean allowed(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
                || codePoint >= 0x20 && codePoint <= 0xD7FF
                || codePoint >= 0xE000 && codePoint <= 0xFFFD
                || codePoint >= 0x10000 && codePoint <= 0x10FFFF;
    }
}
