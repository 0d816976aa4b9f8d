package dev.madoguchi.csaf.schema;

import java.util.ArrayList;
import java.util.List;

import dev.madoguchi.csaf.CsafFinding;

/** The schema findings of one validation, bounded so that a badly broken document still gets a readable answer. */
public final class Findings {

    private final int limit;
    private final List<CsafFinding> list = new ArrayList<>();
    private boolean truncated;

    public Findings(int limit) {
        this.limit = limit;
    }

    /** Adds a finding at a JSON pointer, unless the limit is reached. */
    public void add(String at, String message) {
        if (list.size() < limit) {
            list.add(new CsafFinding(CsafFinding.SCHEMA, at, message, CsafFinding.Severity.ERROR));
        } else {
            truncated = true;
        }
    }

    /** Whether the limit is reached; reporting stops walking then. */
    public boolean full() {
        if (list.size() >= limit) {
            truncated = true;
            return true;
        }
        return false;
    }

    public int size() {
        return list.size();
    }

    void addAll(Findings other) {
        for (CsafFinding finding : other.list) {
            add(finding.path(), finding.message());
        }
    }

    /** The findings, with a last one saying that more were left out when the limit was reached. */
    public List<CsafFinding> list() {
        List<CsafFinding> result = new ArrayList<>(list);
        if (truncated) {
            result.add(new CsafFinding(CsafFinding.SCHEMA, "", "Further schema findings are not listed (limit "
                    + limit + ").", CsafFinding.Severity.ERROR));
        }
        return result;
    }
}
