package dev.madoguchi.csaf;

/** JSON pointers (RFC 6901), as findings name the value they are about. */
public final class JsonPointer {

    private JsonPointer() {
    }

    /** {@code base} followed by a member name, escaped as RFC 6901 §3 requires ({@code ~0}, {@code ~1}). */
    public static String member(String base, String name) {
        if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
            return base + "/" + name;
        }
        return base + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** {@code base} followed by an array index. */
    public static String index(String base, int index) {
        return base + "/" + index;
    }
}
