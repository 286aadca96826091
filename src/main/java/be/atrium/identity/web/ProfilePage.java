package be.atrium.identity.web;

import be.atrium.identity.AccessToken;
import be.atrium.identity.Account;
import be.atrium.identity.AccountService;
import be.atrium.identity.AtriumAuthenticationMechanism;
import be.atrium.identity.CurrentUser;
import be.atrium.identity.Language;
import be.atrium.identity.LoginService;
import be.atrium.identity.TokenService;
import be.atrium.organisation.Organisation;
import be.atrium.platform.web.ClientAddress;
import be.atrium.platform.web.LocaleBean;
import be.atrium.platform.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * My profile: what Atrium knows about me, my language, my password and my personal access
 * tokens. A token's value lives in this view only, so it is shown once and gone on reload.
 * Changing the password checks the current one as a login from this address would (throttled),
 * ends my other sessions, and then asks whether my tokens should be revoked too.
 */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String REPEAT_PASSWORD_CLIENT_ID = "passwordForm:repeatPassword";

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountService accounts;

    @Inject
    TokenService tokenService;

    @Inject
    LocaleBean localeBean;

    @Inject
    LoginService loginService;

    @Inject
    ClientAddress clientAddress;

    private String language;
    private String currentPassword;
    private String newPassword;
    private String repeatPassword;
    private String tokenName;
    private String issuedTokenName;
    private String issuedTokenValue;
    private Long confirmRevokeId;
    private boolean askRevokeAll;

    private transient List<AccessToken> tokens;
    private transient List<Organisation> managedMunicipalities;

    @PostConstruct
    void init() {
        language = currentUser.get().getLanguage().code();
    }

    public Account getAccount() {
        return currentUser.get();
    }

    public List<Organisation> getManagedMunicipalities() {
        if (managedMunicipalities == null) {
            Account me = currentUser.get();
            managedMunicipalities = me.isRelationshipManager()
                    ? accounts.managedMunicipalities(me, me.getId()) : List.of();
        }
        return managedMunicipalities;
    }

    public List<AccessToken> getTokens() {
        if (tokens == null) {
            tokens = tokenService.activeTokens(currentUser.get());
        }
        return tokens;
    }

    /** Saves the preferred language and shows the page in it at once. */
    public String saveLanguage() {
        Language chosen = Language.fromCode(language);
        accounts.changeLanguage(currentUser.get(), chosen);
        currentUser.refresh();
        localeBean.use(chosen.code());
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        info(faces, "profile.language.saved");
        return "/identity/profile?faces-redirect=true";
    }

    public void changePassword() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!Objects.equals(newPassword, repeatPassword)) {
            faces.addMessage(REPEAT_PASSWORD_CLIENT_ID, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    text(faces, "profile.password.mismatch"), null));
            faces.validationFailed();
            return;
        }
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        Account changed;
        try {
            changed = loginService.changeOwnPassword(currentUser.get(), currentPassword, newPassword,
                    clientAddress.of(request));
        } finally {
            currentPassword = null;
            newPassword = null;
            repeatPassword = null;
        }
        AtriumAuthenticationMechanism.keepSessionAfterPasswordChange(request, changed);
        currentUser.refresh();
        tokens = null;
        askRevokeAll = !getTokens().isEmpty();
        info(faces, "profile.password.changed");
    }

    /** After a password change: whether to ask about revoking every token. */
    public boolean isAskRevokeAll() {
        return askRevokeAll;
    }

    public void revokeAll() {
        int revoked = tokenService.revokeAll(currentUser.get());
        askRevokeAll = false;
        tokens = null;
        be.atrium.platform.web.PageMessages.info("profile.tokens.revokedAll", revoked);
    }

    public void keepTokens() {
        askRevokeAll = false;
    }

    public void createToken() {
        TokenService.IssuedToken issued = tokenService.create(currentUser.get(), tokenName);
        issuedTokenName = issued.getName();
        issuedTokenValue = issued.getValue();
        tokenName = null;
        tokens = null;
        confirmRevokeId = null;
        info(FacesContext.getCurrentInstance(), "profile.token.createdMessage");
    }

    /** First step of revoking: ask to confirm, for this token only. */
    public void askRevoke(long tokenId) {
        confirmRevokeId = tokenId;
    }

    public void cancelRevoke() {
        confirmRevokeId = null;
    }

    public void revoke(long tokenId) {
        tokenService.revoke(currentUser.get(), tokenId);
        confirmRevokeId = null;
        tokens = null;
        info(FacesContext.getCurrentInstance(), "profile.token.revoked");
    }

    public boolean isConfirmingRevoke(long tokenId) {
        return confirmRevokeId != null && confirmRevokeId == tokenId;
    }

    private static void info(FacesContext faces, String key) {
        be.atrium.platform.web.PageMessages.info(key);
    }

    private static String text(FacesContext faces, String key) {
        return Messages.text(Messages.pageLocale(), key);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    public String getIssuedTokenName() {
        return issuedTokenName;
    }

    public String getIssuedTokenValue() {
        return issuedTokenValue;
    }
}
