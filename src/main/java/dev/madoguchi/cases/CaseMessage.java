package dev.madoguchi.cases;

import java.time.Instant;

import dev.madoguchi.shared.SafeMarkdown;

/** A message in a case's coordinator thread or internal notes; its body is Markdown, rendered safely. */
public record CaseMessage(long id, String thread, String author, String body, Instant createdAt) {

    public String html() {
        return SafeMarkdown.toHtml(body);
    }
}
