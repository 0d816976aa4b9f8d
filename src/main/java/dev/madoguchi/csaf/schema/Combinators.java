package dev.madoguchi.csaf.schema;

import java.util.List;
import java.util.Map;

import dev.madoguchi.csaf.JsonValue;

/**
 * The keywords that apply other schemas to the same value: {@code $ref}, {@code allOf}, {@code anyOf}, {@code oneOf},
 * {@code not}.
 */
final class Combinators {

    private Combinators() {
    }

    /** {@code $ref}, resolved at compile time to the node it names. */
    static final class Ref extends Check {
        private final String reference;
        private final SchemaNode target;

        Ref(String reference, SchemaNode target) {
            this.reference = reference;
            this.target = target;
        }

        SchemaNode target() {
            return target;
        }

        String reference() {
            return reference;
        }

        @Override
        public boolean accepts(JsonValue value) {
            return target.accepts(value);
        }

        @Override
        public void report(JsonValue value, String at, Findings findings) {
            target.report(value, at, findings);
        }

        @Override
        public SchemaNode[] inPlace() {
            return new SchemaNode[] {target};
        }
    }

    /** {@code allOf}: every branch reports its own findings. */
    static final class AllOf extends Check {
        private final SchemaNode[] branches;

        AllOf(SchemaNode[] branches) {
            this.branches = branches;
        }

        @Override
        public boolean accepts(JsonValue value) {
            for (SchemaNode branch : branches) {
                if (!branch.accepts(value)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void report(JsonValue value, String at, Findings findings) {
            for (SchemaNode branch : branches) {
                branch.report(value, at, findings);
            }
        }

        @Override
        public SchemaNode[] inPlace() {
            return branches;
        }
    }

    /**
     * {@code anyOf} ({@code exactlyOne} false) and {@code oneOf} ({@code exactlyOne} true). When no branch matches,
     * the branch the value evidently means is explained: the one a member such as {@code "version": "3.1"} selects
     * (each branch allowing fixed values for that member, as the CVSS schemas do), or else the branch with the fewest
     * findings.
     */
    static final class OneOf extends Check {
        private final SchemaNode[] branches;
        private final boolean exactlyOne;

        OneOf(SchemaNode[] branches, boolean exactlyOne) {
            this.branches = branches;
            this.exactlyOne = exactlyOne;
        }

        @Override
        public boolean accepts(JsonValue value) {
            int matches = 0;
            for (SchemaNode branch : branches) {
                if (branch.accepts(value)) {
                    if (!exactlyOne) {
                        return true;
                    }
                    matches++;
                }
            }
            return matches == 1;
        }

        @Override
        public void report(JsonValue value, String at, Findings findings) {
            String keyword = exactlyOne ? "oneOf" : "anyOf";
            StringBuilder matching = new StringBuilder();
            for (int i = 0; i < branches.length; i++) {
                if (branches[i].accepts(value)) {
                    matching.append(matching.length() == 0 ? "" : " and ").append(label(i));
                }
            }
            if (matching.length() > 0) {
                findings.add(at, "must match exactly one schema of " + keyword + ", but matches " + matching);
                return;
            }
            String selector = selector(value);
            if (selector != null) {
                int chosen = chosen(value, selector);
                findings.add(at, "must match one schema of " + keyword + "; its \"" + selector + "\" "
                        + ValueText.of(value.get(selector)) + " selects " + label(chosen) + ", which it breaks:");
                branches[chosen].report(value, at, findings);
                return;
            }
            Findings closest = null;
            int closestIndex = 0;
            for (int i = 0; i < branches.length; i++) {
                Findings attempt = new Findings(100);
                branches[i].report(value, at, attempt);
                if (closest == null || attempt.size() < closest.size()) {
                    closest = attempt;
                    closestIndex = i;
                }
            }
            findings.add(at, "must match " + (exactlyOne ? "exactly one" : "at least one") + " schema of " + keyword
                    + " but matches none; the closest, " + label(closestIndex) + ", finds:");
            if (closest != null) {
                findings.addAll(closest);
            }
        }

        private String label(int index) {
            SchemaNode branch = branches[index];
            Check[] checks = branch.checks();
            if (checks.length == 1 && checks[0] instanceof Ref ref) {
                return "schema " + (index + 1) + " (" + ref.reference() + ")";
            }
            return "schema " + (index + 1);
        }

        /**
         * A member of the value whose allowed values (by {@code enum} or {@code const}) are given in every branch and
         * contain the value's member in exactly one of them; {@code null} when there is none.
         */
        private String selector(JsonValue value) {
            for (Map.Entry<String, JsonValue> member : value.members().entrySet()) {
                int hits = 0;
                boolean everyBranch = true;
                for (SchemaNode branch : branches) {
                    SchemaNode property = branch.property(member.getKey());
                    List<JsonValue> allowed = property == null ? null : property.allowedValues();
                    if (allowed == null) {
                        everyBranch = false;
                        break;
                    }
                    if (allowed.contains(member.getValue())) {
                        hits++;
                    }
                }
                if (everyBranch && hits == 1) {
                    return member.getKey();
                }
            }
            return null;
        }

        private int chosen(JsonValue value, String selector) {
            for (int i = 0; i < branches.length; i++) {
                if (branches[i].property(selector).allowedValues().contains(value.get(selector))) {
                    return i;
                }
            }
            return 0;
        }

        @Override
        public SchemaNode[] inPlace() {
            return branches;
        }
    }

    /** {@code not}. */
    static final class Not extends Check {
        private final SchemaNode schema;

        Not(SchemaNode schema) {
            this.schema = schema;
        }

        @Override
        public boolean accepts(JsonValue value) {
            return !schema.accepts(value);
        }

        @Override
        public void report(JsonValue value, String at, Findings findings) {
            findings.add(at, "must not match the schema of 'not' (" + schema.location() + ")");
        }

        @Override
        public SchemaNode[] inPlace() {
            return new SchemaNode[] {schema};
        }
    }
}
