package dev.madoguchi.csaf;

import java.util.ArrayList;
import java.util.List;

/** Small CSAF documents for the tests of {@code /document/tracking}: a status, a version and revision history items. */
final class TrackingDocuments {

    private TrackingDocuments() {
    }

    /** One revision history item. */
    static String item(String date, String number) {
        return "{\"date\": \"" + date + "\", \"number\": \"" + number + "\", \"summary\": \"A change.\"}";
    }

    /** A document with this status, version and history. */
    static String tracking(String status, String version, String... items) {
        return "{\"document\": {\"category\": \"csaf_base\", \"csaf_version\": \"2.0\", \"title\": \"T\","
                + " \"publisher\": {\"category\": \"vendor\", \"name\": \"V\", \"namespace\": \"https://v.example\"},"
                + " \"tracking\": {\"id\": \"T-1\", \"status\": \"" + status + "\", \"version\": \"" + version + "\","
                + " \"initial_release_date\": \"2024-01-01T00:00:00Z\","
                + " \"current_release_date\": \"2024-01-01T00:00:00Z\","
                + " \"revision_history\": [" + String.join(", ", items) + "]}}}";
    }

    /** A final document at the last of {@code numbers}, each a day after the one before. */
    static String history(String... numbers) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < numbers.length; i++) {
            items.add(item("2024-01-%02dT10:00:00Z".formatted(i + 1), numbers[i]));
        }
        return tracking("final", numbers[numbers.length - 1], items.toArray(String[]::new));
    }

    /** The pointers of the findings of {@code test} on {@code json}. */
    static List<String> paths(CsafTest test, String json) {
        return CsafTestCases.findings(test, json).stream().map(CsafFinding::path).toList();
    }
}
