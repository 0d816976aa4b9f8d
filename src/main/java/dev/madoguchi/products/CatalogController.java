package dev.madoguchi.products;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import dev.madoguchi.cases.Divisions;
import dev.madoguchi.identity.StaffPrincipal;
import dev.madoguchi.shared.NotFoundException;
import dev.madoguchi.shared.Role;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The catalog pages: everyone on staff who works on products reads it; ADMIN and PSIRT change it (ProductRoutes). */
@Controller
class CatalogController {

    private final Catalog catalog;
    private final CatalogEditing editing;
    private final Divisions divisions;
    private final ComponentIndex components;
    private final MessageSource messages;

    CatalogController(Catalog catalog, CatalogEditing editing, Divisions divisions, ComponentIndex components,
            MessageSource messages) {
        this.catalog = catalog;
        this.editing = editing;
        this.divisions = divisions;
        this.components = components;
        this.messages = messages;
    }

    @GetMapping("/catalog")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long division,
            @RequestParam(required = false) Long family, Model model) {
        String text = q == null ? null : q.length() > 200 ? q.substring(0, 200) : q;
        model.addAttribute("products", catalog.search(text, division, family));
        model.addAttribute("q", text);
        model.addAttribute("division", division);
        model.addAttribute("family", family);
        choices(model);
        return "products/catalog";
    }

    @GetMapping("/catalog/products/new")
    String newProduct(Model model) {
        model.addAttribute("productForm", new ProductForm());
        choices(model);
        return "products/product-new";
    }

    @PostMapping("/catalog/products")
    String create(@ModelAttribute ProductForm productForm, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            long id = editing.create(productForm.draft());
            redirect.addFlashAttribute("notice", "product.saved");
            return "redirect:/catalog/products/" + id;
        } catch (ProductProblems problems) {
            reject(result, problems);
            choices(model);
            return "products/product-new";
        } catch (ProductRuleViolation violation) {
            reject(result, new ProductProblems(List.of(violation)));
            choices(model);
            return "products/product-new";
        }
    }

    @GetMapping("/catalog/products/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal principal, Model model) {
        Product product = catalog.product(id).orElseThrow(() -> new NotFoundException("product " + id));
        model.addAttribute("product", product);
        if (!model.containsAttribute("productForm")) {
            model.addAttribute("productForm", ProductForm.of(product));
        }
        List<ProductVersion> versions = catalog.versions(id);
        model.addAttribute("versions", versions);
        java.util.Map<Long, SbomSummary> sboms = new java.util.HashMap<>();
        versions.forEach(v -> components.summary(v.id()).ifPresent(s -> sboms.put(v.id(), s)));
        model.addAttribute("sboms", sboms);
        model.addAttribute("variants", catalog.variants(id));
        model.addAttribute("formerNames", catalog.formerNames(id));
        model.addAttribute("maintains", principal.hasRole(Role.ADMIN) || principal.hasRole(Role.PSIRT));
        choices(model);
        return "products/product";
    }

    @PostMapping("/catalog/products/{id}")
    String update(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal principal,
            @ModelAttribute ProductForm productForm, BindingResult result, Model model, RedirectAttributes redirect) {
        catalog.product(id).orElseThrow(() -> new NotFoundException("product " + id));
        try {
            editing.update(id, productForm.draft(), principal.getUsername());
        } catch (ProductProblems problems) {
            reject(result, problems);
            return show(id, principal, model);
        } catch (ProductRuleViolation violation) {
            reject(result, new ProductProblems(List.of(violation)));
            return show(id, principal, model);
        }
        redirect.addFlashAttribute("notice", "product.saved");
        return "redirect:/catalog/products/" + id;
    }

    @PostMapping("/catalog/products/{id}/versions")
    String addVersion(@PathVariable long id, @RequestParam(defaultValue = "") String version,
            @RequestParam(defaultValue = "") String releasedOn, RedirectAttributes redirect, Locale locale) {
        catalog.product(id).orElseThrow(() -> new NotFoundException("product " + id));
        try {
            editing.addVersion(id, version, releasedOn.isBlank() ? null : LocalDate.parse(releasedOn.strip()));
            redirect.addFlashAttribute("notice", "product.saved");
        } catch (DateTimeParseException e) {
            refused(redirect, locale, new ProductRuleViolation("releasedOn", "product.released-on.invalid"), version);
            redirect.addFlashAttribute("releasedOnTyped", releasedOn);
        } catch (ProductRuleViolation violation) {
            refused(redirect, locale, violation, version);
            redirect.addFlashAttribute("releasedOnTyped", releasedOn);
        }
        return "redirect:/catalog/products/" + id + "#versions";
    }

    @PostMapping("/catalog/products/{id}/variants")
    String addVariant(@PathVariable long id, @RequestParam(defaultValue = "") String region,
            @RequestParam(defaultValue = "") String nameEn, @RequestParam(defaultValue = "") String nameJa,
            @RequestParam(defaultValue = "") String modelNumber, RedirectAttributes redirect, Locale locale) {
        catalog.product(id).orElseThrow(() -> new NotFoundException("product " + id));
        try {
            editing.addVariant(id, region, nameEn, nameJa, modelNumber);
            redirect.addFlashAttribute("notice", "product.saved");
        } catch (ProductRuleViolation violation) {
            refused(redirect, locale, violation, null);
            redirect.addFlashAttribute("variantTyped", List.of(region, nameEn, nameJa, modelNumber));
        }
        return "redirect:/catalog/products/" + id + "#variants";
    }

    @PostMapping("/catalog/products/{id}/variants/{variantId}/remove")
    String removeVariant(@PathVariable long id, @PathVariable long variantId, RedirectAttributes redirect) {
        editing.removeVariant(id, variantId);
        redirect.addFlashAttribute("notice", "product.saved");
        return "redirect:/catalog/products/" + id + "#variants";
    }

    @PostMapping("/catalog/families")
    String createFamily(@RequestParam(defaultValue = "") String nameEn, @RequestParam(defaultValue = "") String nameJa,
            RedirectAttributes redirect, Locale locale) {
        try {
            editing.createFamily(nameEn, nameJa);
            redirect.addFlashAttribute("notice", "product.saved");
        } catch (ProductRuleViolation violation) {
            refused(redirect, locale, violation, null);
            redirect.addFlashAttribute("familyTyped", List.of(nameEn, nameJa));
        }
        return "redirect:/catalog#families";
    }

    private void choices(Model model) {
        model.addAttribute("families", catalog.families());
        model.addAttribute("divisions", divisions.all());
        model.addAttribute("schemes", List.of("numeric", "semantic", "firmware", "listed"));
    }

    private void refused(RedirectAttributes redirect, Locale locale, ProductRuleViolation violation, String typed) {
        redirect.addFlashAttribute("problemTexts", List.of(messages.getMessage(violation.messageKey(),
                violation.arguments().toArray(), violation.messageKey(), locale)));
        if (typed != null) {
            redirect.addFlashAttribute("versionTyped", typed);
        }
    }

    private static void reject(BindingResult result, ProductProblems problems) {
        for (ProductRuleViolation p : problems.problems()) {
            if (p.field() == null) {
                result.reject(p.messageKey(), p.arguments().toArray(), p.messageKey());
            } else {
                result.rejectValue(p.field(), p.messageKey(), p.arguments().toArray(), p.messageKey());
            }
        }
    }
}
