package dev.madoguchi.products;

import java.util.List;

/** Several problems with one product form or import row at once, so that a person sees them all together. */
public class ProductProblems extends RuntimeException {

    private final List<ProductRuleViolation> problems;

    public ProductProblems(List<ProductRuleViolation> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<ProductRuleViolation> problems() {
        return problems;
    }
}
