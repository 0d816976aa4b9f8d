package dev.madoguchi.openpgp;

import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the configured passphrase does not open the current PSIRT key (ADR 0012): a node given
 * another passphrase (or one that generated its own because it does not share the data directory) would otherwise
 * fail to sign, and would tell reporters that their correctly encrypted messages were damaged.
 */
@Component
class KeyPassphraseCheck implements SmartInitializingSingleton {

    private final PsirtKeyRows rows;
    private final KeyPassphrase passphrase;

    KeyPassphraseCheck(PsirtKeyRows rows, KeyPassphrase passphrase) {
        this.rows = rows;
        this.passphrase = passphrase;
    }

    @Override
    public void afterSingletonsInstantiated() {
        rows.current().ifPresent(current -> {
            PGPSecretKeyRing keys = rows.secretKey(current.fingerprint());
            if (!SecretKeys.unlocks(keys, passphrase.passphrase())) {
                throw new IllegalStateException("The OpenPGP key passphrase (MADOGUCHI_PGP_PASSPHRASE, or "
                        + "<data dir>/keys/" + KeyPassphrase.FILE + ") does not open the current PSIRT key "
                        + current.fingerprint() + ": give every node the passphrase the keys were stored with.");
            }
        });
    }
}
