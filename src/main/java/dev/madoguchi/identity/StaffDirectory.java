package dev.madoguchi.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.madoguchi.shared.Language;
import dev.madoguchi.shared.Role;

import org.springframework.stereotype.Component;

/** Staff members as other modules need them: who is who, and with which roles. */
@Component
public class StaffDirectory {

    /** A staff member: never their password hash. */
    public record StaffMember(long id, String username, String displayName, String email, Language language,
            Set<Role> roles, boolean active) {

        public boolean hasRole(Role role) {
            return roles.contains(role);
        }
    }

    private final StaffAccounts accounts;

    StaffDirectory(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    public Optional<StaffMember> byUsername(String username) {
        return accounts.findByUsername(username).map(StaffDirectory::member);
    }

    public Optional<StaffMember> byId(long id) {
        return accounts.findById(id).map(StaffDirectory::member);
    }

    public List<StaffMember> byIds(Collection<Long> ids) {
        return accounts.all().stream().filter(a -> ids.contains(a.id())).map(StaffDirectory::member).toList();
    }

    /** Active members holding the role, by user name. */
    public List<StaffMember> withRole(Role role) {
        return accounts.all().stream().filter(a -> a.active() && a.roles().contains(role))
                .map(StaffDirectory::member).toList();
    }

    private static StaffMember member(StaffAccount account) {
        return new StaffMember(account.id(), account.username(), account.displayName(), account.email(), account.language(),
                account.roles(), account.active());
    }
}
