package dev.madoguchi.mail;

import dev.madoguchi.shared.Language;

/**
 * A message to send. The body may hold a private link, so it is sealed at rest; it must carry no details of an
 * undisclosed vulnerability unless it will be encrypted to the recipient (OpenPGP issue).
 *
 * @param category      what kind of message, e.g. {@code report-confirmation}
 * @param referenceType the object it concerns, e.g. {@code report}
 */
public record OutgoingMail(String recipient, Language language, String category, String subject, String body,
        String referenceType, String referenceId) {
}
