/**
 * The profile tests of CSAF 2.0 §6.1.27 (6.1.27.1 to 6.1.27.11): what a document of category
 * {@code csaf_informational_advisory}, {@code csaf_security_incident_response}, {@code csaf_security_advisory} or
 * {@code csaf_vex} must hold beyond the schema. Each test is skipped for the categories it does not name.
 */
package dev.madoguchi.csaf.profile;
