package dev.madoguchi.csaf;

/**
 * One test of CSAF 2.0 §6 (mandatory §6.1, optional §6.2, informative §6.3). A test reads the document and reports
 * what it finds through {@link Findings#add(String, String)}; it must not throw on any input the schema allows or
 * forbids (a document that fails the schema is still tested), and its work must stay proportional to the document's
 * size (a lookup table, never a nested scan over all products times all references).
 */
public interface CsafTest {

    /** The §6 number, e.g. {@code 6.1.27.3}. */
    String id();

    CsafTestGroup group();

    void run(CsafDocument document, Findings findings);

    /** Collects one test's findings with its id and severity. */
    interface Findings {
        /**
         * @param path    JSON pointer to the offending value; build it with {@link JsonPointer}
         * @param message what is wrong, in English
         */
        void add(String path, String message);
    }
}
