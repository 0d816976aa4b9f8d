package dev.madoguchi.trustedprovider;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.madoguchi.advisories.CsafPublications;
import dev.madoguchi.advisories.PublishedCsaf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The CSAF documents the trusted provider may serve: only TLP:WHITE ones (CSAF 2.0 §7.1.4; §7.1.5 keeps anything
 * else off this public path), with a file name by §5.1 and in the folder of their {@code initial_release_date}'s year
 * (§7.1.11). A document that breaks one of these is left out and logged, never served under another name.
 */
@Component
class PublicDocuments {

    /** CSAF 2.0 §5.1: the tracking ID in lower case, every character but {@code +}, {@code -}, a–z, 0–9 as {@code _}. */
    static final Pattern FILE_NAME = Pattern.compile("[+\\-a-z0-9_]+\\.json");

    private static final Logger log = LoggerFactory.getLogger(PublicDocuments.class);

    private final CsafPublications publications;

    PublicDocuments(CsafPublications publications) {
        this.publications = publications;
    }

    /** Every servable document, oldest {@code current_release_date} first. */
    List<PublishedCsaf> all() {
        return publications.current().stream().filter(PublicDocuments::servable).toList();
    }

    Optional<PublishedCsaf> find(int year, String fileName) {
        if (!FILE_NAME.matcher(fileName).matches()) {
            return Optional.empty();
        }
        return publications.file(year, fileName).filter(PublicDocuments::servable);
    }

    /** The path below {@code /.well-known/csaf/white/}: {@code <year>/<file>.json}. */
    static String relativePath(PublishedCsaf document) {
        return document.year() + "/" + document.fileName();
    }

    private static boolean servable(PublishedCsaf document) {
        if (!"WHITE".equals(document.tlp())) {
            return false;
        }
        if (!FILE_NAME.matcher(document.fileName()).matches()
                || document.year() != document.initialReleaseDate().atZone(ZoneOffset.UTC).getYear()) {
            log.warn("CSAF document {} is not served: file name {} or folder {} breaks CSAF 2.0 §5.1/§7.1.11",
                    document.trackingId(), document.fileName(), document.year());
            return false;
        }
        return true;
    }
}
