package dev.madoguchi.intake;

import java.util.Map;
import java.util.Optional;

/**
 * A part of the reporter's status page {@code /r/<token>} that another module adds, so that the modules working a
 * report can ask the reporter something (issue 10: the publication date agreed with the reporter) while intake alone
 * owns the page and its link. Intake decides which report the token opens; the section sees only the report's id.
 * A section that refuses an answer throws a {@link dev.madoguchi.shared.Refusal} (shown to the reporter with what
 * they typed) or a {@link dev.madoguchi.shared.NotFoundException} (the same 404 as an unknown link).
 */
public interface StatusPageSection {

    /** The section's name in its form addresses {@code /r/<token>/sections/<name>/<action>}: a-z, 0-9 and '-'. */
    String name();

    /** What the section shows for the report now, or empty when it has nothing to show. */
    Optional<View> view(long reportId);

    /**
     * Handles a form of the section, in a transaction.
     *
     * @return the message key of the notice shown after it (in the section's module bundle)
     */
    String answer(long reportId, String action, Map<String, String> form);

    /**
     * A Thymeleaf fragment and the values it shows. The fragment is inserted with {@code section} (this view),
     * {@code token}, {@code sectionProblems} and {@code sectionDraft} (what was typed in a refused form) in scope.
     *
     * @param name     the section's name, as {@link #name()}; the page gives the section the id {@code section-<name>}
     * @param template the Thymeleaf template holding the fragment, e.g. {@code cases/reporter-proposal}
     * @param selector the fragment in it, e.g. {@code section}
     */
    record View(String name, String template, String selector, Map<String, Object> values) {

        public View {
            values = Map.copyOf(values);
        }
    }
}
