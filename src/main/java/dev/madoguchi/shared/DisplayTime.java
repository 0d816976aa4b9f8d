package dev.madoguchi.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Instants as pages show them: in Japan Standard Time, the PSIRT's working time zone, with the zone named so nobody
 * mistakes it for their own. Templates use it as {@code ${@time.jst(instant)}}.
 */
@Component("time")
public class DisplayTime {

    public static final ZoneId JST = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'JST'").withZone(JST);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(JST);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'JST'").withZone(JST);

    public String jst(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }

    /** The day in JST, for what is recorded by date (e.g. the day a party agreed to a publication date). */
    public String jstDate(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    public String jstSeconds(Instant instant) {
        return instant == null ? "" : SECONDS.format(instant);
    }

    /** The value of an {@code <input type="datetime-local">} showing the instant in JST. */
    public String input(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(instant.atZone(JST));
    }

    /** ISO-8601 with offset, for {@code <time datetime>} so browsers and scripts can convert it. */
    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(JST));
    }
}
