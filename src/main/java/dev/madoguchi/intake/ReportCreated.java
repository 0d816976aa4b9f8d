package dev.madoguchi.intake;

/** The answer to an accepted report: {@code acknowledgeBy} is ISO-8601 with the JST offset. */
public record ReportCreated(String trackingNumber, String statusUrl, String acknowledgeBy) {
}
