package dev.madoguchi.initiatives;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where an outbound report stands (issue 10): draft → sent → acknowledged → resolved, or no-response or withdrawn.
 * A vendor that fixes quickly may be resolved straight from sent.
 */
public enum InitiativeState {
    DRAFT, SENT, ACKNOWLEDGED, RESOLVED, NO_RESPONSE, WITHDRAWN;

    public String tag() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<InitiativeState> fromTag(String tag) {
        return Arrays.stream(values()).filter(s -> s.tag().equals(tag)).findFirst();
    }

    /** The states this one may move to. */
    public Set<InitiativeState> next() {
        return switch (this) {
            case DRAFT -> Set.of(SENT, WITHDRAWN);
            case SENT -> Set.of(ACKNOWLEDGED, RESOLVED, NO_RESPONSE, WITHDRAWN);
            case ACKNOWLEDGED -> Set.of(RESOLVED, NO_RESPONSE, WITHDRAWN);
            case RESOLVED, NO_RESPONSE, WITHDRAWN -> Set.of();
        };
    }

    public boolean closed() {
        return next().isEmpty();
    }
}
