package dev.madoguchi.openpgp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

import dev.madoguchi.identity.StaffPrincipal;
import dev.madoguchi.shared.DisplayTime;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The PSIRT keys' life for administrators (issue 9, ADMIN only by {@link OpenPgpRoutes}): every key with its dates,
 * and the forms to generate, import, make current, extend and revoke. A refused action shows the page again with
 * the reason in the administrator's language next to the form and what they typed kept, except passphrases.
 */
@Controller
@RequestMapping("/admin/pgp-keys")
class KeyAdminController {

    /** A new key's default lifetime, as is usual for OpenPGP keys. */
    static final int DEFAULT_YEARS = 2;
    /** Longer than any armored key we accept ({@code SecretKeys.MAX_ARMORED_LENGTH}); larger files are refused. */
    private static final long MAX_UPLOAD = 256 * 1024;

    private final PsirtKeys keys;
    private final Clock clock;

    KeyAdminController(PsirtKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** What the generate form holds: defaults on a fresh page, or what the administrator typed. */
    record GenerateForm(String algorithm, String userId, String expires) {
    }

    /**
     * One key as the list shows it, with what was typed into its forms when one of them was refused.
     *
     * @param expiry        days left; {@code null} when it never expires
     * @param expiresTyped  the extend form's date
     * @param problem       the refused action's message key, shown next to the key's forms
     */
    record KeyRow(PsirtKey key, KeyExpiry expiry, String expiresTyped, String revokeCause, String revokeReason,
            String problem) {
    }

    /** A refused action on one key: what was typed into its forms, and why ({@code expiresTyped} null: untouched). */
    private record Refused(String fingerprint, String expiresTyped, String revokeCause, String revokeReason,
            String problem) {
    }

    @GetMapping
    String list(Model model) {
        return page(model, null);
    }

    @PostMapping("/generate")
    String generate(@AuthenticationPrincipal StaffPrincipal actor, @RequestParam(defaultValue = "") String algorithm,
            @RequestParam(defaultValue = "") String userId, @RequestParam(defaultValue = "") String expires,
            Model model, RedirectAttributes redirect) {
        return act(redirect, "pgp.admin.generated",
                () -> keys.generate(algorithm(algorithm), required(userId, "pgp.admin.user-id-needed"),
                        endOfDay(expires), actor.getUsername()),
                problem -> {
                    model.addAttribute("generate", new GenerateForm(algorithm, userId, expires));
                    model.addAttribute("generateProblem", problem);
                    return page(model, null);
                });
    }

    @PostMapping("/import")
    String importKey(@AuthenticationPrincipal StaffPrincipal actor, @RequestParam(defaultValue = "") String armored,
            @RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "") String passphrase,
            Model model, RedirectAttributes redirect) {
        return act(redirect, "pgp.admin.imported",
                () -> keys.importKey(armored.isBlank() ? uploaded(file) : armored, passphrase, actor.getUsername()),
                problem -> {
                    // the armored key is kept so that a mistyped passphrase costs one field; the passphrase is not
                    model.addAttribute("importArmored", armored);
                    model.addAttribute("importProblem", problem);
                    return page(model, null);
                });
    }

    @PostMapping("/{fingerprint}/current")
    String makeCurrent(@AuthenticationPrincipal StaffPrincipal actor, @PathVariable String fingerprint, Model model,
            RedirectAttributes redirect) {
        return act(redirect, "pgp.admin.made-current", () -> keys.makeCurrent(fingerprint, actor.getUsername()),
                problem -> page(model, new Refused(fingerprint, null, null, null, problem)));
    }

    @PostMapping("/{fingerprint}/expiry")
    String extend(@AuthenticationPrincipal StaffPrincipal actor, @PathVariable String fingerprint,
            @RequestParam(defaultValue = "") String expires, Model model, RedirectAttributes redirect) {
        return act(redirect, "pgp.admin.extended",
                () -> keys.extendExpiry(fingerprint, endOfDay(expires), actor.getUsername()),
                problem -> page(model, new Refused(fingerprint, expires, null, null, problem)));
    }

    @PostMapping("/{fingerprint}/revoke")
    String revoke(@AuthenticationPrincipal StaffPrincipal actor, @PathVariable String fingerprint,
            @RequestParam(defaultValue = "") String cause, @RequestParam(defaultValue = "") String reason,
            Model model, RedirectAttributes redirect) {
        return act(redirect, "pgp.admin.revoked", () -> {
            if (!cause.equals("superseded") && !cause.equals("compromised")) {
                throw new OpenPgpProblem("pgp.admin.revoke-cause-needed");
            }
            keys.revoke(fingerprint, cause.equals("compromised"),
                    required(reason, "pgp.admin.revoke-reason-needed").strip(), actor.getUsername());
        }, problem -> page(model, new Refused(fingerprint, null, cause, reason, problem)));
    }

    /**
     * Runs an action; on success back to the page with {@code notice}, when refused {@code refused} shows the page
     * again with the problem's message key.
     */
    private static String act(RedirectAttributes redirect, String notice, Runnable action,
            Function<String, String> refused) {
        try {
            action.run();
        } catch (OpenPgpProblem problem) {
            return refused.apply(problem.messageKey());
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/admin/pgp-keys";
    }

    /**
     * The page; {@code refused}, when not null, carries what was typed into the forms of the key whose action was
     * refused.
     */
    private String page(Model model, Refused refused) {
        Instant now = clock.instant();
        String defaultExpiry = LocalDate.ofInstant(now, DisplayTime.JST).plusYears(DEFAULT_YEARS).toString();
        List<KeyRow> rows = keys.all().stream().map(key -> {
            KeyExpiry expiry = KeyExpiry.of(key, now).orElse(null);
            if (refused != null && key.fingerprint().equals(refused.fingerprint())) {
                return new KeyRow(key, expiry, refused.expiresTyped() == null ? defaultExpiry : refused.expiresTyped(),
                        refused.revokeCause(), refused.revokeReason(), refused.problem());
            }
            return new KeyRow(key, expiry, defaultExpiry, null, null, null);
        }).toList();
        model.addAttribute("keys", rows);
        model.addAttribute("algorithms", KeyAlgorithm.values());
        if (!model.containsAttribute("generate")) {
            model.addAttribute("generate", new GenerateForm(KeyAlgorithm.ED25519.name(), keys.defaultUserId(),
                    defaultExpiry));
        }
        if (refused != null && rows.stream().noneMatch(row -> row.problem() != null)) {
            // the key is not listed (a mistyped address): say so at the top
            model.addAttribute("problems", List.of(refused.problem()));
        }
        return "openpgp/keys";
    }

    private static String required(String value, String messageKey) {
        if (value.isBlank()) {
            throw new OpenPgpProblem(messageKey);
        }
        return value;
    }

    private static KeyAlgorithm algorithm(String name) {
        for (KeyAlgorithm algorithm : KeyAlgorithm.values()) {
            if (algorithm.name().equals(name)) {
                return algorithm;
            }
        }
        throw new OpenPgpProblem("pgp.admin.algorithm-needed");
    }

    /** The chosen day's last second in JST, so that the key page (in JST) and GnuPG (UTC) show that very date. */
    private static Instant endOfDay(String date) {
        try {
            return LocalDate.parse(date.strip()).atTime(LocalTime.of(23, 59, 59)).atZone(DisplayTime.JST).toInstant();
        } catch (DateTimeParseException e) {
            throw new OpenPgpProblem("pgp.admin.date-needed");
        }
    }

    private static String uploaded(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new OpenPgpProblem("pgp.admin.key-needed");
        }
        if (file.getSize() > MAX_UPLOAD) {
            throw new OpenPgpProblem("pgp.import.not-a-secret-key");
        }
        try {
            return new String(file.getBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new OpenPgpProblem("pgp.admin.key-needed", e);
        }
    }
}
