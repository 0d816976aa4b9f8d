package dev.madoguchi.sbom;

import java.io.IOException;
import java.io.UncheckedIOException;

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
import dev.madoguchi.sbom.InvalidSbomException.Reason;

/**
 * Parses the buffered SBOM into a Jackson 2 tree (the tree cyclonedx-core-java's schema validator reads), refusing
 * nesting deeper than {@link SbomLimits#maxJsonDepth()} while parsing, so that neither the parser nor the validator
 * that walks the tree afterwards can run out of stack.
 */
final class CycloneDxJson {

    private CycloneDxJson() {
    }

    static JsonNode parse(byte[] bytes, SbomLimits limits) {
        ObjectMapper mapper = mapper(limits);
        JsonNode root;
        try {
            root = mapper.readTree(bytes);
        } catch (StreamConstraintsException e) {
            if (e.getOriginalMessage().contains("nesting depth")) {
                String depth = String.valueOf(limits.maxJsonDepth());
                throw new InvalidSbomException(Reason.TOO_DEEP, depth, "The SBOM nests JSON objects and arrays more "
                        + "than " + depth + " levels deep, which no CycloneDX SBOM within Madoguchi's limit of "
                        + limits.maxNesting() + " levels of nested components needs. Export it again with fewer "
                        + "levels of nesting.");
            }
            throw notJson(e);
        } catch (JsonProcessingException e) {
            throw notJson(e);
        } catch (IOException e) {
            throw new UncheckedIOException("the buffered SBOM could not be parsed", e);
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidSbomException(Reason.NOT_JSON, "empty", "The SBOM is empty. Upload the CycloneDX JSON "
                    + "file itself.");
        }
        return root;
    }

    /**
     * One mapper per read, because the depth limit comes with the call. Duplicate member names are refused by the
     * parser: the tree would otherwise keep the last one silently (RFC 8259 §4 leaves their meaning open).
     */
    private static ObjectMapper mapper(SbomLimits limits) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxJsonDepth())
                .maxStringLength((int) Math.min(limits.maxBytes(), Integer.MAX_VALUE))
                .build();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    private static InvalidSbomException notJson(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
        String detail = where + e.getOriginalMessage();
        return new InvalidSbomException(Reason.NOT_JSON, detail, "The SBOM is not valid JSON (" + detail
                + "). Export it again as CycloneDX JSON and upload that file.");
    }
}
