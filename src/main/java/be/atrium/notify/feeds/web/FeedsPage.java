package be.atrium.notify.feeds.web;

import be.atrium.identity.CurrentUser;
import be.atrium.meetings.web.MeetingIcsServlet;
import be.atrium.notify.feeds.FeedService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The signed-in person's Atom feeds: the open addresses, and a personal token for the members-only
 * content they may see, made, renewed (old addresses stop working) or revoked here. The token is
 * shown once, right after it was made; only its hash is kept.
 */
@Named
@RequestScoped
public class FeedsPage {

    @Inject
    CurrentUser currentUser;

    @Inject
    FeedService feeds;

    @Inject
    HttpServletRequest request;

    private String newToken;
    private boolean revoked;
    private Boolean hasToken;

    public void renew() {
        newToken = feeds.renew(currentUser.get());
        hasToken = true;
    }

    public void revoke() {
        feeds.revoke(currentUser.get());
        revoked = true;
        hasToken = false;
    }

    public boolean isHasToken() {
        if (hasToken == null) {
            hasToken = feeds.hasToken(currentUser.get());
        }
        return hasToken;
    }

    /** The token just made; null on every other request. */
    public String getNewToken() {
        return newToken;
    }

    public boolean isRevoked() {
        return revoked;
    }

    /** The absolute address of a feed ({@code network}, {@code guidance}, {@code boards/<slug>}), with the new token if one was just made. */
    public String address(String feed, boolean personal) {
        return MeetingIcsServlet.root(request) + AtomFeedServlet.path(personal ? newToken : null, feed);
    }
}
