package dev.madoguchi.intake;

/**
 * How one part of a report arrived encrypted (issue 9): the report's text or a file, opened with one of the PSIRT
 * keys or kept as received because it could not be opened.
 *
 * @param fileName   the file as stored, or {@code null} for the report's text
 * @param openedWith the fingerprint of the PSIRT key that opened it, or {@code null}
 * @param problem    why it could not be opened (a {@code pgp.message.*} message key), or {@code null}
 */
public record PgpNote(String fileName, String openedWith, String problem) {

    public boolean aboutText() {
        return fileName == null;
    }

    public boolean failed() {
        return problem != null;
    }

    /** The fingerprint in groups of four, as the key page shows it. */
    public String groupedFingerprint() {
        if (openedWith == null) {
            return null;
        }
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < openedWith.length(); i += 4) {
            grouped.append(i == 0 ? "" : " ").append(openedWith, i, Math.min(openedWith.length(), i + 4));
        }
        return grouped.toString();
    }
}
