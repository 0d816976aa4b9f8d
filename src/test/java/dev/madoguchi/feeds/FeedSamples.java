package dev.madoguchi.feeds;

import java.time.Instant;
import java.util.List;

/** Channels and advisories the feed tests write. */
final class FeedSamples {

    static final Instant PUBLISHED = Instant.parse("2026-03-02T01:30:00Z");
    static final Instant UPDATED = Instant.parse("2026-03-05T09:15:42.123Z");

    private FeedSamples() {
    }

    static FeedChannel english() {
        return channel("en", "Example PSIRT security advisories");
    }

    static FeedChannel japanese() {
        return channel("ja", "Example PSIRT セキュリティアドバイザリ");
    }

    static FeedChannel channel(String language, String title) {
        return new FeedChannel(title, "Security advisories of Example Corp.", "https://psirt.example.com/advisories",
                "https://psirt.example.com/advisories/feed." + language + ".xml", "Example Corp. PSIRT", language,
                UPDATED);
    }

    /** An advisory with two CVEs, two scores, a CPE of each version and a JVN reference. */
    static FeedEntry full() {
        return new FeedEntry("MDG-2026-002", "Router X: command injection in the web console",
                "An authenticated attacker could run commands.", "https://psirt.example.com/advisories/MDG-2026-002",
                PUBLISHED, UPDATED, List.of("CVE-2026-10001", "CVE-2026-10002"),
                List.of(FeedScore.of("3.1", "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", 8.8),
                        FeedScore.of("4.0", "CVSS:4.0/AV:N/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N",
                                8.7)),
                List.of(new FeedCpe("cpe:2.3:h:example:router_x:*:*:*:*:*:*:*:*", "Example Corp.", "Router X"),
                        new FeedCpe("cpe:/o:example:router_x_firmware", "Example Corp.", "Router X firmware")),
                List.of(new FeedReference("JVN", "JVNVU#12345678", "JVNVU#12345678: Router X",
                        "https://jvn.jp/vu/JVNVU12345678/")),
                false);
    }

    /** A bare advisory: no CVE, no score, no product, no summary, never updated. */
    static FeedEntry bare(String id, String title) {
        return new FeedEntry(id, title, null, "https://psirt.example.com/advisories/" + id, PUBLISHED, null, null,
                null, null, null, false);
    }

    static FeedEntry withdrawn(String id, String title) {
        return new FeedEntry(id, title, null, "https://psirt.example.com/advisories/" + id, PUBLISHED, UPDATED, null,
                null, null, null, true);
    }
}
