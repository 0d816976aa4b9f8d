package dev.madoguchi.advisories;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import dev.madoguchi.shared.Organization;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The feeds and the sitemap of the portal. They list only what {@code advisory_public} holds, so an embargoed
 * advisory appears in none of them; each answers 304 to a reader whose copy is as new as the newest change.
 */
@Controller
class PortalFeedController {

    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();
    private static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final MediaType RDF = MediaType.parseMediaType("application/rdf+xml;charset=UTF-8");
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final PortalFeeds feeds;
    private final PortalQuery portal;
    private final Organization organization;

    PortalFeedController(PortalFeeds feeds, PortalQuery portal, Organization organization) {
        this.feeds = feeds;
        this.portal = portal;
        this.organization = organization;
    }

    @GetMapping({"/advisories/feed.rss", "/ja/advisories/feed.rss"})
    ResponseEntity<byte[]> rss(HttpServletRequest http, WebRequest request) {
        return feed(PortalFeeds.Format.RSS, RSS, http, request);
    }

    @GetMapping({"/advisories/feed.atom", "/ja/advisories/feed.atom"})
    ResponseEntity<byte[]> atom(HttpServletRequest http, WebRequest request) {
        return feed(PortalFeeds.Format.ATOM, ATOM, http, request);
    }

    @GetMapping({"/advisories/jvnrss.rdf", "/ja/advisories/jvnrss.rdf"})
    ResponseEntity<byte[]> jvnrss(HttpServletRequest http, WebRequest request) {
        return feed(PortalFeeds.Format.JVNRSS, RDF, http, request);
    }

    /** Every public advisory page in both languages (sitemaps.org protocol 0.9). */
    @GetMapping("/sitemap.xml")
    ResponseEntity<byte[]> sitemap(HttpServletRequest http, WebRequest request) {
        Instant changed = portal.lastChange().orElse(Instant.EPOCH);
        String etag = "\"" + portal.version() + "\"";
        if (request.checkNotModified(etag, changed.toEpochMilli())) {
            return null;
        }
        String base = base(http);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        xml.append(url(base + "/advisories", changed));
        for (PortalQuery.Entry e : portal.all()) {
            // IDs match [A-Za-z0-9-] (AdvisoryIdScheme), so they need no escaping in XML or URLs
            xml.append(url(base + PortalPaths.advisory(e.id(), "en"), e.lastUpdated()));
            xml.append(url(base + PortalPaths.advisory(e.id(), "ja"), e.lastUpdated()));
        }
        xml.append("</urlset>\n");
        return ResponseEntity.ok().cacheControl(CACHE).eTag(etag).lastModified(changed).contentType(XML)
                .body(xml.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A feed in the language its address names: {@code /ja/…} Japanese, otherwise English. */
    private ResponseEntity<byte[]> feed(PortalFeeds.Format format, MediaType type, HttpServletRequest http,
            WebRequest request) {
        String selfPath = http.getRequestURI().substring(http.getContextPath().length());
        String language = selfPath.startsWith("/ja/") ? "ja" : "en";
        Instant changed = portal.lastChange().orElse(Instant.EPOCH);
        // the ETag, not the date, tells readers apart: two advisories published at one instant share the date
        String etag = "\"" + portal.version() + "\"";
        if (request.checkNotModified(etag, changed.toEpochMilli())) {
            return null;
        }
        byte[] body = feeds.write(format, language, base(http), selfPath, changed).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok().cacheControl(CACHE).eTag(etag).lastModified(changed).contentType(type).body(body);
    }

    private static String url(String location, Instant modified) {
        return "  <url><loc>" + location.replace("&", "&amp;") + "</loc><lastmod>" + modified + "</lastmod></url>\n";
    }

    /** The configured public address, or the one the request came to. */
    private String base(HttpServletRequest http) {
        String configured = organization.publicUrl();
        if (configured != null && !configured.isBlank()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        return ServletUriComponentsBuilder.fromContextPath(http).build().toUriString();
    }
}
