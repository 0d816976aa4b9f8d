package dev.madoguchi.openpgp;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.madoguchi.shared.NotFoundException;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public key page (issue 9): the current PSIRT key as the NEC policy lists its own (key ID, type, size, creation
 * and expiry dates, user ID, fingerprint in groups of four), a key published for the next rotation beside it, the
 * previous keys with their dates, and the armored keys to download. No sign-in.
 */
@Controller
class KeyPageController {

    /** RFC 3156 §7: the media type of OpenPGP keys. */
    static final MediaType PGP_KEYS = MediaType.parseMediaType("application/pgp-keys");

    private final PsirtKeys keys;

    KeyPageController(PsirtKeys keys) {
        this.keys = keys;
    }

    @GetMapping("/pgp-key")
    String page(Model model) {
        List<PsirtKey> offered = offered();
        model.addAttribute("current", offered.stream().filter(k -> k.state() == KeyState.CURRENT).findFirst()
                .orElse(null));
        model.addAttribute("next", offered.stream().filter(k -> k.state() == KeyState.PUBLISHED).toList());
        model.addAttribute("previous", keys.all().stream()
                .filter(k -> k.state() == KeyState.RETIRED || k.state() == KeyState.REVOKED).toList());
        return "openpgp/key";
    }

    /** The armored public keys reporters may encrypt to, the current one first. */
    @GetMapping("/pgp-key.asc")
    ResponseEntity<byte[]> armored() {
        List<PsirtKey> offered = offered();
        if (offered.isEmpty()) {
            throw new NotFoundException("no PSIRT key");
        }
        StringBuilder text = new StringBuilder();
        for (PsirtKey key : offered) {
            text.append(key.publicKey().strip()).append('\n');
        }
        // revoked keys follow, carrying their revocation: a reporter who still holds one learns it is revoked when
        // they refresh (RFC 4880 §5.2.3.23); they are never offered for new messages
        for (PsirtKey key : keys.all()) {
            if (key.state() == KeyState.REVOKED) {
                text.append(key.publicKey().strip()).append('\n');
            }
        }
        return ResponseEntity.ok().contentType(PGP_KEYS)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"pgp-key.asc\"")
                .body(text.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The offered keys, after making the first key if there is none, so that a fresh installation publishes one;
     * when none can be made (no passphrase, no database) whatever is offered, possibly nothing.
     */
    private List<PsirtKey> offered() {
        try {
            keys.currentOrFirst();
        } catch (OpenPgpProblem | DataAccessException | IllegalStateException e) {
            // no key could be made: serve whatever is offered
        }
        return keys.offered();
    }
}
