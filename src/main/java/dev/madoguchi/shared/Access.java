package dev.madoguchi.shared;

import java.util.EnumSet;
import java.util.Set;

/** Who may request a route: anyone, any signed-in staff member, or staff holding one of some roles. */
public record Access(Kind kind, Set<Role> roles) {

    public enum Kind { PUBLIC, SIGNED_IN, ROLES }

    public Access {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        if (kind == Kind.ROLES && roles.isEmpty()) {
            throw new IllegalArgumentException("a role rule needs at least one role");
        }
    }

    public static Access anyone() {
        return new Access(Kind.PUBLIC, Set.of());
    }

    public static Access signedIn() {
        return new Access(Kind.SIGNED_IN, Set.of());
    }

    public static Access roles(Role first, Role... more) {
        return new Access(Kind.ROLES, EnumSet.of(first, more));
    }

    @Override
    public String toString() {
        return switch (kind) {
            case PUBLIC -> "anyone";
            case SIGNED_IN -> "signed-in staff";
            case ROLES -> "roles " + roles;
        };
    }
}
