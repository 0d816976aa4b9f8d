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
 */
public record MailTemplate(String key, List<String> placeholders, Set<String> encryptedOnly) {

    /** The name of an argument position that is not offered as a placeholder. */
    public static final String UNUSED = "";

    public MailTemplate {
        placeholders = List.copyOf(placeholders);
        encryptedOnly = Set.copyOf(encryptedOnly);
        if (!placeholders.containsAll(encryptedOnly)) {
            throw new IllegalArgumentException("encrypted-only placeholders must be placeholders of " + key);
        }
    }

    /** A template whose placeholders may all appear in the plain subject and body. */
    public MailTemplate(String key, String... placeholders) {
        this(key, List.of(placeholders), Set.of());
    }

    /** The names an ADMIN may use, in order. */
    public List<String> offered() {
        return placeholders.stream().filter(name -> !name.equals(UNUSED)).toList();
    }
}
