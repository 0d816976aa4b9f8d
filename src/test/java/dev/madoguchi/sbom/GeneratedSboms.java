package dev.madoguchi.sbom;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** CycloneDX 1.6 documents made up for the limits: many components, or components nested deep. */
final class GeneratedSboms {

    private GeneratedSboms() {
    }

    /**
     * A product with {@code count} top-level library components, each with the fields a generator such as
     * cyclonedx-maven-plugin writes (bom-ref, group, purl, supplier, hashes, licences), and a dependency graph.
     */
    static byte[] flat(int count) {
        StringBuilder json = new StringBuilder(count * 700);
        json.append("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",")
                .append("\"serialNumber\":\"urn:uuid:6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0\",\"version\":1,")
                .append("\"metadata\":{\"component\":{\"type\":\"application\",\"bom-ref\":\"product\",")
                .append("\"name\":\"big-product\",\"version\":\"1.0\"}},\"components\":[");
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                json.append(',');
            }
            String group = "org.example.group" + i % 97;
            String name = "artifact-" + i;
            String purl = "pkg:maven/" + group + "/" + name + "@1." + i % 13 + ".0?type=jar";
            json.append("{\"type\":\"library\",\"bom-ref\":\"").append(purl).append("\",\"group\":\"").append(group)
                    .append("\",\"name\":\"").append(name).append("\",\"version\":\"1.").append(i % 13)
                    .append(".0\",\"purl\":\"").append(purl).append("\",\"supplier\":{\"name\":\"Supplier ")
                    .append(i % 31).append("\",\"url\":[\"https://supplier").append(i % 31)
                    .append(".example.com/\"]},\"description\":\"Generated component number ").append(i)
                    .append(" for the size test.\",\"hashes\":[{\"alg\":\"SHA-256\",\"content\":\"")
                    .append(String.format(Locale.ROOT, "%064x", i)).append("\"},{\"alg\":\"SHA-1\",\"content\":\"")
                    .append(String.format(Locale.ROOT, "%040x", i))
                    .append("\"}],\"licenses\":[{\"license\":{\"id\":\"Apache-2.0\"}}],")
                    .append("\"externalReferences\":[{\"type\":\"vcs\",\"url\":\"https://git.example.com/")
                    .append(name).append(".git\"}]}");
        }
        json.append("],\"dependencies\":[{\"ref\":\"product\",\"dependsOn\":[");
        for (int i = 0; i < Math.min(count, 50); i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append("\"pkg:maven/org.example.group").append(i % 97).append("/artifact-").append(i).append("@1.")
                    .append(i % 13).append(".0?type=jar\"");
        }
        json.append("]}]}");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Components named {@code level-1} to {@code level-depth}, each inside the one before; no product. */
    static byte[] chain(int depth) {
        StringBuilder json = new StringBuilder("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":");
        for (int level = 1; level <= depth; level++) {
            json.append("[{\"type\":\"library\",\"name\":\"level-").append(level).append('"');
            if (level < depth) {
                json.append(",\"components\":");
            }
        }
        json.append("}]".repeat(depth)).append('}');
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }
}
