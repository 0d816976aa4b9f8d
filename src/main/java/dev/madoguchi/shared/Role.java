package dev.madoguchi.shared;

/**
 * What a staff member may do. Reporters are not staff: they never get an account.
 */
public enum Role {
    /** Runs Madoguchi: accounts, configuration, the audit trail. */
    ADMIN,
    /** A PSIRT handler: sees and works every case. */
    PSIRT,
    /** A member of a product development division: sees only the cases of their divisions. */
    DEVELOPER,
    /** An external coordinator such as a JPCERT/CC contact: sees only the cases they were added to. */
    COORDINATOR;

    /** The Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
