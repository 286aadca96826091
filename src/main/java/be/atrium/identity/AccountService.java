package be.atrium.identity;

import be.atrium.organisation.GovernmentLevel;
import be.atrium.organisation.MunicipalityMerged;
import be.atrium.organisation.Organisation;
import be.atrium.platform.AuditLog;
import be.atrium.platform.ConflictException;
import be.atrium.platform.DomainException;
import be.atrium.platform.ForbiddenException;
import be.atrium.platform.NotFoundException;
import be.atrium.platform.outbox.ChangeType;
import be.atrium.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Everything that changes an account: creation and administration by administrators, and
 * what people change about themselves (language, password, charter). The one transaction
 * boundary for accounts; administrators' actions are audited.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    Event<AccountChanged> changed;

    @Inject
    Clock clock;

    public Account create(Account actor, NewAccount input) {
        requireAdministrator(actor);
        Account account = createBySystem(input);
        em.flush(); // the new account's id
        outbox.record(AccountChanges.ACCOUNT_CREATED, account.getId(), actor.getId());
        audit.record(actor.getUsername(), "account.create", account.getUsername(), "role=" + account.getRole());
        return account;
    }

    /** Creates an account without an actor: for bootstrap and demo content only. */
    public Account createBySystem(NewAccount input) {
        String username = Account.requireUsername(input.getUsername());
        if (accounts.findByUsername(username).isPresent()) {
            throw new ConflictException("account.username.taken", "username", username);
        }
        if (input.getRole() == null) {
            throw new DomainException("account.role.required", "role");
        }
        Organisation organisation = null;
        if (input.getOrganisationId() != null) {
            organisation = em.find(Organisation.class, input.getOrganisationId());
            if (organisation == null) {
                throw new DomainException("account.organisation.unknown", "organisationId");
            }
        }
        if (organisation != null && organisation.isMerged()) {
            throw new DomainException("account.organisation.merged", "organisationId", organisation.getName());
        }
        Account account = new Account(username, input.getDisplayName(), input.getEmail(), organisation,
                input.getRole(), clock.instant());
        if (input.getLanguage() != null) {
            account.changeLanguage(input.getLanguage());
        }
        if (input.getPassword() != null) {
            PasswordHasher.checkPolicy(input.getPassword());
            account.setPasswordHash(hasher.hash(input.getPassword()));
        }
        em.persist(account);
        return account;
    }

    public Account update(Account actor, long accountId, String displayName, String email, Long organisationId,
                          Role role) {
        requireAdministrator(actor);
        Account account = find(accountId);
        String nameBefore = account.getDisplayName();
        Organisation organisationBefore = account.getOrganisation();
        account.rename(displayName);
        account.changeEmail(email);
        Organisation organisation = organisationId == null ? null : em.find(Organisation.class, organisationId);
        if (organisationId != null && organisation == null) {
            throw new DomainException("account.organisation.unknown", "organisationId");
        }
        if (organisation != null && organisation.isMerged() && !organisation.equals(account.getOrganisation())) {
            throw new DomainException("account.organisation.merged", "organisationId", organisation.getName());
        }
        account.moveTo(organisation);
        if (!account.getDisplayName().equals(nameBefore)) {
            record(actor, account, AccountChanges.ACCOUNT_RENAMED);
        }
        if (!java.util.Objects.equals(organisationBefore, account.getOrganisation())) {
            record(actor, account, AccountChanges.ORGANISATION_CHANGED);
        }
        if (role != account.getRole()) {
            requireNotLastAdministrator(actor, account, role);
            account.changeRole(role);
            record(actor, account, AccountChanges.ROLE_CHANGED);
        }
        audit.record(actor.getUsername(), "account.update", account.getUsername(), "role=" + account.getRole());
        return account;
    }

    /**
     * Sets the grants of an account. The publisher grant needs an organisation of the Flemish or
     * provincial level: municipalities share practice, they do not publish guidance.
     */
    public Account setGrants(Account actor, long accountId, Collection<Grant> grants) {
        requireAdministrator(actor);
        Account account = find(accountId);
        if (grants.contains(Grant.PUBLISHER) && (account.getOrganisation() == null
                || account.getOrganisation().getLevel() == GovernmentLevel.MUNICIPAL)) {
            throw new DomainException("account.grant.publisher.level", "grants");
        }
        account.changeGrants(grants);
        record(actor, account, AccountChanges.GRANTS_CHANGED);
        audit.record(actor.getUsername(), "account.grants", account.getUsername(), grants.toString());
        return account;
    }

    public void setManagedMunicipalities(Account actor, long accountId, Collection<Long> municipalityIds) {
        requireAdministrator(actor);
        Account account = find(accountId);
        List<Organisation> municipalities = municipalityIds.stream()
                .map(id -> {
                    Organisation o = em.find(Organisation.class, id);
                    if (o == null) {
                        throw new DomainException("account.organisation.unknown", "managedMunicipalities");
                    }
                    return o;
                }).toList();
        account.manage(municipalities);
        record(actor, account, AccountChanges.COACHING_CHANGED);
        audit.record(actor.getUsername(), "account.manage", account.getUsername(),
                municipalities.size() + " municipalities");
    }

    public void disable(Account actor, long accountId) {
        requireAdministrator(actor);
        Account account = find(accountId);
        if (account.getId().equals(actor.getId())) {
            throw new DomainException("account.disable.self", null);
        }
        account.disable();
        em.createQuery("UPDATE AccessToken t SET t.revokedAt = :now WHERE t.account = :account AND t.revokedAt IS NULL")
                .setParameter("now", clock.instant()).setParameter("account", account).executeUpdate();
        record(actor, account, AccountChanges.ACCOUNT_DISABLED);
        audit.record(actor.getUsername(), "account.disable", account.getUsername(), null);
    }

    public void enable(Account actor, long accountId) {
        requireAdministrator(actor);
        Account account = find(accountId);
        account.enable();
        record(actor, account, AccountChanges.ACCOUNT_ENABLED);
        audit.record(actor.getUsername(), "account.enable", account.getUsername(), null);
    }

    /** An administrator sets a new password: the account's web sessions end. */
    public void resetPassword(Account actor, long accountId, String newPassword) {
        requireAdministrator(actor);
        Account account = find(accountId);
        PasswordHasher.checkPolicy(newPassword);
        account.changePassword(hasher.hash(newPassword));
        audit.record(actor.getUsername(), "account.resetPassword", account.getUsername(), null);
    }

    /**
     * A person's new password, after {@link LoginService#changeOwnPassword} checked the current
     * one (throttled) against {@code checkedHash}: refused if the password changed meanwhile. The
     * account's other web sessions end (the caller carries its own over); audited.
     */
    public Account changeOwnPassword(Account self, String checkedHash, String newHash) {
        Account account = find(self.getId());
        if (!java.util.Objects.equals(account.getPasswordHash(), checkedHash)) {
            throw new DomainException("account.password.currentWrong", "currentPassword");
        }
        account.changePassword(newHash);
        audit.record(account.getUsername(), "account.changePassword", account.getUsername(),
                "other sessions ended");
        return account;
    }

    /** Sets a password without knowing the old one: bootstrap and demo only. */
    public void setPasswordBySystem(Account account, String password) {
        PasswordHasher.checkPolicy(password);
        em.merge(account).setPasswordHash(hasher.hash(password));
    }

    public Account changeLanguage(Account self, Language language) {
        Account account = find(self.getId());
        account.changeLanguage(language);
        return account;
    }

    public Account acceptCharter(Account self) {
        Account account = find(self.getId());
        account.acceptCharter(clock.instant());
        return account;
    }

    /** Accounts whose username, name or email contains {@code text}, for the administration list. */
    public List<Account> search(Account actor, String text, int offset, int limit) {
        requireAdministrator(actor);
        return accounts.search(text, offset, limit);
    }

    /** How many accounts {@link #search} finds, over all pages. */
    public long count(Account actor, String text) {
        requireAdministrator(actor);
        return accounts.count(text);
    }

    /** One account as an administrator sees it, to edit it. */
    public Account forAdministration(Account actor, long accountId) {
        requireAdministrator(actor);
        return find(accountId);
    }

    /** The municipalities a relationship manager coaches, by name; anyone may see their own or an administrator anyone's. */
    public List<Organisation> managedMunicipalities(Account actor, long accountId) {
        if (actor == null || !actor.getId().equals(accountId)) {
            requireAdministrator(actor);
        }
        return accounts.managedMunicipalities(accountId);
    }

    /** Fails unless {@code actor} administers the platform: for administration pages, on every request. */
    public void checkAdministrator(Account actor) {
        requireAdministrator(actor);
    }

    public Account find(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("account " + id));
    }

    private void requireNotLastAdministrator(Account actor, Account account, Role newRole) {
        if (account.isAdministrator() && newRole != Role.ADMINISTRATOR && account.getId().equals(actor.getId())) {
            throw new DomainException("account.role.ownAdministrator", "role");
        }
    }

    static void requireAdministrator(Account actor) {
        if (actor == null || !actor.isAdministrator()) {
            throw new ForbiddenException("administrators only");
        }
    }

    /**
     * After a merger, the accounts of the old municipality belong to the new one, and the
     * relationship managers who coached it coach the new one (in the merger's transaction).
     */
    void onMunicipalityMerged(@Observes MunicipalityMerged event) {
        Organisation source = event.source();
        Organisation target = event.target();
        em.createQuery("UPDATE Account a SET a.organisation = :target WHERE a.organisation = :source")
                .setParameter("target", target).setParameter("source", source).executeUpdate();
        for (Account manager : accounts.managersOf(source)) {
            List<Organisation> managed = new ArrayList<>(manager.getManagedMunicipalities());
            managed.remove(source);
            if (!managed.contains(target)) {
                managed.add(target);
            }
            manager.manage(managed);
            changed.fire(new AccountChanged(manager.getId()));
        }
    }

    private void record(Account actor, Account account, ChangeType type) {
        outbox.record(type, account.getId(), actor.getId());
        changed.fire(new AccountChanged(account.getId()));
    }
}
