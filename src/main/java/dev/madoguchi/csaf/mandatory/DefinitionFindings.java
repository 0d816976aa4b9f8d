package dev.madoguchi.csaf.mandatory;

import dev.madoguchi.csaf.CsafTest.Findings;
import dev.madoguchi.csaf.product.ProductIds;

import java.util.List;

/** The findings of the tests that an ID is defined (§6.1.1, §6.1.4) and defined once (§6.1.2, §6.1.5). */
final class DefinitionFindings {

    private DefinitionFindings() {
    }

    /**
     * Each reference to an ID that {@code index} does not define, at the reference: product group IDs if
     * {@code groups}, else product IDs; {@code kind} names the ID.
     */
    static void undefined(ProductIds index, boolean groups, String kind, String definedBy, Findings findings) {
        for (ProductIds.Reference reference : groups ? index.groupReferences() : index.productReferences()) {
            String id = reference.id();
            if (!(groups ? index.isGroupDefined(id) : index.isDefined(id))) {
                findings.add(reference.pointer(), "The " + kind + " \"" + reference.id()
                        + "\" is referenced but no " + definedBy + " in the product tree defines it.");
            }
        }
    }

    /** Each definition of an ID after its first, at its ID member: product groups if {@code groups}, else products. */
    static void repeated(ProductIds index, boolean groups, String kind, Findings findings) {
        for (ProductIds.Definition definition : groups ? index.groups() : index.products()) {
            String id = definition.id();
            List<ProductIds.Definition> definitions = id == null ? List.of()
                    : groups ? index.groupDefinitions(id) : index.definitions(id);
            if (definitions.size() > 1 && definitions.get(0) != definition) {
                findings.add(definition.idPointer(), "The " + kind + " \"" + id + "\" is already defined at "
                        + definitions.get(0).idPointer() + ".");
            }
        }
    }
}
