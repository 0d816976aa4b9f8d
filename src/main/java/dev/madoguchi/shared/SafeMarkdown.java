package dev.madoguchi.shared;

import java.util.Locale;
import java.util.Set;

import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Markdown in messages, rendered safely: raw HTML is escaped, links keep only http, https and mailto, and images are
 * shown as their text, so rendering a message never fetches anything (a reporter's message could otherwise make a
 * handler's browser call an attacker's server). Links get {@code rel="nofollow noopener noreferrer"}.
 */
public final class SafeMarkdown {

    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new OnlyWebLinks())
            .nodeRendererFactory(ImageAsText::new)
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (tag.equals("a")) {
                    attributes.put("rel", "nofollow noopener noreferrer");
                }
            })
            .build();

    private SafeMarkdown() {
    }

    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return "";
        }
        return RENDERER.render(PARSER.parse(markdown));
    }

    private static final class OnlyWebLinks implements UrlSanitizer {
        @Override
        public String sanitizeLinkUrl(String url) {
            String trimmed = url.strip();
            int colon = trimmed.indexOf(':');
            if (colon < 0) {
                return trimmed.startsWith("//") ? "" : trimmed;
            }
            String scheme = trimmed.substring(0, colon).toLowerCase(Locale.ROOT);
            return SCHEMES.contains(scheme) ? trimmed : "";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return "";
        }
    }

    /** Renders {@code ![alt](url)} as the alt text and the address, never as an image to load. */
    private static final class ImageAsText implements NodeRenderer {
        private final HtmlWriter html;

        ImageAsText(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node node) {
            Image image = (Image) node;
            StringBuilder alt = new StringBuilder();
            for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof org.commonmark.node.Text text) {
                    alt.append(text.getLiteral());
                }
            }
            html.text("[" + alt + "] (" + image.getDestination() + ")");
        }
    }
}
