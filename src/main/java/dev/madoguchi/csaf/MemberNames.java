package dev.madoguchi.csaf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The member names of one document, kept so that every occurrence of the same plain ASCII name is one string: CSAF
 * repeats a few dozen names thousands of times, and one instance each means one string and one hash code to compute.
 * A small table by hash; a name that collides simply replaces the one before.
 *
 * <p>Names of the bundled schemas are canonical: read once with {@link #canonical()}, they are the interned strings,
 * the same instances as the string literals of the tests and the keys of the compiled schema, and every later
 * document that uses such a name gets that instance. Looking a member up by name then mostly compares references.
 */
final class MemberNames {

    /** The canonical names, an open-addressing table by hash, replaced whole when names are added. */
    private static volatile String[] known = new String[0];

    private final String[] names = new String[256];
    private final List<String> learnt;

    private MemberNames(List<String> learnt) {
        this.learnt = learnt;
    }

    /** Names for an ordinary document: canonical ones where known, the document's own otherwise. */
    static MemberNames ordinary() {
        return new MemberNames(null);
    }

    /** Names for a bundled schema: every new name is interned, and {@link #publish()} makes them canonical. */
    static MemberNames canonical() {
        return new MemberNames(new ArrayList<String>());
    }

    /** The name held by the bytes from {@code start} up to {@code end}, which the caller found to be plain ASCII. */
    String of(byte[] text, int start, int end, int hash) {
        int slot = hash & (names.length - 1);
        String known = names[slot];
        if (known != null && known.length() == end - start && sameAscii(known, text, start)) {
            return known;
        }
        String name = canonicalOf(text, start, end, hash);
        if (name == null) {
            name = new String(text, start, end - start, StandardCharsets.ISO_8859_1);
            if (learnt != null) {
                name = name.intern();
                learnt.add(name);
            }
        }
        names[slot] = name;
        return name;
    }

    /** Adds the names this reader learnt to the canonical ones. */
    void publish() {
        if (learnt != null && !learnt.isEmpty()) {
            add(learnt);
        }
    }

    private static String canonicalOf(byte[] text, int start, int end, int hash) {
        String[] table = known;
        if (table.length == 0) {
            return null;
        }
        int mask = table.length - 1;
        for (int slot = hash & mask;; slot = slot + 1 & mask) {
            String name = table[slot];
            if (name == null) {
                return null;
            }
            if (name.hashCode() == hash && name.length() == end - start && sameAscii(name, text, start)) {
                return name;
            }
        }
    }

    private static synchronized void add(List<String> names) {
        Set<String> all = new LinkedHashSet<>();
        for (String name : known) {
            if (name != null) {
                all.add(name);
            }
        }
        all.addAll(names);
        int size = Integer.highestOneBit(Math.max(all.size(), 1) * 4); // at most a quarter full: short probes
        String[] table = new String[size];
        for (String name : all) {
            int slot = name.hashCode() & (size - 1);
            while (table[slot] != null) {
                slot = slot + 1 & (size - 1);
            }
            table[slot] = name;
        }
        known = table;
    }

    private static boolean sameAscii(String known, byte[] text, int start) {
        for (int k = 0; k < known.length(); k++) {
            if (known.charAt(k) != text[start + k]) {
                return false;
            }
        }
        return true;
    }
}
