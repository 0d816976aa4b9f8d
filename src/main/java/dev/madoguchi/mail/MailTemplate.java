package dev.madoguchi.mail;

import java.util.List;
import java.util.Set;

/**
 * One e-mail a module sends, as the ADMIN's template page lists it (issue 10: templates in ja and en, editable by
 * ADMIN). Its default wording is the message bundle's {@code key.subject}, {@code key.body} and, when the message may
 * go encrypted with more in it, {@code key.encrypted-body}.
 *
 * @param key           the bundle prefix, e.g. {@code mail.confirmation}
 * @param placeholders  the names of the MessageFormat arguments in order: {@code {0}} is the first name. A position
 *                      the bundle text does not use and a sender fills with nothing is {@link #UNUSED}: it is not
 *                      offered to the ADMIN.
 * @param encryptedOnly names that may appear only in the encrypted body, because a message about an undisclosed case
 *                      carries no vulnerability details unless encrypted to the recipient (issue 10)
 * @param bodyOnly      names that may not appear in the subject: it is never encrypted, it is kept in clear in the
 *                      outbox and shown on the outbox page (a reporter's private link is a bearer credential), and a
 *                      value of several lines does not fit in it
 */
public record MailTemplate(String key, List<String> placeholders, Set<String> encryptedOnly, Set<String> bodyOnly) {

    /** The name of an argument position that is not offered as a placeholder. */
    public static final String UNUSED = "";

    public MailTemplate {
        placeholders = List.copyOf(placeholders);
        encryptedOnly = Set.copyOf(encryptedOnly);
        bodyOnly = Set.copyOf(bodyOnly);
        if (!placeholders.containsAll(encryptedOnly) || !placeholders.containsAll(bodyOnly)) {
            throw new IllegalArgumentException("encrypted-only and body-only names must be placeholders of " + key);
        }
    }

    /** A template whose placeholders may all appear in the plain subject and body. */
    public MailTemplate(String key, String... placeholders) {
        this(key, List.of(placeholders), Set.of(), Set.of());
    }

    /** A template with names for the encrypted body only. */
    public MailTemplate(String key, List<String> placeholders, Set<String> encryptedOnly) {
        this(key, placeholders, encryptedOnly, Set.of());
    }

    /** The same template with {@code names} kept out of the subject. */
    public MailTemplate bodyOnly(String... names) {
        return new MailTemplate(key, placeholders, encryptedOnly, Set.of(names));
    }

    /** Whether {@code name} may appear in the subject. */
    public boolean allowedInSubject(String name) {
        return !encryptedOnly.contains(name) && !bodyOnly.contains(name);
    }

    /** The names an ADMIN may use, in order. */
    public List<String> offered() {
        return placeholders.stream().filter(name -> !name.equals(UNUSED)).toList();
    }
}
