package dev.madoguchi.advisories;

import java.util.List;
import java.util.Optional;

/**
 * The CSAF 2.0 documents of published advisories: the newest revision of each advisory that is on the portal, for the
 * trusted-provider directory to serve, list, hash and sign.
 */
public interface CsafPublications {

    /** The newest document of every published advisory, oldest {@code current_release_date} first. */
    List<PublishedCsaf> current();

    /** The publisher every document names. */
    CsafPublisher publisher();

    /** The newest document served under this year's folder with this file name. */
    Optional<PublishedCsaf> file(int year, String fileName);
}
