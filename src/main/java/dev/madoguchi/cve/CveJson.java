package dev.madoguchi.cve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Turns a record's bytes into the Jackson 2 tree the schema validator reads, or refuses them with a reason, before
 * the validator sees anything: the size is bounded, the text must be UTF-8 (RFC 8259 §8.1, and CVE Services accepts
 * nothing else), and nesting is bounded while parsing so that neither the parser nor the validator, which both
 * recurse once per level, can run out of stack.
 */
final class CveJson {

    /** 10 MiB: the largest CVE records (hundreds of affected versions) are a few hundred KiB. */
    static final int MAX_BYTES = 10 * 1024 * 1024;
    /**
     * The deepest JSON nesting accepted. The CVE JSON 5.1.1 schema's own structures stay within about a dozen levels
     * ({@code containers.cna.cpeApplicability[].nodes[].cpeMatch[]}); the rest is room for {@code x_} extensions.
     */
    static final int MAX_DEPTH = 100;

    private static final ObjectMapper MAPPER = mapper();

    private CveJson() {
    }

    /** The record as a tree. */
    static JsonNode parse(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new Refusal(String.format(Locale.ROOT, "is larger than the limit of %,d bytes", MAX_BYTES));
        }
        requireUtf8(bytes);
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (StreamConstraintsException e) {
            if (e.getOriginalMessage().contains("nesting depth")) {
                throw new Refusal("nests JSON objects and arrays more than " + MAX_DEPTH + " levels deep");
            }
            throw notJson(e);
        } catch (JsonProcessingException e) {
            throw notJson(e);
        } catch (IOException e) {
            throw new UncheckedIOException("the buffered record could not be parsed", e);
        }
        if (root == null || root.isMissingNode()) {
            throw new Refusal("is empty, not a JSON text");
        }
        return root;
    }

    /** A NUL is refused too: it is how UTF-16 text looks to a UTF-8 reader, and JSON has no place for it unescaped. */
    private static void requireUtf8(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            if (text.indexOf('\0') >= 0) {
                throw new Refusal("is not UTF-8 text (it holds a NUL byte, as UTF-16 text does)");
            }
        } catch (CharacterCodingException e) {
            throw new Refusal("is not UTF-8 text (a byte sequence is not UTF-8)");
        }
    }

    /** Duplicate member names are refused: the tree would otherwise keep the last one silently (RFC 8259 §4). */
    private static ObjectMapper mapper() {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxStringLength(MAX_BYTES)
                .build();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    private static Refusal notJson(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new Refusal("is not valid JSON" + where + ": " + e.getOriginalMessage());
    }

    /** Bytes that are no JSON record at all; the message completes "The record ...". */
    static final class Refusal extends RuntimeException {

        Refusal(String message) {
            super(message, null, false, false);
        }
    }
}
