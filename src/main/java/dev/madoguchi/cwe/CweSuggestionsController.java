package dev.madoguchi.cwe;

import java.util.Locale;

import dev.madoguchi.shared.Language;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Options for the CWE picker ({@code <datalist>}), fetched by htmx as the reporter types. */
@Controller
class CweSuggestionsController {

    static final int LIMIT = 30;
    private final CweCatalog catalog;

    CweSuggestionsController(CweCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/cwe/suggestions")
    String suggestions(@RequestParam(name = "vulnerabilityType", defaultValue = "") String query, Locale locale,
            Model model) {
        String q = query.length() > 100 ? query.substring(0, 100) : query;
        model.addAttribute("options", catalog.search(q, LIMIT));
        model.addAttribute("japanese", Language.of(locale) == Language.JA);
        return "cwe/options";
    }
}
