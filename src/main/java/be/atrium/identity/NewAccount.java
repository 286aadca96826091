package be.atrium.identity;

import java.io.Serializable;

/**
 * What an administrator fills in to create an account. A mutable bean so that forms can bind
 * to it and keep what was typed when validation fails.
 */
public class NewAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private String displayName;
    private String email;
    private Long organisationId;
    private Role role = Role.OFFICIAL;
    private String password;
    private Language language = Language.NL;

    public NewAccount() {
    }

    public NewAccount(String username, String displayName, String email, Long organisationId, Role role,
                      String password) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.organisationId = organisationId;
        this.role = role;
        this.password = password;
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

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }
}
