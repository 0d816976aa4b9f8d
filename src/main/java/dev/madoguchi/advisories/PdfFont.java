package dev.madoguchi.advisories;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The Japanese font that ships inside the application for PDF renditions (ADR 0009): Noto Sans JP Regular with
 * TrueType outlines, which PDFBox can subset and embed (it cannot embed the CFF outlines of the Noto Sans CJK
 * {@code .otf} files that Debian installs). Its licence, the SIL Open Font License 1.1, lies beside it. The bytes are
 * read once, on first use, and kept: every rendering parses the font afresh from memory, never from the classpath.
 * The file itself is shipped unchanged.
 */
final class PdfFont {

    /** The family name advisory templates give in CSS; text in any other family falls back to it too. */
    static final String FAMILY = "Madoguchi Sans";

    static final String RESOURCE = "/fonts/NotoSansJP-Regular.ttf";

    private static final int GSUB = tag("GSUB");
    private static final int UNUSED = tag("XSUB");

    private PdfFont() {
    }

    /** A fresh stream over the cached bytes, as openhtmltopdf asks for one each time it loads the font. */
    static InputStream open() {
        return new ByteArrayInputStream(Bytes.FONT);
    }

    /** Holder idiom: the JVM loads the 5 MB file lazily and exactly once, without locks on the rendering path. */
    private static final class Bytes {

        static final byte[] FONT = read();

        private static byte[] read() {
            try (InputStream in = PdfFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The bundled PDF font is missing from the classpath: " + RESOURCE);
                }
                return withoutGlyphSubstitution(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Hides the font's GSUB table from PDFBox by renaming it in the in-memory table directory (OpenType, "Table
     * directory"). PDFBox 3 applies the Latin ligatures of GSUB when it writes text, and the subset's ToUnicode then
     * maps the ligature glyph to one of U+FB00 to U+FB04: "Affected" would be searched and copied with U+FB00 for "ff".
     * Horizontal Japanese needs none of the substitutions PDFBox performs, and the subset never embeds GSUB anyway.
     */
    static byte[] withoutGlyphSubstitution(byte[] font) {
        ByteBuffer directory = ByteBuffer.wrap(font);
        int tables = Short.toUnsignedInt(directory.getShort(4));
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (directory.getInt(record) == GSUB) {
                directory.putInt(record, UNUSED);
            }
        }
        return font;
    }

    private static int tag(String tag) {
        return ByteBuffer.wrap(tag.getBytes(StandardCharsets.US_ASCII)).getInt();
    }
}
