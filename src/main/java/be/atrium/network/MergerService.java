package be.atrium.network;

import be.atrium.identity.Account;
import be.atrium.identity.AccountRepository;
import be.atrium.organisation.MunicipalityMerged;
import be.atrium.organisation.Organisation;
import be.atrium.organisation.OrganisationRepository;
import be.atrium.platform.AuditLog;
import be.atrium.platform.DomainException;
import be.atrium.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * Municipality mergers (administrators): what a merger would move, and the merger itself. The
 * Atria that covered the old municipality cover the new one; every capability that keeps an
 * organisation on its rows (accounts and coaching in identity, posts, practice cases) moves them
 * on {@link MunicipalityMerged}, in the same transaction.
 */
@ApplicationScoped
@Transactional
public class MergerService {

    @Inject
    AtriumRepository atria;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AccountRepository accounts;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    Event<MunicipalityMerged> merged;

    @Inject
    Clock clock;

    /** What merging {@code sourceId} into {@code targetId} would move; checks the rule, changes nothing. */
    public MergePreview mergePreview(Account actor, Long sourceId, Long targetId) {
        NetworkService.requireAdministrator(actor);
        Organisation source = sourceId == null ? null : organisations.findById(sourceId).orElse(null);
        if (source == null) {
            throw new DomainException("organisation.merge.unknown", "source");
        }
        Organisation target = targetId == null ? null : organisations.findById(targetId).orElse(null);
        if (target == null) {
            throw new DomainException("organisation.merge.unknown", "target");
        }
        source.checkMergeInto(target);
        return new MergePreview(source, target, organisations.countAccounts(source), atria.covering(source),
                accounts.managersOf(source));
    }

    /**
     * Merges municipality {@code sourceId} into {@code targetId}: the Atria that covered it cover
     * the target; identity moves its accounts and relationship managers, and every other
     * capability its own rows, on {@link MunicipalityMerged} in this transaction. The source stays,
     * marked as merged, for history.
     */
    public Organisation mergeMunicipalities(Account actor, long sourceId, long targetId) {
        NetworkService.requireAdministrator(actor);
        Organisation source = organisations.findById(sourceId)
                .orElseThrow(() -> new DomainException("organisation.merge.unknown", "source"));
        Organisation target = organisations.findById(targetId)
                .orElseThrow(() -> new DomainException("organisation.merge.unknown", "target"));
        long moved = organisations.countAccounts(source);
        source.mergeInto(target, clock.instant());
        for (Atrium atrium : atria.covering(source)) {
            atrium.replaceMunicipality(source, target);
        }
        merged.fire(new MunicipalityMerged(source, target));
        outbox.record(NetworkChanges.MUNICIPALITY_MERGED, source.getId(), actor.getId());
        audit.record(actor.getUsername(), "organisation.merge", source.getName() + " -> " + target.getName(),
                moved + " accounts moved");
        return target;
    }
}
