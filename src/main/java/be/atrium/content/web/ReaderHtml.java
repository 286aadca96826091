package be.atrium.content.web;

import be.atrium.content.LinkedHtml;
import be.atrium.identity.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.Map;

/**
 * Stored HTML as the signed-in reader sees it ({@link LinkedHtml}): {@code thread:5} and
 * {@code wiki:12} show the titles this reader may see, {@code [[Page title]]} links lead to the
 * page this reader may read. In a page: {@code #{readerHtml.of(post.html)}}, or
 * {@code #{readerHtml.in(post.html, atriumSlug)}} for text written in an Atrium. Titles found once
 * are kept for the rest of the request.
 */
@Named
@RequestScoped
public class ReaderHtml {

    @Inject
    CurrentUser currentUser;

    @Inject
    LinkedHtml linked;

    private final Map<String, String> titles = new HashMap<>();

    public String of(String html) {
        return in(html, null);
    }

    public String in(String html, String atriumSlug) {
        if (html == null || !currentUser.isSignedIn()) {
            return html;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        String contextPath = faces == null ? "" : faces.getExternalContext().getRequestContextPath();
        return linked.forReader(currentUser.get(), html, atriumSlug, contextPath, titles);
    }
}
