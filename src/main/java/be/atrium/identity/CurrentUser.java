package be.atrium.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;
import java.util.Optional;

/**
 * The account of whoever makes the current request (page or API), loaded once per request.
 * Services receive it as their acting account; pages read it as {@code #{currentUser}}.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    AccountRepository accounts;

    @Inject
    jakarta.servlet.http.HttpServletRequest request;

    private Optional<Account> account;

    public Optional<Account> find() {
        if (account == null && request.getAttribute(AtriumAuthenticationMechanism.REQUEST_ACCOUNT)
                instanceof Account authenticated) {
            account = Optional.of(authenticated);
        }
        if (account == null) {
            Principal principal = securityContext.getCallerPrincipal();
            account = principal == null ? Optional.empty()
                    : accounts.findByUsername(principal.getName()).filter(Account::canAuthenticate);
        }
        return account;
    }

    /** The signed-in account; only call where authentication is required. */
    public Account get() {
        return find().orElseThrow(() -> new IllegalStateException("no signed-in account"));
    }

    public boolean isSignedIn() {
        return find().isPresent();
    }

    public boolean isAdministrator() {
        return find().map(Account::isAdministrator).orElse(false);
    }

    public boolean isRelationshipManager() {
        return find().map(Account::isRelationshipManager).orElse(false);
    }

    /** For pages: the account or null. */
    public Account getAccount() {
        return find().orElse(null);
    }

    /** Forget the cached account, after the current request changed it. */
    public void refresh() {
        account = null;
    }
}
