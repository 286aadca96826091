package be.atrium.identity.web;

import be.atrium.identity.AtriumAuthenticationMechanism;
import be.atrium.identity.LoginResult;
import be.atrium.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/** The login form. Keeps the username on failure; the message never says whether it exists. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext securityContext;

    @Inject
    Clock clock;

    private String username;
    private String password;
    private String next;
    /** True when the login page was reached by sending a form after the session ended (its text is kept). */
    private boolean kept;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username,
                                new Password(password == null ? "" : password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            if (kept && !"/index.xhtml".equals(safeNext())) {
                // back to the form sent after the session ended; the browser puts its text back
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                        Messages.text(Messages.pageLocale(), "writing.session.returned"), null));
                external.getFlash().setKeepMessages(true);
            }
            external.redirect(external.getRequestContextPath() + safeNext());
            faces.responseComplete();
            return;
        }
        LoginResult result = (LoginResult) request.getAttribute(AtriumAuthenticationMechanism.LOGIN_RESULT);
        String message;
        if (result != null && result.outcome() == LoginResult.Outcome.LOCKED) {
            long minutes = Math.max(1, Duration.between(clock.instant(), result.lockedUntil().orElseThrow())
                    .toMinutes() + 1);
            message = Messages.text(Messages.pageLocale(), "login.locked", minutes);
        } else {
            message = Messages.text(Messages.pageLocale(), "login.failed");
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /** Only paths within Atrium: never an absolute or protocol-relative address (no open redirect). */
    String safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.startsWith(AtriumAuthenticationMechanism.LOGIN_PAGE)) {
            return "/index.xhtml";
        }
        return next;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isKept() {
        return kept;
    }

    public void setKept(boolean kept) {
        this.kept = kept;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
