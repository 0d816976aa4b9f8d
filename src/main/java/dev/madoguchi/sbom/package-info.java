/**
 * SBOMs: reading a CycloneDX JSON document (specification 1.4, 1.5 or 1.6) into a flat list of its component entries,
 * or refusing it with a reason. Plain Java, no Spring and no database: the product catalogue stores what
 * {@link dev.madoguchi.sbom.CycloneDxSbom#read(java.io.InputStream, SbomLimits)} returns.
 *
 * <p>Each entry's path is where it sits in the {@code components[].components[]} nesting below the product
 * ({@code metadata.component}), not a route through the {@code dependencies} graph; see
 * {@link dev.madoguchi.sbom.SbomComponent}. cyclonedx-core-java supplies the JSON schemas and their validation; the
 * document is read, bounded and parsed here first, because the library's own parser takes no limits.
 */
package dev.madoguchi.sbom;
