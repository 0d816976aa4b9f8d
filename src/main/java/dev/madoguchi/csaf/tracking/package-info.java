/**
 * The mandatory tests of CSAF 2.0 §6.1.14 to §6.1.22 on {@code /document/tracking}: its version, status and
 * revision history. They share {@link dev.madoguchi.csaf.tracking.DocumentVersion} (integer or semantic versioning,
 * CSAF 2.0 §3.1.11.5), {@link dev.madoguchi.csaf.Rfc3339} (timestamps compared as instants) and the revision
 * history read once per document and put in order by date, then number.
 */
package dev.madoguchi.csaf.tracking;
