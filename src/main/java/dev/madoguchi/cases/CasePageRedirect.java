package dev.madoguchi.cases;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * Where an act on a section of the case page returns: to that section, with a notice, or with the refusal in the
 * user's language (the form's typed values travel separately, as flash attributes of the act).
 */
final class CasePageRedirect {

    private CasePageRedirect() {
    }

    /** The redirect to the case page at {@code section} (an element id). */
    static String to(String reference, String section) {
        return "redirect:/cases/" + UriUtils.encodePathSegment(reference, StandardCharsets.UTF_8) + "#" + section;
    }

    /** Back to the section with {@code notice} (a message key). */
    static String done(String reference, String section, RedirectAttributes redirect, String notice) {
        redirect.addFlashAttribute("notice", notice);
        return to(reference, section);
    }

    /** Back to the section saying why the act was refused. */
    static String refused(MessageSource messages, String reference, String section, CaseRuleViolation violation,
            RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("problemTexts", List.of(messages.getMessage(violation.messageKey(),
                violation.arguments().toArray(), violation.messageKey(), locale)));
        return to(reference, section);
    }
}
