package dev.madoguchi.identity;

import java.util.List;

import dev.madoguchi.shared.Role;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: who a token belongs to, so tools can check their configuration. */
@RestController
class CurrentStaffApi {

    record Me(String username, String displayName, List<String> roles) {
    }

    @GetMapping("/api/v1/me")
    Me me(@AuthenticationPrincipal StaffPrincipal principal) {
        return new Me(principal.getUsername(), principal.displayName(),
                principal.roles().stream().map(Role::name).toList());
    }
}
