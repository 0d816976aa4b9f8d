package dev.madoguchi.openpgp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;

import dev.madoguchi.shared.NotFoundException;
import dev.madoguchi.shared.Organization;

import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.pgpainless.PGPainless;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Web Key Directory, direct method (draft-koch-openpgp-webkey-service §3.1), for the PSIRT address only: a mail
 * client looking up {@code psirt@example.com} asks for {@code /.well-known/openpgpkey/hu/<z-base-32 of the SHA-1 of
 * the lower-cased local part>} and gets the binary certificates of the offered keys that carry that address.
 */
@RestController
class WebKeyDirectory {

    private final PsirtKeys keys;
    private final Organization organization;

    WebKeyDirectory(PsirtKeys keys, Organization organization) {
        this.keys = keys;
        this.organization = organization;
    }

    /** §3.1: the hashed local part, lower-cased first (the draft maps ASCII upper case to lower case). */
    static String hashedLocalPart(String address) {
        String localPart = address.substring(0, Math.max(0, address.lastIndexOf('@'))).toLowerCase(Locale.ROOT);
        try {
            return ZBase32.encode(MessageDigest.getInstance("SHA-1").digest(localPart.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
    }

    @GetMapping("/.well-known/openpgpkey/hu/{hash}")
    ResponseEntity<byte[]> key(@PathVariable String hash) {
        String address = organization.psirtEmail();
        if (!hash.equals(hashedLocalPart(address))) {
            throw new NotFoundException("wkd " + hash);
        }
        try {
            keys.currentOrFirst();
        } catch (OpenPgpProblem e) {
            // none can be made: answer with what is offered, or not found
        }
        List<PsirtKey> matching = keys.offered().stream().filter(k -> carries(k, address)).toList();
        if (matching.isEmpty()) {
            throw new NotFoundException("wkd " + hash);
        }
        ByteArrayOutputStream binary = new ByteArrayOutputStream();
        for (PsirtKey key : matching) {
            binary.writeBytes(binary(key));
        }
        // §3.1 expects the binary key; CORS lets web mail clients fetch it, as the draft recommends
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*").body(binary.toByteArray());
    }

    /** §4.5: the policy file, whose presence says that this domain runs a Web Key Directory; empty: no options. */
    @GetMapping("/.well-known/openpgpkey/policy")
    ResponseEntity<byte[]> policy() {
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN)
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*").body(new byte[0]);
    }

    private static boolean carries(PsirtKey key, String address) {
        String userId = key.facts().userId().toLowerCase(Locale.ROOT);
        String lowerAddress = address.toLowerCase(Locale.ROOT);
        return userId.equals(lowerAddress) || userId.contains("<" + lowerAddress + ">");
    }

    private static byte[] binary(PsirtKey key) {
        try {
            PGPPublicKeyRing certificate = PGPainless.readKeyRing().publicKeyRing(key.publicKey());
            return certificate.getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException("a stored PSIRT certificate cannot be read", e);
        }
    }
}
