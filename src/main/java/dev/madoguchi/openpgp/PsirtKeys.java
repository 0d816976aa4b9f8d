package dev.madoguchi.openpgp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.madoguchi.audit.AuditEntry;
import dev.madoguchi.audit.AuditTrail;
import dev.madoguchi.shared.Organization;

import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.pgpainless.PGPainless;
import org.pgpainless.util.Passphrase;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PSIRT's OpenPGP keys (issue 9): their life (generate, import, rotate, extend, revoke; ADMIN acts, each audited)
 * and their use by other modules (sign, cleartext-sign, open messages sent to any of our keys, encrypt to a
 * reporter's or coordinator's key). The secret keys never leave this module; callers get armored text and facts.
 *
 * <p>Rotation follows the issue: a new key is generated or imported as {@link KeyState#PUBLISHED} beside the current
 * one, so that the key page offers both during the overlap; {@link #makeCurrent} then switches, and the old key is
 * kept as {@link KeyState#RETIRED} (its expiry or a revocation recorded) so that messages sent to it still open.
 */
@Service
public class PsirtKeys {

    /** The first key, made when something must be signed before an administrator made one: two years, as is usual. */
    static final Duration FIRST_KEY_LIFETIME = Duration.ofDays(730);

    private final PsirtKeyRows rows;
    private final KeyPassphrase passphrase;
    private final AuditTrail audit;
    private final Organization organization;
    private final Clock clock;

    PsirtKeys(PsirtKeyRows rows, KeyPassphrase passphrase, AuditTrail audit, Organization organization, Clock clock) {
        this.rows = rows;
        this.passphrase = passphrase;
        this.audit = audit;
        this.organization = organization;
        this.clock = clock;
    }

    // ---- reading

    /** Every key, newest first. */
    public List<PsirtKey> all() {
        return rows.all();
    }

    public Optional<PsirtKey> current() {
        return rows.current();
    }

    public Optional<PsirtKey> byFingerprint(String fingerprint) {
        return rows.byFingerprint(fingerprint);
    }

    /** The keys offered to reporters: the current one first, then any published for the next rotation. */
    public List<PsirtKey> offered() {
        List<PsirtKey> all = all();
        List<PsirtKey> offered = new ArrayList<>();
        for (KeyState state : new KeyState[] {KeyState.CURRENT, KeyState.PUBLISHED}) {
            for (PsirtKey key : all) {
                if (key.state() == state) {
                    offered.add(key);
                }
            }
        }
        return offered;
    }

    /** The user ID a new key gets unless the administrator writes another: {@code <Org> PSIRT <psirt@...>}. */
    public String defaultUserId() {
        return organization.nameEn() + " PSIRT <" + organization.psirtEmail() + ">";
    }

    // ---- the key's life (ADMIN)

    /**
     * A new key. It becomes current when there is none yet; otherwise it is published beside the current one until
     * {@link #makeCurrent}.
     */
    @Transactional
    public PsirtKey generate(KeyAlgorithm algorithm, String userId, Instant expires, String actor) {
        Instant now = clock.instant();
        if (expires != null && !expires.isAfter(now)) {
            throw new OpenPgpProblem("pgp.expiry.in-the-past");
        }
        PGPSecretKeyRing keys = SecretKeys.generate(algorithm, userId.strip(), expires, passphrase.passphrase());
        // the library dates the self-signatures when it makes them, after `now` (seconds later for RSA 4096): read
        // the key as of a time it exists
        PsirtKey key = store(keys, "generated", clock.instant(), actor);
        audit.recordAs(actor, AuditEntry.of("pgp-key.generated", "pgp_key", key.fingerprint(),
                algorithm.label() + " " + key.facts().bits() + ", " + key.facts().userId() + ", expires "
                        + (expires == null ? "never" : expires.toString()) + "; " + key.state().column()));
        return key;
    }

    /**
     * An armored secret key brought from elsewhere, unlocked with {@code theirPassphrase} (empty when it has none) and
     * stored under ours.
     */
    @Transactional
    public PsirtKey importKey(String armored, String theirPassphrase, String actor) {
        Instant now = clock.instant();
        PGPSecretKeyRing keys = SecretKeys.read(armored);
        if (rows.byFingerprint(KeyFacts.of(keys, now).fingerprint()).isPresent()) {
            throw new OpenPgpProblem("pgp.import.already-there");
        }
        Passphrase theirs = theirPassphrase == null || theirPassphrase.isEmpty() ? Passphrase.emptyPassphrase()
                : Passphrase.fromPassword(theirPassphrase);
        PGPSecretKeyRing protectedKeys = SecretKeys.reprotect(keys, theirs, passphrase.passphrase());
        var info = PGPainless.inspectKeyRing(protectedKeys, java.util.Date.from(now));
        if (info.getRevocationSelfSignature() != null) {
            throw new OpenPgpProblem("pgp.import.revoked");
        }
        if (!info.isUsableForSigning()) {
            throw new OpenPgpProblem("pgp.import.cannot-sign");
        }
        if (!info.isUsableForEncryption()) {
            throw new OpenPgpProblem("pgp.import.cannot-encrypt");
        }
        PsirtKey key = store(protectedKeys, "imported", now, actor);
        audit.recordAs(actor, AuditEntry.of("pgp-key.imported", "pgp_key", key.fingerprint(),
                key.facts().type() + " " + key.facts().bits() + ", " + key.facts().userId() + "; "
                        + key.state().column()));
        return key;
    }

    /** Ends the overlap: the published key becomes current and the current one retired. */
    @Transactional
    public PsirtKey makeCurrent(String fingerprint, String actor) {
        rows.lock();
        PsirtKey key = rows.byFingerprint(fingerprint).orElseThrow(() -> new OpenPgpProblem("pgp.key.unknown"));
        if (key.state() != KeyState.PUBLISHED) {
            throw new OpenPgpProblem("pgp.rotate.not-published");
        }
        if (key.expiredAt(clock.instant())) {
            throw new OpenPgpProblem("pgp.rotate.expired");
        }
        Optional<PsirtKey> old = rows.current();
        rows.switchCurrent(fingerprint, clock.instant());
        audit.recordAs(actor, AuditEntry.of("pgp-key.made-current", "pgp_key", fingerprint,
                old.map(previous -> "replaces " + previous.fingerprint() + " (retired; expires "
                        + (previous.facts().expires() == null ? "never" : previous.facts().expires()) + ")")
                        .orElse("first current key")));
        return rows.byFingerprint(fingerprint).orElseThrow();
    }

    /** A new expiry date for a key that is still offered ({@code null}: never); one action, as the issue asks. */
    @Transactional
    public PsirtKey extendExpiry(String fingerprint, Instant expires, String actor) {
        rows.lock();
        PsirtKey key = rows.byFingerprint(fingerprint).orElseThrow(() -> new OpenPgpProblem("pgp.key.unknown"));
        if (key.state() == KeyState.REVOKED) {
            throw new OpenPgpProblem("pgp.expiry.revoked");
        }
        if (expires != null && !expires.isAfter(clock.instant())) {
            throw new OpenPgpProblem("pgp.expiry.in-the-past");
        }
        PGPSecretKeyRing keys = SecretKeys.withExpiry(rows.secretKey(fingerprint), expires, passphrase.passphrase());
        rows.updateMaterial(fingerprint, expires, SecretKeys.armor(keys), SecretKeys.armoredCertificate(keys));
        audit.recordAs(actor, AuditEntry.of("pgp-key.expiry-changed", "pgp_key", fingerprint,
                (key.facts().expires() == null ? "never" : key.facts().expires().toString()) + " -> "
                        + (expires == null ? "never" : expires.toString())));
        return rows.byFingerprint(fingerprint).orElseThrow();
    }

    /**
     * Revokes a key that is not current (rotate first): superseded, or compromised. It is never offered again but
     * still opens the messages sent to it.
     */
    @Transactional
    public PsirtKey revoke(String fingerprint, boolean compromised, String reason, String actor) {
        rows.lock();
        PsirtKey key = rows.byFingerprint(fingerprint).orElseThrow(() -> new OpenPgpProblem("pgp.key.unknown"));
        if (key.state() == KeyState.CURRENT) {
            throw new OpenPgpProblem("pgp.revoke.current");
        }
        if (key.state() == KeyState.REVOKED) {
            throw new OpenPgpProblem("pgp.revoke.already");
        }
        PGPSecretKeyRing keys = SecretKeys.revoked(rows.secretKey(fingerprint), passphrase.passphrase(), compromised,
                reason);
        rows.updateMaterial(fingerprint, key.facts().expires(), SecretKeys.armor(keys),
                SecretKeys.armoredCertificate(keys));
        rows.markRevoked(fingerprint, (compromised ? "compromised: " : "superseded: ") + reason, clock.instant());
        audit.recordAs(actor, AuditEntry.of("pgp-key.revoked", "pgp_key", fingerprint,
                (compromised ? "compromised" : "superseded") + (reason == null || reason.isBlank() ? "" : ": "
                        + reason)));
        return rows.byFingerprint(fingerprint).orElseThrow();
    }

    /**
     * The current key; when there is none yet, an Ed25519 key made now so that publications can be signed from the
     * first start (an administrator rotates to their own key on the key page). Several nodes starting together make
     * one: the table lock serializes them.
     */
    @Transactional
    public PsirtKey currentOrFirst() {
        Optional<PsirtKey> current = rows.current();
        if (current.isPresent()) {
            return current.get();
        }
        rows.lock();
        current = rows.current();
        if (current.isPresent()) {
            return current.get();
        }
        Instant now = clock.instant();
        PGPSecretKeyRing keys = SecretKeys.generate(KeyAlgorithm.ED25519, defaultUserId(),
                now.plus(FIRST_KEY_LIFETIME), passphrase.passphrase());
        now = clock.instant(); // as in generate: the self-signatures are dated when made
        PsirtKey key = store(keys, "generated", now, "system");
        if (key.state() != KeyState.CURRENT) {
            rows.switchCurrent(key.fingerprint(), now);
        }
        audit.recordAs("system", AuditEntry.of("pgp-key.generated", "pgp_key", key.fingerprint(),
                "first key (none existed): Ed25519, expires " + key.facts().expires()));
        return rows.current().orElseThrow();
    }

    // ---- use by other modules

    /** A detached armored signature by the current key over exactly {@code data}. */
    @Transactional
    public Signature sign(byte[] data) {
        PsirtKey key = currentOrFirst();
        Instant now = clock.instant();
        return new Signature(Signatures.detached(data, rows.secretKey(key.fingerprint()), passphrase.protector(), now),
                key.fingerprint(), now);
    }

    /** {@code text} cleartext-signed by the current key (RFC 9116 §2.3 for security.txt). */
    @Transactional
    public String clearsign(String text) {
        return clearsigned(text).armored();
    }

    /** {@code text} cleartext-signed by the current key, with the key that signed it and when. */
    @Transactional
    public Signature clearsigned(String text) {
        PsirtKey key = currentOrFirst();
        Instant now = clock.instant();
        return new Signature(Signatures.cleartext(text, rows.secretKey(key.fingerprint()), passphrase.protector(), now),
                key.fingerprint(), now);
    }

    /**
     * Opens a message encrypted to any of our keys.
     *
     * @param maxPlaintext the largest plaintext accepted (a compression bomb stops there)
     * @throws OpenPgpProblem {@code pgp.message.*} when it is no message, not to our keys, damaged or too large; the
     *                        caller's transaction stays usable (intake keeps such a message as received, issue 9)
     */
    @Transactional(noRollbackFor = OpenPgpProblem.class)
    public OpenedMessage open(byte[] message, long maxPlaintext) {
        MessageOpener.Opened opened = MessageOpener.open(message, rows.allSecretKeys(), passphrase.protector(),
                maxPlaintext);
        return new OpenedMessage(opened.plaintext(), opened.fingerprint());
    }

    /** Whether the bytes are an OpenPGP encrypted message (armored or binary) rather than plain content. */
    public static boolean looksEncrypted(byte[] bytes) {
        return MessageOpener.looksEncrypted(bytes);
    }

    /**
     * {@code text} encrypted to the armored public key {@code recipientKey} and signed by our current key.
     *
     * @throws OpenPgpProblem {@code pgp.recipient.unusable} when the key cannot be read or cannot encrypt now; the
     *                        caller's transaction stays usable (the outbox then sends the plain body, issue 9)
     */
    @Transactional(noRollbackFor = OpenPgpProblem.class)
    public String encryptTo(String recipientKey, String text) {
        PGPPublicKeyRing recipient;
        try {
            recipient = PGPainless.readKeyRing().publicKeyRing(recipientKey.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw new OpenPgpProblem("pgp.recipient.unusable", e);
        }
        if (recipient == null || PublicKeyCheck.check(recipientKey, java.util.Date.from(clock.instant())).isPresent()) {
            throw new OpenPgpProblem("pgp.recipient.unusable");
        }
        PsirtKey key = currentOrFirst();
        return MessageSealer.encryptAndSign(text, recipient, rows.secretKey(key.fingerprint()), passphrase.protector(),
                clock.instant());
    }

    private PsirtKey store(PGPSecretKeyRing keys, String origin, Instant now, String actor) {
        rows.lock();
        KeyFacts facts = KeyFacts.of(keys, now);
        if (rows.byFingerprint(facts.fingerprint()).isPresent()) {
            throw new OpenPgpProblem("pgp.import.already-there");
        }
        KeyState state = rows.current().isPresent() ? KeyState.PUBLISHED : KeyState.CURRENT;
        rows.insert(facts, SecretKeys.armor(keys), SecretKeys.armoredCertificate(keys), origin, state, now, actor);
        return rows.byFingerprint(facts.fingerprint()).orElseThrow();
    }

    /**
     * A detached signature.
     *
     * @param armored     the {@code .asc} text
     * @param fingerprint the key that made it
     * @param signedAt    its creation time
     */
    public record Signature(String armored, String fingerprint, Instant signedAt) {
    }

    /**
     * A message opened with one of our keys.
     *
     * @param plaintext   its content
     * @param fingerprint the key that opened it
     */
    public record OpenedMessage(byte[] plaintext, String fingerprint) {
    }
}
