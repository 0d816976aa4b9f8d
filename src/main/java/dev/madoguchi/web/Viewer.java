package dev.madoguchi.web;

import dev.madoguchi.shared.Role;
import dev.madoguchi.identity.StaffPrincipal;

/** Who is looking at a page, as the layout needs it for its navigation. */
record Viewer(boolean signedIn, String username, String displayName, boolean admin, boolean psirt) {

    static final Viewer PUBLIC = new Viewer(false, null, null, false, false);

    static Viewer of(StaffPrincipal principal) {
        return new Viewer(true, principal.getUsername(), principal.displayName(), principal.hasRole(Role.ADMIN),
                principal.hasRole(Role.PSIRT));
    }
}
