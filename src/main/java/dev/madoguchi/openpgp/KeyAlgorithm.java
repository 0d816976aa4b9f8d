package dev.madoguchi.openpgp;

import org.pgpainless.algorithm.KeyFlag;
import org.pgpainless.key.generation.KeySpec;
import org.pgpainless.key.generation.type.KeyType;
import org.pgpainless.key.generation.type.eddsa_legacy.EdDSALegacyCurve;
import org.pgpainless.key.generation.type.rsa.RsaLength;
import org.pgpainless.key.generation.type.xdh_legacy.XDHLegacySpec;

/**
 * The kinds of PSIRT key Madoguchi generates: RSA 4096 (what the NEC policy publishes, readable by every OpenPGP
 * implementation) or Ed25519 for signing with an X25519 subkey for encryption (small and fast; GnuPG 2.1 and later).
 * Either way the primary key certifies and signs and a separate subkey encrypts (RFC 4880 §5.2.3.21).
 */
public enum KeyAlgorithm {

    RSA_4096("RSA", 4096),
    ED25519("EdDSA (Ed25519) / ECDH (X25519)", 256);

    private final String label;
    private final int bits;

    KeyAlgorithm(String label, int bits) {
        this.label = label;
        this.bits = bits;
    }

    /** As the key page names the type, e.g. {@code RSA}. */
    public String label() {
        return label;
    }

    public int bits() {
        return bits;
    }

    KeySpec primary() {
        KeyType type = this == RSA_4096 ? KeyType.RSA(RsaLength._4096) : KeyType.EDDSA_LEGACY(EdDSALegacyCurve._Ed25519);
        return KeySpec.getBuilder(type, KeyFlag.CERTIFY_OTHER, KeyFlag.SIGN_DATA).build();
    }

    KeySpec encryptionSubkey() {
        KeyType type = this == RSA_4096 ? KeyType.RSA(RsaLength._4096) : KeyType.XDH_LEGACY(XDHLegacySpec._X25519);
        return KeySpec.getBuilder(type, KeyFlag.ENCRYPT_COMMS, KeyFlag.ENCRYPT_STORAGE).build();
    }
}
