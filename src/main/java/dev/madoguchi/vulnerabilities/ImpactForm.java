package dev.madoguchi.vulnerabilities;

/** An impact as typed: the product, its versions in the house range notation, the status and its reasons. */
record ImpactForm(Long impactId, Long productId, String range, ImpactStatus status, Justification justification,
        String statement) {
}
