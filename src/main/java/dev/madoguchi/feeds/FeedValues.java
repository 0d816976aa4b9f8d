package dev.madoguchi.feeds;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The checks the feed records share: present text, absolute URLs, lists that never hold null. */
final class FeedValues {

    private FeedValues() {
    }

    static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The feed's " + name + " is missing.");
        }
        return value.strip();
    }

    /** Blank and absent are the same: the writers then leave the element or attribute out. */
    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * Feed readers resolve nothing against a base, and RSS 1.0 {@code rdf:about} must be a full URI, so every link is
     * absolute (RFC 3986 §4.3). Only http and https are taken: readers turn links into something to click, and a
     * {@code javascript:} or {@code data:} URL there would run in the reader.
     */
    static String absoluteUrl(String value, String name) {
        String url = required(value, name);
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The feed's " + name + " is not a URL: " + url, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
            throw new IllegalArgumentException("The feed's " + name + " is not an absolute http(s) URL: " + url);
        }
        return url;
    }

    static <T> List<T> list(List<T> values, String name) {
        if (values == null) {
            return List.of();
        }
        values.forEach(value -> Objects.requireNonNull(value, () -> "A " + name + " is null."));
        return List.copyOf(values);
    }
}
