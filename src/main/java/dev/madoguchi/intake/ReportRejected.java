package dev.madoguchi.intake;

import java.util.List;

/** A submission that breaks rules; nothing of it was stored. */
class ReportRejected extends RuntimeException {

    private final List<FieldProblem> problems;

    ReportRejected(List<FieldProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    List<FieldProblem> problems() {
        return problems;
    }
}
