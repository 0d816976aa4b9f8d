package dev.madoguchi.sbom;

import java.util.List;

/**
 * One component entry of a CycloneDX SBOM, flattened: the fields Madoguchi searches on, and where the entry sits.
 * Every entry is kept, even when two entries name the same package.
 *
 * @param bomRef   {@code bom-ref}, the entry's identifier inside this SBOM; may be null
 * @param purl     {@code purl}, the Package URL (e.g. {@code pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1});
 *                 may be null
 * @param name     {@code name}, required by the schema
 * @param group    {@code group} (a Maven groupId, an npm scope); may be null
 * @param version  {@code version}; may be null
 * @param supplier {@code supplier.name}, the organisation that supplied the component; may be null
 * @param type     {@code type}, e.g. {@code library}, {@code firmware}, {@code operating-system}; required by the
 *                 schema
 * @param path     the names from the top down to this entry itself: the product ({@code metadata.component}) when
 *                 the SBOM names one, then each enclosing entry of {@code components[].components[]}
 */
public record SbomComponent(String bomRef, String purl, String name, String group, String version, String supplier,
        String type, List<String> path) {

    public SbomComponent {
        path = List.copyOf(path);
    }

    /** The path for people, e.g. {@code firmware-image > busybox > zlib}. */
    public String pathText() {
        return String.join(" > ", path);
    }
}
