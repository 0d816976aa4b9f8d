package dev.madoguchi.intake;

import dev.madoguchi.identity.StaffPrincipal;
import dev.madoguchi.shared.Role;

/**
 * Who asks for reports, as the queries need it: PSIRT handlers and administrators see all reports; any other staff
 * member only those submitted with their own API token (a coordinator's, for instance).
 */
record ReportViewer(long userId, boolean seesAll) {

    static ReportViewer of(StaffPrincipal principal) {
        return new ReportViewer(principal.id(), principal.hasRole(Role.PSIRT) || principal.hasRole(Role.ADMIN));
    }
}
