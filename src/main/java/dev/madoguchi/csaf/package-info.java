/**
 * CSAF 2.0: reading and validating Common Security Advisory Framework documents (OASIS CSAF 2.0 with Errata 01) —
 * the JSON schema and the tests of §6 — and the {@code csaf validate} command. Plain Java with nothing but the JDK:
 * no Spring, no Jackson, no database, so that the command starts in milliseconds from the jar's root and the library
 * can be lifted out on its own (ADR 0011).
 *
 * <p>{@link dev.madoguchi.csaf.CsafValidator#validate(byte[])} answers with a {@link dev.madoguchi.csaf.CsafVerdict}:
 * valid or not, and {@link dev.madoguchi.csaf.CsafFinding}s naming the test, a JSON pointer and a message.
 */
package dev.madoguchi.csaf;
