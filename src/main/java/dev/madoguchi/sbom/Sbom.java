package dev.madoguchi.sbom;

import java.util.List;

/**
 * A CycloneDX SBOM as Madoguchi keeps it: which document it is and the flat list of its component entries.
 *
 * @param specVersion  {@code specVersion}: {@code 1.4}, {@code 1.5} or {@code 1.6}
 * @param serialNumber {@code serialNumber}, an RFC 4122 URN naming this document; may be null
 * @param version      {@code version}, incremented each time the same serial number is reissued (1 when absent)
 * @param product      {@code metadata.component}, the product the SBOM describes; may be null. Its path is its name.
 * @param components   every entry of {@code components} and of {@code metadata.component.components}, nested ones
 *                     included, in document order, each parent before its children
 */
public record Sbom(String specVersion, String serialNumber, int version, SbomComponent product,
        List<SbomComponent> components) {

    public Sbom {
        components = List.copyOf(components);
    }
}
