package dev.madoguchi.advisories;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

import dev.madoguchi.shared.DisplayTime;
import dev.madoguchi.shared.Language;
import dev.madoguchi.shared.Organization;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the public renditions of an advisory from its snapshot: the HTML page in each language (stored and served
 * as it is, so the portal never assembles an advisory from working tables), the XHTML the PDF is printed from, and
 * the tombstone page of a withdrawn advisory. Rendering needs no request, so the publication job can do it.
 */
@Component
class AdvisoryRenditions {

    private static final String PRINT_CSS = printCss();

    private final ITemplateEngine templates;
    private final Organization organization;
    private final DisplayTime time;

    AdvisoryRenditions(ITemplateEngine templates, Organization organization, DisplayTime time) {
        this.templates = templates;
        this.organization = organization;
        this.time = time;
    }

    /** The public page of the revision in one language. */
    String page(AdvisorySnapshot snapshot, String language) {
        return render("advisories/public/advisory", snapshot, language, Map.of());
    }

    /** The well-formed XHTML the PDF rendition is printed from, with the print stylesheet in its head. */
    String print(AdvisorySnapshot snapshot, String language) {
        return xmlCharactersOnly(render("advisories/public/print", snapshot, language, Map.of("printStyle",
                "<style>" + PRINT_CSS + "</style>")));
    }

    /**
     * Drops the characters XML 1.0 §2.2 forbids (control characters other than tab and line breaks, lone
     * surrogates, U+FFFE/U+FFFF): the PDF is printed from XML, and one such character typed anywhere (a credit name
     * from the public form, a product name) would otherwise stop publication at the agreed instant.
     */
    static String xmlCharactersOnly(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** What stays at the advisory's address once it is withdrawn: that it was, when and why. */
    String tombstone(AdvisorySnapshot last, String language, Instant withdrawnAt, Bilingual reason) {
        return render("advisories/public/withdrawn", last, language, Map.of("withdrawnAt", withdrawnAt,
                "reason", reason.in(language)));
    }

    private String render(String template, AdvisorySnapshot snapshot, String language, Map<String, Object> extra) {
        Language lang = Language.fromTag(language).orElseThrow();
        Context context = new Context(lang.locale());
        context.setVariable("s", snapshot);
        context.setVariable("lang", lang.tag());
        context.setVariable("ja", lang == Language.JA);
        context.setVariable("time", time);
        context.setVariable("organization", organization);
        context.setVariable("self", PortalPaths.advisory(snapshot.id(), lang.tag()));
        context.setVariable("other", PortalPaths.advisory(snapshot.id(), lang == Language.JA ? "en" : "ja"));
        context.setVariable("pdf", PortalPaths.advisory(snapshot.id(), lang.tag()) + ".pdf");
        extra.forEach(context::setVariable);
        return templates.process(template, context);
    }

    /** A strong validator for the stored bytes (RFC 9110 §8.8.3). */
    static String etag(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String printCss() {
        try (var in = AdvisoryRenditions.class.getResourceAsStream("/advisories/print.css")) {
            if (in == null) {
                throw new IllegalStateException("advisories/print.css is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
