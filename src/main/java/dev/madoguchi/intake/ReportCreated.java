package dev.madoguchi.intake;

import java.util.List;

/**
 * The answer to an accepted report: {@code acknowledgeBy} is ISO-8601 with the JST offset.
 *
 * @param undecrypted the parts that arrived encrypted but could not be decrypted (kept as received; issue 9)
 */
public record ReportCreated(String trackingNumber, String statusUrl, String acknowledgeBy,
        List<Undecrypted> undecrypted) {

    /**
     * A part of the report to encrypt again to the current PSIRT key.
     *
     * @param fileName the file, or {@code null} for the report's text
     * @param code     why ({@code pgp.message.no-key}, {@code pgp.message.damaged}, ...)
     * @param message  why, and what to do, in the caller's language
     */
    public record Undecrypted(String fileName, String code, String message) {
    }
}
