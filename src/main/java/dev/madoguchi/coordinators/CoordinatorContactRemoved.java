package dev.madoguchi.coordinators;

/**
 * An administrator removed a staff account from a coordinator organization's contacts, e.g. a JPCERT/CC person who
 * moved to CERT/CC. Published in the removal's transaction so that the access the account held only as that
 * organization's contact ends with it (the need-to-know rule of the cases issue).
 */
public record CoordinatorContactRemoved(long userId, long organizationId, String actor) {
}
