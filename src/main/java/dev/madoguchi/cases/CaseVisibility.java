package dev.madoguchi.cases;

/**
 * The need-to-know rule as SQL, so that every query listing, counting, searching or exporting cases applies it in
 * the database: a case {@code c} is visible to the user bound as {@code :viewer} unless {@code :seesAll} says
 * otherwise. Used with named parameters.
 */
final class CaseVisibility {

    static final String VISIBLE = """
            (:seesAll
             or exists (select 1 from case_division cd join division_member dm on dm.division_id = cd.division_id
                        where cd.case_id = c.id and dm.user_id = :viewer)
             or exists (select 1 from case_coordinator cc where cc.case_id = c.id and cc.user_id = :viewer))""";

    /**
     * The same rule in the form the planner handles best for a list: nothing for those who see everything, otherwise
     * membership in the (small) set of cases of the viewer's divisions and coordinator roles.
     */
    static String forViewer(CaseViewer viewer) {
        if (viewer.seesAll()) {
            return " true";
        }
        return """
                 c.id in (select cd.case_id from case_division cd
                           join division_member dm on dm.division_id = cd.division_id where dm.user_id = :viewer
                         union
                         select cc.case_id from case_coordinator cc where cc.user_id = :viewer)""";
    }

    private CaseVisibility() {
    }
}
