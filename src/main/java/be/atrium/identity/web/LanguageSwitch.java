package be.atrium.identity.web;

import be.atrium.identity.AccountService;
import be.atrium.identity.CurrentUser;
import be.atrium.identity.Language;
import be.atrium.platform.web.LocaleBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The NL/EN switch in the header: changes the page language and remembers it on the account. */
@Named
@RequestScoped
public class LanguageSwitch {

    @Inject
    LocaleBean localeBean;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountService accounts;

    public String use(String code) {
        Language language = "en".equals(code) ? Language.EN : Language.NL;
        localeBean.choose(language.code());
        currentUser.find().ifPresent(account -> accounts.changeLanguage(account, language));
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
