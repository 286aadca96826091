package be.atrium.identity;

import be.atrium.organisation.GovernmentLevel;
import be.atrium.organisation.Organisation;
import be.atrium.platform.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who uses Atrium: an official of an organisation, a relationship manager (who
 * coaches a set of municipalities and moderates their Atria) or an administrator.
 * Placeholder accounts stand for authors of imported content and cannot log in.
 * <p>
 * Never in the shared cache: every request reads its account from the database (with its
 * grants, which pages ask about), so disabling it takes effect at once on every node.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.byUsername",
        query = "SELECT a FROM Account a LEFT JOIN FETCH a.organisation LEFT JOIN FETCH a.grants "
                + "WHERE a.username = :username")
@NamedQuery(name = "Account.all",
        query = "SELECT a FROM Account a LEFT JOIN FETCH a.organisation ORDER BY a.displayName")
@NamedQuery(name = "Account.search",
        query = "SELECT a FROM Account a LEFT JOIN FETCH a.organisation WHERE LOWER(a.username) LIKE :q "
                + "OR LOWER(a.displayName) LIKE :q OR LOWER(a.email) LIKE :q ORDER BY a.displayName")
@NamedQuery(name = "Account.countAll", query = "SELECT COUNT(a) FROM Account a")
@NamedQuery(name = "Account.countSearch",
        query = "SELECT COUNT(a) FROM Account a WHERE LOWER(a.username) LIKE :q "
                + "OR LOWER(a.displayName) LIKE :q OR LOWER(a.email) LIKE :q")
@NamedQuery(name = "Account.managedMunicipalities",
        query = "SELECT m FROM Account a JOIN a.managedMunicipalities m WHERE a.id = :id ORDER BY m.name")
@NamedQuery(name = "Account.ofOrganisation",
        query = "SELECT a FROM Account a WHERE a.organisation = :organisation ORDER BY a.displayName")
@NamedQuery(name = "Account.managersOf",
        query = "SELECT a FROM Account a JOIN a.managedMunicipalities m WHERE m = :municipality")
public class Account {

    public static final int MAX_USERNAME = 60;
    public static final int MAX_DISPLAY_NAME = 150;
    public static final int MAX_EMAIL = 254;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_USERNAME, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false, length = MAX_DISPLAY_NAME)
    private String displayName;

    @Column(length = MAX_EMAIL)
    private String email;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(nullable = false, length = 5)
    private Language language = Language.NL;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Role role;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(nullable = false)
    private boolean placeholder;

    @Column(name = "charter_accepted_at")
    private Instant charterAcceptedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** Raised when the password changes: sessions made at an older generation end (see AtriumAuthenticationMechanism). */
    @Column(name = "session_generation", nullable = false)
    private int sessionGeneration;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "managed_municipality",
            joinColumns = @JoinColumn(name = "account_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Organisation> managedMunicipalities = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "account_grant", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "grant_name", length = 30)
    @Enumerated(EnumType.STRING)
    private Set<Grant> grants = EnumSet.noneOf(Grant.class);

    @Version
    private long version;

    protected Account() {
    }

    public Account(String username, String displayName, String email, Organisation organisation, Role role,
                   Instant createdAt) {
        this.username = requireUsername(username);
        rename(displayName);
        changeEmail(email);
        this.organisation = organisation;
        this.role = Objects.requireNonNull(role, "role");
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** An author of imported content who has no real account; cannot log in. */
    public static Account placeholder(String username, Instant createdAt) {
        Account a = new Account(username, username, null, null, Role.OFFICIAL, createdAt);
        a.placeholder = true;
        a.enabled = false;
        return a;
    }

    public static String requireUsername(String username) {
        if (username == null || username.isBlank()) {
            throw new DomainException("account.username.required", "username");
        }
        String u = username.strip();
        if (!USERNAME.matcher(u).matches()) {
            throw new DomainException("account.username.invalid", "username");
        }
        return u;
    }

    public void rename(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            throw new DomainException("account.displayName.required", "displayName");
        }
        if (displayName.strip().length() > MAX_DISPLAY_NAME) {
            throw new DomainException("account.displayName.tooLong", "displayName", MAX_DISPLAY_NAME);
        }
        this.displayName = displayName.strip();
    }

    public void changeEmail(String email) {
        if (email == null || email.isBlank()) {
            this.email = null;
            return;
        }
        String e = email.strip();
        if (e.length() > MAX_EMAIL || !EMAIL.matcher(e).matches()) {
            throw new DomainException("account.email.invalid", "email");
        }
        this.email = e;
    }

    public void moveTo(Organisation organisation) {
        this.organisation = organisation;
    }

    public void changeRole(Role role) {
        this.role = Objects.requireNonNull(role, "role");
        if (role != Role.RELATIONSHIP_MANAGER) {
            managedMunicipalities.clear();
        }
    }

    public void changeLanguage(Language language) {
        this.language = Objects.requireNonNull(language, "language");
    }

    /** The municipalities a relationship manager coaches; only relationship managers have them. */
    public void manage(Collection<Organisation> municipalities) {
        if (role != Role.RELATIONSHIP_MANAGER && !municipalities.isEmpty()) {
            throw new DomainException("account.managed.onlyRelationshipManagers", "managedMunicipalities");
        }
        for (Organisation m : municipalities) {
            if (m.getLevel() != GovernmentLevel.MUNICIPAL || m.isMerged()) {
                throw new DomainException("account.managed.onlyMunicipalities", "managedMunicipalities", m.getName());
            }
        }
        managedMunicipalities.clear();
        managedMunicipalities.addAll(municipalities);
    }

    void replaceManagedMunicipality(Organisation old, Organisation replacement) {
        if (managedMunicipalities.remove(old)) {
            managedMunicipalities.add(replacement);
        }
    }

    void setPasswordHash(String passwordHash) {
        if (placeholder) {
            throw new DomainException("account.placeholder.noLogin", "password");
        }
        this.passwordHash = passwordHash;
    }

    /**
     * A new password chosen by its owner or set by an administrator: the web sessions logged in
     * with the old one end (the owner's current session is carried over by the caller).
     */
    void changePassword(String passwordHash) {
        setPasswordHash(passwordHash);
        sessionGeneration++;
    }

    /** Which sessions are still valid: those that logged in at this generation. */
    public int getSessionGeneration() {
        return sessionGeneration;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        if (placeholder) {
            throw new DomainException("account.placeholder.noLogin", "enabled");
        }
        this.enabled = true;
    }

    public void acceptCharter(Instant at) {
        if (charterAcceptedAt == null) {
            charterAcceptedAt = Objects.requireNonNull(at);
        }
    }

    /** May this account log in or use a token? */
    public boolean canAuthenticate() {
        return enabled && !placeholder;
    }

    public boolean isAdministrator() {
        return role == Role.ADMINISTRATOR;
    }

    public boolean isRelationshipManager() {
        return role == Role.RELATIONSHIP_MANAGER;
    }

    public boolean hasGrant(Grant grant) {
        return grants.contains(grant);
    }

    /** The editorial role: may edit the network-wide knowledge base. */
    public boolean isEditor() {
        return hasGrant(Grant.EDITOR);
    }

    /**
     * May publish guidance: holds the publisher grant and belongs to an organisation of the
     * Flemish or provincial level (administrators publish too).
     */
    public boolean isPublisher() {
        if (isAdministrator()) {
            return true;
        }
        return hasGrant(Grant.PUBLISHER) && organisation != null
                && organisation.getLevel() != GovernmentLevel.MUNICIPAL;
    }

    public Set<Grant> getGrants() {
        return Collections.unmodifiableSet(grants);
    }

    void changeGrants(Collection<Grant> newGrants) {
        grants.clear();
        grants.addAll(newGrants);
    }

    /**
     * Whether this account may read the e-mail address of {@code other}: administrators and the
     * person themself. Everyone else never sees it (the person page promises so), except where a
     * person chose to be the contact of something, which that capability decides.
     */
    public boolean maySeeEmailOf(Account other) {
        return other != null && (isAdministrator() || id != null && id.equals(other.getId()));
    }

    public boolean hasAcceptedCharter() {
        return charterAcceptedAt != null;
    }

    /** Compared by id, so it holds for copies loaded in another request as well. */
    public boolean manages(Organisation municipality) {
        return municipality != null && managedMunicipalities.stream()
                .anyMatch(m -> m == municipality || m.getId() != null && m.getId().equals(municipality.getId()));
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Language getLanguage() {
        return language;
    }

    public Role getRole() {
        return role;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isPlaceholder() {
        return placeholder;
    }

    public Instant getCharterAcceptedAt() {
        return charterAcceptedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Set<Organisation> getManagedMunicipalities() {
        return Collections.unmodifiableSet(managedMunicipalities);
    }

    public long getVersion() {
        return version;
    }
}
