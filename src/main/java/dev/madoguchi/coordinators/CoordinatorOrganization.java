package dev.madoguchi.coordinators;

import java.util.List;

import dev.madoguchi.shared.Language;

/**
 * A coordinator organization as other modules see it (issue 10): the names in both languages, where to write, the
 * key to encrypt to, and whether it publishes advisories on JVN.
 *
 * @param emails    the contact addresses, possibly none yet (JPCERT/CC until the administrator enters one)
 * @param publicKey the ASCII-armored OpenPGP public key, or {@code null}
 */
public record CoordinatorOrganization(long id, String nameJa, String nameEn, String shortName, List<String> emails,
        String publicKey, Language language, boolean publishesOnJvn, boolean active, boolean preconfigured) {

    public CoordinatorOrganization {
        emails = List.copyOf(emails);
    }

    /** The name in the given language. */
    public String name(Language in) {
        return in == Language.JA ? nameJa : nameEn;
    }

    public boolean hasContact() {
        return !emails.isEmpty();
    }

    public boolean hasKey() {
        return publicKey != null && !publicKey.isBlank();
    }
}
