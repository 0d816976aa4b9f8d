package dev.madoguchi.cwe;

/**
 * A CWE entry: {@code CWE-79} "Improper Neutralization of Input During Web Page Generation ('Cross-site
 * Scripting')", with the Japanese name and search words where Madoguchi has them.
 *
 * @param simplifiedMapping a member of view CWE-1003, the short list NVD and JVN map vulnerabilities to
 */
public record Cwe(int id, String name, String nameJa, String abstraction, String status, boolean simplifiedMapping,
        String aliases) {

    public String identifier() {
        return "CWE-" + id;
    }

    /** The name in Japanese when there is one, otherwise the English name. */
    public String name(boolean japanese) {
        return japanese && nameJa != null && !nameJa.isEmpty() ? nameJa : name;
    }

    public boolean deprecated() {
        return "Deprecated".equals(status);
    }

    /** A weakness (not a category or a view) may be assigned to a vulnerability. */
    public boolean assignable() {
        return !deprecated() && !"Category".equals(abstraction) && !"View".equals(abstraction);
    }
}
