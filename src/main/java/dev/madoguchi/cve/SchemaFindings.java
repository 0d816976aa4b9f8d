package dev.madoguchi.cve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;

/**
 * Turns the validator's errors for a whole record into findings a person can act on.
 *
 * <p>The CVE JSON 5.1.1 schema is a top-level {@code oneOf} of a Published and a Rejected record. A record that
 * fails it gets the errors of both branches, so a published record with one bad version status would also be told it
 * lacks {@code rejectedReasons}, that {@code affected} is not allowed, and that its state is not {@code REJECTED}.
 * Only one branch can apply: the one {@code cveMetadata.state} selects (each branch accepts a single state). So only
 * that branch's errors are reported, plus any error from outside the {@code oneOf}, and the bare "must be valid to
 * one and only one schema" is dropped. When the state selects no branch (missing, not a string, or a value such as
 * {@code RESERVED}), the branch with the fewest errors is reported, with its complaint about the state replaced by
 * one naming every accepted state.
 */
final class SchemaFindings {

    private static final String ONE_OF = "oneOf";
    private static final String STATE = "/cveMetadata/state";

    private SchemaFindings() {
    }

    static List<CveFinding> of(List<Error> errors, JsonNode record, StateBranches branches) {
        if (errors.isEmpty()) {
            return List.of();
        }
        if (branches.isEmpty()) {
            return convert(errors);
        }
        JsonNode state = record.path("cveMetadata").path("state");
        OptionalInt selected = state.isTextual() ? branches.branchFor(state.textValue()) : OptionalInt.empty();
        List<CveFinding> findings = new ArrayList<>();
        int branch;
        if (selected.isPresent()) {
            branch = selected.getAsInt();
        } else {
            branch = fewestErrors(errors, branches.size());
            if (!state.isMissingNode()) {
                findings.add(new CveFinding(STATE, "must be one of " + String.join(", ", branches.allStates())
                        + " (the state selects the published or the rejected shape of the record)"));
            }
        }
        List<Error> kept = new ArrayList<>();
        for (Error error : errors) {
            OptionalInt of = branchOf(error);
            boolean summary = isOneOfSummary(error);
            boolean otherBranch = of.isPresent() && of.getAsInt() != branch;
            boolean stateRestated = selected.isEmpty() && !state.isMissingNode() && pointer(error).equals(STATE);
            if (!summary && !otherBranch && !stateRestated) {
                kept.add(error);
            }
        }
        findings.addAll(convert(kept));
        // Should the oneOf fail for a reason no branch error shows, the raw errors are better than no reason at all.
        return findings.isEmpty() ? convert(errors) : findings;
    }

    private static int fewestErrors(List<Error> errors, int branchCount) {
        int[] counts = new int[branchCount];
        for (Error error : errors) {
            OptionalInt branch = branchOf(error);
            if (branch.isPresent() && branch.getAsInt() < branchCount) {
                counts[branch.getAsInt()]++;
            }
        }
        int best = 0;
        for (int i = 1; i < branchCount; i++) {
            if (counts[i] < counts[best]) {
                best = i;
            }
        }
        return best;
    }

    /** The top-level {@code oneOf} branch an error was found in: its evaluation path starts {@code /oneOf/<i>/}. */
    private static OptionalInt branchOf(Error error) {
        NodePath path = error.getEvaluationPath();
        if (path.getNameCount() >= 2 && ONE_OF.equals(String.valueOf(path.getElement(0)))
                && path.getElement(1) instanceof Integer index) {
            return OptionalInt.of(index);
        }
        return OptionalInt.empty();
    }

    private static boolean isOneOfSummary(Error error) {
        NodePath path = error.getEvaluationPath();
        return path.getNameCount() == 1 && ONE_OF.equals(String.valueOf(path.getElement(0)));
    }

    private static List<CveFinding> convert(List<Error> errors) {
        Set<CveFinding> findings = new LinkedHashSet<>();
        for (Error error : errors) {
            findings.add(new CveFinding(pointer(error), error.getMessage()));
        }
        return List.copyOf(findings);
    }

    /**
     * Where the error is. A missing required member and a member the schema does not allow are pointed at by name
     * ({@code /containers/cna/providerMetadata/orgId}), not at the object that lacks or holds them, because the name
     * is what a person has to add or remove.
     */
    static String pointer(Error error) {
        StringBuilder pointer = new StringBuilder();
        NodePath path = error.getInstanceLocation();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(escape(String.valueOf(path.getElement(i))));
        }
        String keyword = error.getKeyword();
        if (error.getProperty() != null && ("required".equals(keyword) || "additionalProperties".equals(keyword))) {
            pointer.append('/').append(escape(error.getProperty()));
        }
        return pointer.toString();
    }

    /** RFC 6901 §3: {@code ~} is written {@code ~0} and {@code /} is written {@code ~1} within a reference token. */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
