package dev.madoguchi.advisories;

/** Something the portal shows changed: an advisory was published, updated or withdrawn. */
record PortalChanged(String advisoryId) {
}
