/**
 * CVE records: checking a CVE JSON 5 record (CVE Record Format 5.1.1 by default) against the bundled CVE JSON schema,
 * and the {@code cve validate} command that does so for files. Plain Java, no Spring and no database.
 *
 * <p>{@link dev.madoguchi.cve.CveSchema#validate(byte[])} answers with {@link dev.madoguchi.cve.CveFinding}s, each a
 * JSON pointer into the record and an English message; none means the record is valid. The schema's top-level
 * {@code oneOf} (Published or Rejected record) is resolved by {@code cveMetadata.state}, so that a broken published
 * record is not also reported as a broken rejected one; see {@link dev.madoguchi.cve.CveSchema}.
 */
package dev.madoguchi.cve;
