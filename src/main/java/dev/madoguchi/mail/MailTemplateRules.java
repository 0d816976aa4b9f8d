package dev.madoguchi.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What an ADMIN's wording must be: a one-line subject of 1 to 200 characters, a body of at most 20,000, only the
 * template's placeholders, and none that may appear only encrypted in what goes out in clear (issue 10: messages about
 * an undisclosed case carry no vulnerability details unless encrypted to the recipient).
 */
final class MailTemplateRules {

    static final int SUBJECT_MAX = 200;
    static final int BODY_MAX = 20_000;

    private MailTemplateRules() {
    }

    /** A refusal, beside the field it concerns; {@code arguments} fill the message. */
    record Problem(String field, String messageKey, Object... arguments) {
    }

    /** The problems of {@code text}; the encrypted body is checked only when the template has one. */
    static List<Problem> check(MailTemplate template, MailText text, boolean encrypted) {
        List<Problem> problems = new ArrayList<>();
        String subject = text.subject() == null ? "" : text.subject();
        if (subject.isBlank() || subject.length() > SUBJECT_MAX) {
            problems.add(new Problem("subject", "mail-template.error.subject-length", SUBJECT_MAX));
        } else if (subject.contains("\n") || subject.contains("\r")) {
            problems.add(new Problem("subject", "mail-template.error.subject-line"));
        }
        placeholders(template, "subject", subject, true, problems);
        for (String name : NamedPlaceholders.in(subject)) {
            if (template.offered().contains(name) && !template.encryptedOnly().contains(name)
                    && !template.allowedInSubject(name)) {
                problems.add(new Problem("subject", "mail-template.error.body-only", "{" + name + "}"));
            }
        }
        body(template, "body", text.body(), true, problems);
        if (encrypted) {
            body(template, "encryptedBody", text.encryptedBody(), false, problems);
        }
        return problems;
    }

    private static void body(MailTemplate template, String field, String body, boolean clear,
            List<Problem> problems) {
        if (body == null || body.isBlank() || body.length() > BODY_MAX) {
            problems.add(new Problem(field, "mail-template.error.body-length", BODY_MAX));
        }
        placeholders(template, field, body, clear, problems);
    }

    private static void placeholders(MailTemplate template, String field, String text, boolean clear,
            List<Problem> problems) {
        Set<String> used = NamedPlaceholders.in(text);
        String allowed = String.join(", ", template.offered().stream().map(n -> "{" + n + "}").toList());
        for (String name : used) {
            if (!template.offered().contains(name)) {
                problems.add(new Problem(field, "mail-template.error.unknown", "{" + name + "}", allowed));
            } else if (clear && template.encryptedOnly().contains(name)) {
                problems.add(new Problem(field, "mail-template.error.encrypted-only", "{" + name + "}"));
            }
        }
    }
}
