package dev.madoguchi.csaf.mandatory;

import dev.madoguchi.csaf.CsafTest.Findings;
import dev.madoguchi.csaf.product.ProductIds;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** The findings of the tests that an ID is defined (§6.1.1, §6.1.4) and defined once (§6.1.2, §6.1.5). */
final class DefinitionFindings {

    private DefinitionFindings() {
    }

    /** Each reference to an ID that {@code isDefined} does not know, at the reference; {@code kind} names the ID. */
    static void undefined(List<ProductIds.Reference> references, Predicate<String> isDefined, String kind,
            String definedBy, Findings findings) {
        for (ProductIds.Reference reference : references) {
            if (!isDefined.test(reference.id())) {
                findings.add(reference.pointer(), "The " + kind + " \"" + reference.id()
                        + "\" is referenced but no " + definedBy + " in the product tree defines it.");
            }
        }
    }

    /** Each definition of an ID after its first, at its ID member. */
    static void repeated(List<ProductIds.Definition> all, Function<String, List<ProductIds.Definition>> byId,
            String kind, Findings findings) {
        for (ProductIds.Definition definition : all) {
            String id = definition.id();
            List<ProductIds.Definition> definitions = id == null ? List.of() : byId.apply(id);
            if (definitions.size() > 1 && definitions.get(0) != definition) {
                findings.add(definition.idPointer(), "The " + kind + " \"" + id + "\" is already defined at "
                        + definitions.get(0).idPointer() + ".");
            }
        }
    }
}
