package dev.madoguchi.trustedprovider;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;

import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.pgpainless.PGPainless;
import org.pgpainless.algorithm.DocumentSignatureType;
import org.pgpainless.algorithm.KeyFlag;
import org.pgpainless.encryption_signing.EncryptionStream;
import org.pgpainless.encryption_signing.ProducerOptions;
import org.pgpainless.encryption_signing.SigningOptions;
import org.pgpainless.key.OpenPgpFingerprint;
import org.pgpainless.key.generation.KeySpec;
import org.pgpainless.key.generation.type.KeyType;
import org.pgpainless.key.generation.type.eddsa_legacy.EdDSALegacyCurve;
import org.pgpainless.key.info.KeyRingInfo;
import org.pgpainless.key.protection.SecretKeyRingProtector;
import org.pgpainless.signature.subpackets.BaseSignatureSubpackets;
import org.pgpainless.util.ArmorUtils;
import org.pgpainless.util.Passphrase;

/**
 * The OpenPGP key that signs the CSAF documents (CSAF 2.0 §7.1.19) and whose public part is served (§7.1.20): an
 * armored secret key read from a configured file, or an Ed25519 key generated once into the data directory. The
 * passphrase is held only inside the protector, never in a field that could be printed.
 */
final class CsafSigningKey {

    /** The file a key generated on first start is kept in, under {@code <data dir>/keys/}. */
    static final String GENERATED_FILE = "csaf-signing-key.asc";

    private final PGPSecretKeyRing secretKeys;
    private final SecretKeyRingProtector protector;
    private final String fingerprint;
    private final Instant created;
    private final byte[] armoredPublicKey;

    private CsafSigningKey(PGPSecretKeyRing secretKeys, SecretKeyRingProtector protector) {
        this.secretKeys = secretKeys;
        this.protector = protector;
        this.fingerprint = OpenPgpFingerprint.of(secretKeys).toString().toUpperCase(Locale.ROOT);
        this.created = secretKeys.getPublicKey().getCreationTime().toInstant();
        try {
            PGPPublicKeyRing certificate = PGPainless.extractCertificate(secretKeys);
            this.armoredPublicKey = ArmorUtils.toAsciiArmoredString(certificate).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("The CSAF signing key's public part cannot be armored.", e);
        }
    }

    /**
     * The armored secret key in {@code file}, unlocked with {@code passphrase} (empty for an unprotected key).
     *
     * @throws IllegalStateException with a sentence naming the setting when the file is missing, is no secret key,
     *                               cannot sign, or the passphrase does not unlock it
     */
    static CsafSigningKey fromFile(Path file, String passphrase, Instant now) {
        PGPSecretKeyRing keys;
        try {
            keys = PGPainless.readKeyRing().secretKeyRing(Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The CSAF signing key file " + file + " (madoguchi.csaf.signing-key-file) "
                    + "cannot be read as an armored OpenPGP secret key.");
        }
        if (keys == null) {
            throw new IllegalStateException("The CSAF signing key file " + file + " (madoguchi.csaf.signing-key-file) "
                    + "holds no OpenPGP secret key.");
        }
        SecretKeyRingProtector protector = passphrase == null || passphrase.isEmpty()
                ? SecretKeyRingProtector.unprotectedKeys()
                : SecretKeyRingProtector.unlockAnyKeyWith(Passphrase.fromPassword(passphrase));
        CsafSigningKey key = new CsafSigningKey(keys, protector);
        key.proveItSigns(now);
        return key;
    }

    /**
     * The key kept in {@code keyDirectory}, generated there (Ed25519, certify and sign, no expiry) on the first call.
     * A generated key is not protected by a passphrase; the file is readable by its owner only.
     */
    static CsafSigningKey generatedIn(Path keyDirectory, String userId, Instant now) {
        Path file = keyDirectory.resolve(GENERATED_FILE);
        if (Files.exists(file)) {
            return fromFile(file, "", now);
        }
        PGPSecretKeyRing keys = PGPainless.buildKeyRing()
                .setPrimaryKey(KeySpec.getBuilder(KeyType.EDDSA_LEGACY(EdDSALegacyCurve._Ed25519),
                        KeyFlag.CERTIFY_OTHER, KeyFlag.SIGN_DATA))
                .addUserId(userId)
                .build();
        try {
            Files.createDirectories(keyDirectory);
            Files.writeString(file, ArmorUtils.toAsciiArmoredString(keys), StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (FileAlreadyExistsException e) {
            // another process sharing the data directory generated it first: use theirs
            return fromFile(file, "", now);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the CSAF signing key " + file + ": " + e.getMessage(), e);
        }
        return new CsafSigningKey(keys, SecretKeyRingProtector.unprotectedKeys());
    }

    /** The primary key's fingerprint in upper-case hex, as {@code public_openpgp_keys[].fingerprint} gives it. */
    String fingerprint() {
        return fingerprint;
    }

    Instant created() {
        return created;
    }

    /** The certificate (public key, user ID, self-signatures), ASCII-armored (§7.1.20). */
    byte[] armoredPublicKey() {
        return armoredPublicKey.clone();
    }

    /** A detached, ASCII-armored signature over exactly these bytes (§7.1.19), made at {@code at}. */
    String sign(byte[] data, Instant at) {
        try {
            BaseSignatureSubpackets.Callback creationTime = new BaseSignatureSubpackets.Callback() {
                @Override
                public void modifyHashedSubpackets(BaseSignatureSubpackets subpackets) {
                    subpackets.setSignatureCreationTime(Date.from(at));
                }
            };
            SigningOptions signing = SigningOptions.get().setEvaluationDate(Date.from(at))
                    .addDetachedSignature(protector, secretKeys, null, DocumentSignatureType.BINARY_DOCUMENT,
                            creationTime);
            EncryptionStream stream = PGPainless.encryptAndOrSign().onOutputStream(OutputStream.nullOutputStream())
                    .withOptions(ProducerOptions.sign(signing).setAsciiArmor(false));
            stream.write(data);
            stream.close();
            PGPSignature signature = stream.getResult().getDetachedSignatures().flatten().iterator().next();
            return ArmorUtils.toAsciiArmoredString(signature);
        } catch (IOException | PGPException | RuntimeException e) {
            // the message names the key, never the passphrase
            throw new IllegalStateException("The CSAF signing key " + fingerprint + " cannot sign: "
                    + e.getClass().getSimpleName() + " (wrong passphrase in MADOGUCHI_CSAF_SIGNING_PASSPHRASE, or a "
                    + "key without a signing-capable part?)", e);
        }
    }

    /** Fails at start rather than at the first request when the key cannot sign now. */
    private void proveItSigns(Instant now) {
        KeyRingInfo info = PGPainless.inspectKeyRing(secretKeys, Date.from(now));
        if (!info.isUsableForSigning()) {
            throw new IllegalStateException("The CSAF signing key " + fingerprint + " (madoguchi.csaf.signing-key-file)"
                    + " has no valid signing key: revoked, expired, or without a signing-capable key.");
        }
        sign("probe".getBytes(StandardCharsets.US_ASCII), now);
    }
}
