package dev.madoguchi.mail;

import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.madoguchi.shared.Language;
import dev.madoguchi.shared.NotFoundException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of the e-mails Madoguchi sends, in the recipient's language (issue 10: templates in ja and en, editable by
 * ADMIN, chosen by the recipient's language): the ADMIN's wording for that template and language when one is stored,
 * else the message bundle's. Senders use this instead of the {@link MessageSource}.
 */
@Component
public class MailTexts {

    private final MessageSource messages;
    private final MailTemplateOverrides overrides;
    private final Map<String, MailTemplate> catalogue = new LinkedHashMap<>();

    MailTexts(MessageSource messages, MailTemplateOverrides overrides, ObjectProvider<MailTemplates> modules) {
        this.messages = messages;
        this.overrides = overrides;
        for (MailTemplates module : modules.orderedStream().toList()) {
            for (MailTemplate template : module.templates()) {
                if (catalogue.putIfAbsent(template.key(), template) != null) {
                    throw new IllegalStateException("two mail templates named " + template.key());
                }
            }
        }
    }

    /**
     * The subject, body and encrypted body of {@code template} for a recipient speaking {@code language}.
     *
     * @param args the values of the template's placeholders, in its order
     */
    public MailText compose(MailTemplate template, Language language, Object... args) {
        Locale locale = language.locale();
        Optional<MailTemplateOverrides.Override> override = overrides.find(template.key(), language);
        if (override.isPresent()) {
            MailText own = override.get().text();
            Map<String, String> values = values(template, locale, args);
            // the rules are checked when the wording is saved; a wording saved under older rules still never puts a
            // body-only or encrypted-only value (a private link, a reply) into the clear subject
            Map<String, String> subjectValues = new java.util.HashMap<>(values);
            subjectValues.replaceAll((name, value) -> template.allowedInSubject(name) ? value : "");
            return new MailText(NamedPlaceholders.fill(own.subject(), subjectValues),
                    NamedPlaceholders.fill(own.body(), values), NamedPlaceholders.fill(own.encryptedBody(), values));
        }
        return new MailText(messages.getMessage(template.key() + ".subject", args, locale),
                messages.getMessage(template.key() + ".body", args, locale),
                messages.getMessage(template.key() + ".encrypted-body", args, null, locale));
    }

    /** Every template the sending modules registered, by key. */
    Map<String, MailTemplate> catalogue() {
        return catalogue;
    }

    MailTemplate template(String key) {
        MailTemplate template = catalogue.get(key);
        if (template == null) {
            throw new NotFoundException("mail template " + key);
        }
        return template;
    }

    /**
     * The bundle's wording with named placeholders, what an ADMIN starts from: formatting it with the literal
     * {@code {name}} of each placeholder as arguments turns {@code {0}} into {@code {tracking}}.
     */
    MailText defaultText(MailTemplate template, Language language) {
        Object[] names = template.placeholders().stream()
                .map(name -> name.equals(MailTemplate.UNUSED) ? "" : "{" + name + "}")
                .toArray();
        Locale locale = language.locale();
        return new MailText(messages.getMessage(template.key() + ".subject", names, locale),
                messages.getMessage(template.key() + ".body", names, locale),
                messages.getMessage(template.key() + ".encrypted-body", names, null, locale));
    }

    /** The values of the placeholders by name, formatted as MessageFormat formats them (numbers in the locale). */
    private static Map<String, String> values(MailTemplate template, Locale locale, Object... args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < template.placeholders().size() && i < args.length; i++) {
            Object arg = args[i];
            String value = arg instanceof Number number ? NumberFormat.getInstance(locale).format(number)
                    : String.valueOf(arg);
            values.putIfAbsent(template.placeholders().get(i), value);
        }
        values.remove(MailTemplate.UNUSED);
        return values;
    }
}
