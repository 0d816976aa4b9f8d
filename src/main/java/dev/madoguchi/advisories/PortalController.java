package dev.madoguchi.advisories;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import dev.madoguchi.products.Catalog;
import dev.madoguchi.products.Product;
import dev.madoguchi.shared.Language;
import dev.madoguchi.shared.NotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * The public portal, no sign-in: the advisory list with filters, search and paging, each advisory's stored page and
 * PDF in both languages at stable addresses, the acknowledgments page and a page per product. Everything comes from
 * what publication stored ({@link PortalQuery}); an advisory that is not public answers exactly as an ID that never
 * existed.
 */
@Controller
class PortalController {

    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,15}-\\d{4}-\\d{3,9}");
    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();

    private final PortalQuery portal;
    private final Catalog catalog;

    PortalController(PortalQuery portal, Catalog catalog) {
        this.portal = portal;
        this.catalog = catalog;
    }

    @GetMapping("/advisories")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String product,
            @RequestParam(required = false) String year, @RequestParam(required = false) String severity,
            @RequestParam(required = false) String cve, @RequestParam(required = false) String page, Model model) {
        PortalFilter filter = PortalFilter.of(q, product, year, severity, cve, page);
        model.addAttribute("filter", filter);
        model.addAttribute("result", portal.list(filter));
        model.addAttribute("years", portal.years());
        model.addAttribute("severities", PortalSeverity.ORDER);
        return "advisories/public/list";
    }

    @GetMapping("/advisories/{id}")
    ResponseEntity<byte[]> english(@PathVariable String id, WebRequest request) {
        return stored(id, "html", "en", request);
    }

    @GetMapping("/ja/advisories/{id}")
    ResponseEntity<byte[]> japanese(@PathVariable String id, WebRequest request) {
        return stored(id, "html", "ja", request);
    }

    @GetMapping("/advisories/{id}.pdf")
    ResponseEntity<byte[]> englishPdf(@PathVariable String id, WebRequest request) {
        return stored(id, "pdf", "en", request);
    }

    @GetMapping("/ja/advisories/{id}.pdf")
    ResponseEntity<byte[]> japanesePdf(@PathVariable String id, WebRequest request) {
        return stored(id, "pdf", "ja", request);
    }

    @GetMapping("/acknowledgments")
    String acknowledgments(Model model, Locale locale) {
        Map<Integer, List<PortalQuery.Credit>> byYear = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (PortalQuery.Credit c : portal.credits(Language.of(locale).tag())) {
            byYear.computeIfAbsent(c.year(), y -> new java.util.ArrayList<>()).add(c);
        }
        model.addAttribute("byYear", byYear);
        return "advisories/public/acknowledgments";
    }

    /** A product's security page: its published advisories; only for products some advisory names. */
    @GetMapping("/advisories/products/{productId}")
    String product(@PathVariable String productId, Model model) {
        long id;
        try {
            id = Long.parseLong(productId);
        } catch (NumberFormatException e) {
            throw new NotFoundException("product " + productId);
        }
        List<PortalQuery.Entry> entries = portal.ofProduct(id);
        if (entries.isEmpty()) {
            throw new NotFoundException("product " + productId);
        }
        Product p = catalog.product(id).orElseThrow(() -> new NotFoundException("product " + productId));
        model.addAttribute("product", p);
        model.addAttribute("entries", entries);
        return "advisories/public/product";
    }

    private ResponseEntity<byte[]> stored(String id, String kind, String language, WebRequest request) {
        if (!ID.matcher(id).matches()) {
            throw new NotFoundException("advisory");
        }
        PortalQuery.Rendition r = portal.rendition(id, kind, language)
                .orElseThrow(() -> new NotFoundException("advisory"));
        if (request.checkNotModified(r.etag(), r.modifiedAt().toEpochMilli())) {
            return null;
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().cacheControl(CACHE).eTag(r.etag())
                .lastModified(r.modifiedAt());
        if (kind.equals("pdf")) {
            return response.contentType(MediaType.APPLICATION_PDF)
                    .header("Content-Disposition", ContentDisposition.attachment()
                            .filename(id + "-" + language + ".pdf").build().toString())
                    .body(r.content());
        }
        return response.contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Language", language).body(r.content());
    }
}
