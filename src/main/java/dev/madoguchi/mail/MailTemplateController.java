package dev.madoguchi.mail;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.madoguchi.shared.Language;
import dev.madoguchi.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ADMIN's page of mail templates (issue 10: templates in ja and en, editable by ADMIN), ADMIN only by
 * {@link MailRoutes}: the list, and per template and language the wording with its placeholders, a preview with
 * sample values, save and restore default.
 */
@Controller
@RequestMapping("/admin/mail-templates")
class MailTemplateController {

    /** Sample values of the preview, by placeholder name; a name without one shows as {@code [name]}. */
    private static final Map<String, String> SAMPLES = Map.ofEntries(
            Map.entry("tracking", "MDG-2026-0042"),
            Map.entry("link", "https://psirt.example/status/AbCdEf123"),
            Map.entry("reply-by", "2026-04-03 17:00 JST"),
            Map.entry("organization", "Example Corp."),
            Map.entry("reply", "Thank you, we reproduced the issue."),
            Map.entry("case", "PSIRT-2026-0007"),
            Map.entry("publish-at", "2026-05-12 10:00 JST"),
            Map.entry("days", "7"),
            Map.entry("count", "3"),
            Map.entry("lines", "PSIRT-2026-0007  Acknowledge: 2026-04-03 17:00 JST (overdue, handler: sato)"),
            Map.entry("key-id", "0x1A2B3C4D5E6F7081"),
            Map.entry("expires", "2026-06-30"),
            Map.entry("days-left", "14"));

    private final MailTexts texts;
    private final MailTemplateOverrides overrides;
    private final MessageSource messages;

    MailTemplateController(MailTexts texts, MailTemplateOverrides overrides, MessageSource messages) {
        this.texts = texts;
        this.overrides = overrides;
        this.messages = messages;
    }

    /** One line of the list: a template and whether each language has the ADMIN's own wording. */
    record Row(MailTemplate template, Map<Language, Boolean> overridden) {
    }

    @GetMapping
    String list(Model model) {
        Set<String> overridden = overrides.overridden();
        List<Row> rows = new ArrayList<>();
        for (MailTemplate template : texts.catalogue().values()) {
            Map<Language, Boolean> languages = new LinkedHashMap<>();
            for (Language language : Language.values()) {
                languages.put(language, overridden.contains(template.key() + "/" + language.tag()));
            }
            rows.add(new Row(template, languages));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("languages", Language.values());
        return "mail/mail-templates";
    }

    @GetMapping("/{key}/{tag}")
    String edit(@PathVariable String key, @PathVariable String tag, Model model) {
        MailTemplate template = texts.template(key);
        Language language = language(tag);
        MailText current = overrides.find(key, language).map(MailTemplateOverrides.Override::text)
                .orElseGet(() -> texts.defaultText(template, language));
        return page(template, language, current, Map.of(), model);
    }

    @PostMapping("/{key}/{tag}")
    String save(@PathVariable String key, @PathVariable String tag, @RequestParam(defaultValue = "") String subject,
            @RequestParam(defaultValue = "") String body, @RequestParam(required = false) String encryptedBody,
            @RequestParam(defaultValue = "save") String action, Principal principal, Locale locale, Model model,
            RedirectAttributes redirect) {
        MailTemplate template = texts.template(key);
        Language language = language(tag);
        boolean encrypted = texts.defaultText(template, language).encryptedBody() != null;
        MailText typed = new MailText(subject, body.replace("\r\n", "\n"),
                encrypted ? (encryptedBody == null ? "" : encryptedBody.replace("\r\n", "\n")) : null);
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (MailTemplateRules.Problem problem : MailTemplateRules.check(template, typed, encrypted)) {
            problems.computeIfAbsent(problem.field(), f -> new ArrayList<>())
                    .add(messages.getMessage(problem.messageKey(), problem.arguments(), locale));
        }
        if (!problems.isEmpty() || action.equals("preview")) {
            return page(template, language, typed, problems, model);
        }
        overrides.save(key, language, typed, principal.getName());
        redirect.addFlashAttribute("notice", "mail-template.saved");
        return "redirect:/admin/mail-templates/" + key + "/" + language.tag();
    }

    @PostMapping("/{key}/{tag}/restore")
    String restore(@PathVariable String key, @PathVariable String tag, RedirectAttributes redirect) {
        MailTemplate template = texts.template(key);
        Language language = language(tag);
        overrides.restore(template.key(), language);
        redirect.addFlashAttribute("notice", "mail-template.restored");
        return "redirect:/admin/mail-templates/" + key + "/" + language.tag();
    }

    private String page(MailTemplate template, Language language, MailText form, Map<String, List<String>> problems,
            Model model) {
        Map<String, String> samples = new LinkedHashMap<>();
        for (String name : template.offered()) {
            samples.put(name, SAMPLES.getOrDefault(name, "[" + name + "]"));
        }
        model.addAttribute("template", template);
        model.addAttribute("language", language);
        model.addAttribute("defaultText", texts.defaultText(template, language));
        model.addAttribute("override", overrides.find(template.key(), language).orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("fieldProblems", problems);
        model.addAttribute("preview", new MailText(NamedPlaceholders.fill(form.subject(), samples),
                NamedPlaceholders.fill(form.body(), samples), NamedPlaceholders.fill(form.encryptedBody(), samples)));
        return "mail/mail-template";
    }

    private static Language language(String tag) {
        return Language.fromTag(tag).orElseThrow(() -> new NotFoundException("language " + tag));
    }
}
