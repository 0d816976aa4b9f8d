package dev.madoguchi.policy;

import java.util.List;
import java.util.Locale;

import dev.madoguchi.shared.Language;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public policy page, and its editor for administrators. */
@Controller
class PolicyController {

    private final DisclosurePolicy policy;

    PolicyController(DisclosurePolicy policy) {
        this.policy = policy;
    }

    @GetMapping("/policy")
    String show(Model model, Locale locale) {
        model.addAttribute("current", policy.current().orElse(null));
        model.addAttribute("history", policy.history());
        model.addAttribute("japanese", Language.of(locale) == Language.JA);
        return "policy/policy";
    }

    @GetMapping("/admin/policy")
    String edit(Model model) {
        policy.current().ifPresent(current -> {
            model.addAttribute("textJa", current.textJa());
            model.addAttribute("textEn", current.textEn());
        });
        model.addAttribute("history", policy.history());
        return "policy/edit";
    }

    @PostMapping("/admin/policy")
    String publish(@RequestParam(defaultValue = "") String textJa, @RequestParam(defaultValue = "") String textEn,
            @RequestParam(defaultValue = "") String changeJa, @RequestParam(defaultValue = "") String changeEn,
            Authentication author, Model model, RedirectAttributes redirect) {
        List<String[]> problems = DisclosurePolicy.check(textJa, textEn, changeJa, changeEn);
        if (!problems.isEmpty()) {
            model.addAttribute("textJa", textJa);
            model.addAttribute("textEn", textEn);
            model.addAttribute("changeJa", changeJa);
            model.addAttribute("changeEn", changeEn);
            model.addAttribute("fieldProblems", problems);
            model.addAttribute("history", policy.history());
            return "policy/edit";
        }
        policy.publish(textJa, textEn, changeJa, changeEn, author.getName());
        redirect.addFlashAttribute("notice", "policy.published");
        return "redirect:/policy";
    }
}
