package dev.madoguchi.products;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import dev.madoguchi.identity.StaffPrincipal;
import dev.madoguchi.sbom.InvalidSbomException;
import dev.madoguchi.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** SBOMs of product versions, and the component search over them. */
@Controller
class SbomController {

    private final Catalog catalog;
    private final ComponentIndex index;
    private final MessageSource messages;

    SbomController(Catalog catalog, ComponentIndex index, MessageSource messages) {
        this.catalog = catalog;
        this.index = index;
        this.messages = messages;
    }

    @PostMapping("/catalog/products/{id}/versions/{versionId}/sbom")
    String upload(@PathVariable long id, @PathVariable long versionId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal StaffPrincipal principal, RedirectAttributes redirect, Locale locale) {
        ProductVersion version = version(id, versionId);
        String problem = null;
        if (file == null || file.isEmpty()) {
            problem = messages.getMessage("sbom.refused.no-file", null, locale);
        } else {
            try (InputStream in = file.getInputStream()) {
                index.attach(id, version.id(), file.getOriginalFilename(), in,
                        principal.getUsername());
                redirect.addFlashAttribute("notice", "sbom.attached");
            } catch (InvalidSbomException e) {
                problem = messages.getMessage(e.messageKey(), new Object[] {e.detail()}, e.getMessage(), locale);
            } catch (IOException e) {
                problem = messages.getMessage("sbom.refused.unreadable", null, locale);
            }
        }
        if (problem != null) {
            redirect.addFlashAttribute("problemTexts", List.of(messages.getMessage("sbom.refused",
                    new Object[] {version.version(), problem}, locale)));
        }
        return "redirect:/catalog/products/" + id + "#versions";
    }

    @GetMapping("/catalog/products/{id}/versions/{versionId}/sbom")
    @ResponseBody
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long versionId) {
        ProductVersion version = version(id, versionId);
        byte[] document = index.document(version.id())
                .orElseThrow(() -> new NotFoundException("sbom of version " + versionId));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("sbom-" + id + "-" + versionId + ".cdx.json").build().toString())
                .body(document);
    }

    /** Rows a page of hits shows; the count says how many there are in all. */
    static final int PAGE_SIZE = 100;

    @GetMapping("/catalog/components")
    String search(@RequestParam(required = false) String component, @RequestParam(required = false) String range,
            @RequestParam(defaultValue = "firmware") String scheme, @RequestParam(defaultValue = "0") int page,
            Model model, Locale locale) {
        model.addAttribute("component", component);
        model.addAttribute("range", range);
        model.addAttribute("scheme", scheme);
        model.addAttribute("schemes", List.of("firmware", "semantic", "numeric"));
        if (component != null && !component.isBlank()) {
            try {
                List<ComponentHit> hits = index.search(component, range, scheme);
                int pages = Math.max(1, (hits.size() + PAGE_SIZE - 1) / PAGE_SIZE);
                int shown = Math.max(0, Math.min(page, pages - 1));
                model.addAttribute("total", hits.size());
                model.addAttribute("hits", hits.subList(shown * PAGE_SIZE, Math.min(hits.size(),
                        (shown + 1) * PAGE_SIZE)));
                model.addAttribute("page", shown);
                model.addAttribute("pages", pages);
            } catch (ProductRuleViolation violation) {
                model.addAttribute("problemTexts", List.of(messages.getMessage(violation.messageKey(),
                        violation.arguments().toArray(), locale)));
            } catch (IllegalArgumentException e) {
                model.addAttribute("problemTexts", List.of(messages.getMessage("component.scheme.invalid", null,
                        locale)));
            }
        }
        return "products/components";
    }

    private ProductVersion version(long productId, long versionId) {
        catalog.product(productId).orElseThrow(() -> new NotFoundException("product " + productId));
        return catalog.versions(productId).stream().filter(v -> v.id() == versionId).findFirst()
                .orElseThrow(() -> new NotFoundException("version " + versionId));
    }
}
