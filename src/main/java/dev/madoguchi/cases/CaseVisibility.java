package dev.madoguchi.cases;

/**
 * The need-to-know rule as SQL, so that every query listing, counting, searching or exporting cases applies it in
 * the database: a case {@code c} is visible to the user bound as {@code :viewer}: everyone's when {@code :seesAll},
 * through a division only for a developer, through being added only for a coordinator (membership alone is not
 * enough: a coordinator put in a division by mistake still sees nothing of it). Used with named parameters.
 */
final class CaseVisibility {

    static final String VISIBLE = """
            (:seesAll
             or (:developer and exists (select 1 from case_division cd
                                        join division_member dm on dm.division_id = cd.division_id
                                        where cd.case_id = c.id and dm.user_id = :viewer))
             or (:coordinator and exists (select 1 from case_coordinator cc
                                          where cc.case_id = c.id and cc.user_id = :viewer)))""";

    /**
     * The text of the coordinator and internal threads the viewer may read, matched against {@code :like}, as SQL
     * on the case row {@code c}: PSIRT both threads; a developer the internal notes of their divisions' cases; a
     * coordinator the coordinator thread of the cases they were added to.
     */
    static String readableThreadText(CaseViewer viewer) {
        if (viewer.seesAll()) {
            return "(c.internal_text ilike :like or c.coordinator_text ilike :like)";
        }
        String internal = "(c.internal_text ilike :like and c.id in (select cd.case_id from case_division cd "
                + "join division_member dm on dm.division_id = cd.division_id where dm.user_id = :viewer))";
        String coordination = "(c.coordinator_text ilike :like and c.id in (select cc.case_id from case_coordinator "
                + "cc where cc.user_id = :viewer))";
        if (viewer.developer() && viewer.coordinator()) {
            return "(" + internal + " or " + coordination + ")";
        }
        return viewer.developer() ? internal : viewer.coordinator() ? coordination : "false";
    }

    private CaseVisibility() {
    }
}
