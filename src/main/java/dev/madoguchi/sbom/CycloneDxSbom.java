package dev.madoguchi.sbom;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.madoguchi.sbom.InvalidSbomException.Reason;
import org.cyclonedx.Version;

/**
 * Reads a CycloneDX JSON SBOM (specification 1.4, 1.5 or 1.6) into a flat list of its components, or refuses it with
 * an {@link InvalidSbomException} that says why. Plain Java: the caller (the product catalogue) owns the stream,
 * the transaction and the storage; a refusal leaves nothing behind because nothing is returned.
 *
 * <p>The checks run from the cheapest to the dearest, each on input the earlier ones have bounded: size while
 * reading, UTF-8, JSON syntax and depth, {@code bomFormat}, {@code specVersion}, component count and nesting, and
 * last the JSON schema of the declared {@code specVersion}.
 */
public final class CycloneDxSbom {

    /** The {@code specVersion}s accepted, with cyclonedx-core-java's name for each. */
    static final Map<String, Version> ACCEPTED = Map.of(
            "1.4", Version.VERSION_14,
            "1.5", Version.VERSION_15,
            "1.6", Version.VERSION_16);

    private static final String ACCEPTED_TEXT = "CycloneDX 1.4, 1.5 and 1.6";
    /** How many schema problems the message quotes; the rest are counted. */
    private static final int PROBLEMS_QUOTED = 5;

    private CycloneDxSbom() {
    }

    /**
     * Compiles the JSON schemas of 1.4, 1.5 and 1.6 now instead of on the first {@code read} of each version. That
     * costs about a second on a cold JVM, which would otherwise fall on the first import after a start; call this
     * once in the background when the application starts.
     */
    public static void loadSchemas() {
        ACCEPTED.values().forEach(CycloneDxSchemas::compiled);
    }

    /** Reads with {@link SbomLimits#ofMaxBytes(long) the default nesting and component limits}. */
    public static Sbom read(InputStream in, long maxBytes) {
        return read(in, SbomLimits.ofMaxBytes(maxBytes));
    }

    /**
     * Reads the stream to its end or to one byte past {@code limits.maxBytes()}, whichever comes first; does not
     * close it.
     *
     * @throws InvalidSbomException naming what is wrong and what to do
     * @throws java.io.UncheckedIOException when the stream itself fails
     */
    public static Sbom read(InputStream in, SbomLimits limits) {
        byte[] bytes = SbomBytes.read(in, limits.maxBytes());
        SbomBytes.requireUtf8(bytes);
        JsonNode bom = CycloneDxJson.parse(bytes, limits);
        requireCycloneDx(bom);
        String specVersion = acceptedSpecVersion(bom);
        ComponentTree.checkLimits(bom, limits);
        requireSchemaValid(bom, specVersion);
        SbomComponent product = ComponentTree.product(bom);
        JsonNode serialNumber = bom.path("serialNumber");
        return new Sbom(specVersion, serialNumber.isTextual() ? serialNumber.asText() : null,
                bom.path("version").asInt(1), product, ComponentTree.flatten(bom, product));
    }

    /** {@code bomFormat}, required by every CycloneDX JSON schema from 1.2 to 1.6, tells CycloneDX from other JSON. */
    private static void requireCycloneDx(JsonNode bom) {
        JsonNode format = bom.path("bomFormat");
        if (format.isTextual() && format.asText().equals("CycloneDX")) {
            return;
        }
        String hint = bom.has("spdxVersion") ? " It looks like an SPDX document; export the SBOM as CycloneDX instead."
                : " Export the SBOM as CycloneDX JSON and upload that file.";
        String found = !bom.isObject() ? "a JSON " + bom.getNodeType().name().toLowerCase(Locale.ROOT)
                : format.isMissingNode() ? "no bomFormat" : "bomFormat " + format;
        throw new InvalidSbomException(Reason.NOT_CYCLONEDX, found, "The file is JSON but not a CycloneDX SBOM: "
                + "it has " + found + " where \"bomFormat\": \"CycloneDX\" is expected at the top level." + hint);
    }

    private static String acceptedSpecVersion(JsonNode bom) {
        JsonNode declared = bom.path("specVersion");
        if (declared.isTextual() && ACCEPTED.containsKey(declared.asText())) {
            return declared.asText();
        }
        String found = declared.isMissingNode() ? "no specVersion"
                : declared.isTextual() ? "specVersion " + declared.asText()
                : "specVersion " + declared + " (not a string)";
        throw new InvalidSbomException(Reason.UNSUPPORTED_SPEC_VERSION, found, "The SBOM declares " + found
                + ", but Madoguchi accepts " + ACCEPTED_TEXT + ". Export it again as CycloneDX 1.6 (or convert it, "
                + "e.g. with cyclonedx-cli: cyclonedx convert --output-version v1_6) and upload that file.");
    }

    private static void requireSchemaValid(JsonNode bom, String specVersion) {
        List<String> problems = CycloneDxSchemas.problems(bom, ACCEPTED.get(specVersion));
        if (problems.isEmpty()) {
            return;
        }
        String quoted = String.join("; ", problems.subList(0, Math.min(PROBLEMS_QUOTED, problems.size())));
        String more = problems.size() > PROBLEMS_QUOTED ? " (and " + (problems.size() - PROBLEMS_QUOTED) + " more)"
                : "";
        throw new InvalidSbomException(Reason.SCHEMA_INVALID, quoted + more, "The SBOM does not follow the "
                + "CycloneDX " + specVersion + " JSON schema: " + quoted + more + ". Correct these (usually in the "
                + "tool that produced the SBOM) and upload it again.");
    }
}
