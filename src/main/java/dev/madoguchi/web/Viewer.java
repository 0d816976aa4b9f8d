package dev.madoguchi.web;

import dev.madoguchi.identity.StaffPrincipal;
import dev.madoguchi.shared.Role;

/** Who is looking at a page, as the layout needs it for its navigation. */
record Viewer(boolean signedIn, String username, String displayName, boolean admin, boolean psirt,
        boolean developer) {

    static final Viewer PUBLIC = new Viewer(false, null, null, false, false, false);

    static Viewer of(StaffPrincipal principal) {
        return new Viewer(true, principal.getUsername(), principal.displayName(), principal.hasRole(Role.ADMIN),
                principal.hasRole(Role.PSIRT), principal.hasRole(Role.DEVELOPER));
    }
}
