package be.atrium.network.web;

import be.atrium.identity.CurrentUser;
import be.atrium.network.AtriumDetail;
import be.atrium.network.Membership;
import be.atrium.network.MembershipRole;
import be.atrium.network.MembershipService;
import be.atrium.network.NetworkService;
import be.atrium.platform.DomainException;
import be.atrium.platform.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One Atrium: what it is, who is in it and which municipalities it covers. Its moderators add
 * members, change their role and remove them (after confirming) on the same page.
 */
@Named
@ViewScoped
public class AtriumPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    NetworkService network;

    @Inject
    MembershipService memberships;

    private String slug;
    private transient AtriumDetail detail;
    private String username;
    private MembershipRole role = MembershipRole.MEMBER;
    private final Map<String, String> roles = new HashMap<>();
    private String pendingRemoval;

    public void load() {
        detail = network.atriumDetail(currentUser.get(), slug);
        roles.clear();
        for (Membership m : detail.getMembers()) {
            roles.put(m.getAccount().getUsername(), m.getRole().name());
        }
    }

    public AtriumDetail getDetail() {
        if (detail == null) {
            load();
        }
        return detail;
    }

    /**
     * Suggestions for the username field: "username — Name (Organisation)". The field keeps plain
     * text, so a typed username works without script too; {@link #addMember} uses the first word.
     */
    public List<String> complete(String text) {
        return memberships.candidateMembers(currentUser.get(), slug, text, 10).stream()
                .map(a -> a.getUsername() + " — " + a.getDisplayName()
                        + (a.getOrganisation() == null ? "" : " (" + a.getOrganisation().getName() + ")"))
                .toList();
    }

    static String usernameOf(String typed) {
        if (typed == null || typed.isBlank()) {
            return typed;
        }
        return typed.strip().split("\\s+", 2)[0];
    }

    public void addMember() {
        Membership m = memberships.setMembership(currentUser.get(), slug, usernameOf(username), role);
        PageMessages.info("atrium.members.added", m.getAccount().getDisplayName(),
                PageMessages.text("membership." + m.getRole()));
        username = null;
        role = MembershipRole.MEMBER;
        load();
    }

    public void changeRole(String member) {
        String chosen = roles.get(member);
        MembershipRole newRole = java.util.Arrays.stream(MembershipRole.values())
                .filter(r -> r.name().equals(chosen)).findFirst().orElse(null);
        try {
            Membership m = memberships.setMembership(currentUser.get(), slug, member, newRole);
            PageMessages.info("atrium.members.roleChanged", m.getAccount().getDisplayName(),
                    PageMessages.text("membership." + m.getRole()));
            load();
        } catch (DomainException e) {
            PageMessages.error(null, e);
        }
    }

    public void askRemoval(String member) {
        pendingRemoval = member;
    }

    public void cancelRemoval() {
        pendingRemoval = null;
    }

    public void confirmRemoval() {
        if (pendingRemoval == null) {
            return;
        }
        String name = getPendingRemovalName();
        memberships.removeMembership(currentUser.get(), slug, pendingRemoval);
        pendingRemoval = null;
        PageMessages.info("atrium.members.removed", name);
        load();
    }

    public String getPendingRemovalName() {
        if (pendingRemoval == null) {
            return null;
        }
        return getDetail().getMembers().stream().filter(m -> m.getAccount().getUsername().equals(pendingRemoval))
                .map(m -> m.getAccount().getDisplayName()).findFirst().orElse(pendingRemoval);
    }

    public MembershipRole[] getRoleOptions() {
        return MembershipRole.values();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public MembershipRole getRole() {
        return role;
    }

    public void setRole(MembershipRole role) {
        this.role = role;
    }

    public Map<String, String> getRoles() {
        return roles;
    }

    public String getPendingRemoval() {
        return pendingRemoval;
    }
}
