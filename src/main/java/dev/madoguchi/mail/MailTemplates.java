package dev.madoguchi.mail;

import java.util.List;

/**
 * The mail templates of one sending module, registered as a bean so that the ADMIN's page lists them; the mail
 * module reads every such bean.
 */
public record MailTemplates(List<MailTemplate> templates) {

    public MailTemplates {
        templates = List.copyOf(templates);
    }

    public static MailTemplates of(MailTemplate... templates) {
        return new MailTemplates(List.of(templates));
    }
}
