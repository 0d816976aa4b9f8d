package dev.madoguchi.cases;

import dev.madoguchi.identity.StaffPrincipal;
import dev.madoguchi.shared.Role;

/**
 * Who asks, as every case query needs it (need-to-know, both seed policies): PSIRT handlers and administrators see
 * every case; a developer only the cases of their divisions; a coordinator only the cases they were added to.
 */
public record CaseViewer(long userId, String username, boolean psirt, boolean admin, boolean developer,
        boolean coordinator) {

    public static CaseViewer of(StaffPrincipal principal) {
        return new CaseViewer(principal.id(), principal.getUsername(), principal.hasRole(Role.PSIRT),
                principal.hasRole(Role.ADMIN), principal.hasRole(Role.DEVELOPER), principal.hasRole(Role.COORDINATOR));
    }

    public boolean seesAll() {
        return psirt || admin;
    }

    /** Handlers run the workflow; administrators may step in. */
    public boolean handles() {
        return psirt || admin;
    }
}
