package dev.madoguchi.identity;

import java.util.EnumSet;
import java.util.Set;

import dev.madoguchi.shared.Language;
import dev.madoguchi.shared.Role;

/** The create and edit form for a staff account. */
public class UserForm {

    private String username = "";
    private String displayName = "";
    private String email = "";
    private String language = Language.JA.tag();
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    static UserForm of(StaffAccountView account) {
        UserForm form = new UserForm();
        form.username = account.username();
        form.displayName = account.displayName();
        form.email = account.email() == null ? "" : account.email();
        form.language = account.language().tag();
        form.roles = account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles());
        return form;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    /** The language for e-mail; a value the form does not offer is refused like any other invalid field. */
    Language language() {
        return Language.fromTag(language)
                .orElseThrow(() -> AccountRuleViolation.of("language", "user.language.invalid"));
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }
}
