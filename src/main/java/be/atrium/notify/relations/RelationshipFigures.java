package be.atrium.notify.relations;

import be.atrium.identity.Account;
import be.atrium.network.AtriumView;
import be.atrium.network.NetworkService;
import be.atrium.network.OntvoogdingRow;
import be.atrium.network.OntvoogdingService;
import be.atrium.notify.relations.RelationsRepository.Group;
import be.atrium.platform.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The figures a relationship manager follows, for the page, its CSV export and (later) their
 * digest: per municipality they coach and per Atrium covering one of those; administrators get
 * every municipality and every Atrium. Which Atria exist for the viewer is the reach model's
 * answer ({@link NetworkService#visibleAtria}). A fixed number of queries whatever the number of
 * municipalities and Atria.
 */
@ApplicationScoped
@Transactional
public class RelationshipFigures {

    /** The page of the view, below the context root. */
    public static final String PAGE = "/notify/relations.xhtml";

    @Inject
    RelationsRepository repository;

    @Inject
    OntvoogdingService ontvoogding;

    @Inject
    NetworkService network;

    @Inject
    Clock clock;

    /** Whether the account may see the view at all: relationship managers and administrators. */
    public static boolean mayView(Account viewer) {
        return viewer != null && (viewer.isAdministrator() || viewer.isRelationshipManager());
    }

    /** The viewer's figures; forbidden for anyone but relationship managers and administrators. */
    public RelationsOverview of(Account viewer) {
        if (!mayView(viewer)) {
            throw new ForbiddenException("relationship managers and administrators only");
        }
        Instant now = clock.instant();
        Map<Long, OntvoogdingRow> rows = ontvoogding.rows();
        Set<Long> municipalities = new HashSet<>(viewer.isAdministrator() ? rows.keySet()
                : ontvoogding.managedMunicipalityIds(viewer));
        municipalities.retainAll(rows.keySet());
        Set<Long> covering = new HashSet<>();
        if (!viewer.isAdministrator()) {
            repository.coverage(municipalities).forEach(pair -> covering.add(pair[0]));
        }
        List<AtriumView> atria = network.visibleAtria(viewer).stream()
                .filter(v -> viewer.isAdministrator() || covering.contains(v.getAtrium().getId())).toList();
        Set<Long> atriumIds = new HashSet<>();
        atria.forEach(v -> atriumIds.add(v.getAtrium().getId()));

        Map<Long, long[]> open = repository.openByAge(Group.MUNICIPALITY, municipalities, now);
        Map<Long, Long> escalations = repository.openEscalations(Group.MUNICIPALITY, municipalities);
        Map<Long, Long> flags = repository.flagsWaiting(Group.MUNICIPALITY, municipalities);
        Map<Long, Long> read = repository.guidanceRead(Group.MUNICIPALITY, municipalities);
        Map<Long, Long> people = repository.people(municipalities);
        Map<Long, Instant> last = repository.lastPostOfMunicipality(municipalities);
        long inForce = repository.guidanceInForce();
        List<Figures> byMunicipality = new ArrayList<>();
        for (Long id : municipalities) {
            OntvoogdingRow row = rows.get(id);
            long[] ages = open.getOrDefault(id, new long[3]);
            byMunicipality.add(new Figures(id, row.getMunicipality().getName(), null, ages[0], ages[1], ages[2],
                    escalations.getOrDefault(id, 0L), flags.getOrDefault(id, 0L), read.getOrDefault(id, 0L),
                    inForce * people.getOrDefault(id, 0L), last.get(id), row));
        }

        Map<Long, long[]> atriumOpen = repository.openByAge(Group.ATRIUM, atriumIds, now);
        Map<Long, Long> atriumEscalations = repository.openEscalations(Group.ATRIUM, atriumIds);
        Map<Long, Long> atriumFlags = repository.flagsWaiting(Group.ATRIUM, atriumIds);
        Map<Long, Long> atriumRead = repository.guidanceRead(Group.ATRIUM, atriumIds);
        Map<Long, Instant> atriumLast = repository.lastActivityOfAtrium(atriumIds);
        List<Figures> byAtrium = new ArrayList<>();
        for (AtriumView v : atria) {
            long id = v.getAtrium().getId();
            long[] ages = atriumOpen.getOrDefault(id, new long[3]);
            byAtrium.add(new Figures(id, v.getAtrium().getName(), v.getAtrium().getSlug(), ages[0], ages[1], ages[2],
                    atriumEscalations.getOrDefault(id, 0L), atriumFlags.getOrDefault(id, 0L),
                    atriumRead.getOrDefault(id, 0L), inForce * v.getMembers(), atriumLast.get(id), null));
        }
        Collator dutch = Collator.getInstance(Locale.forLanguageTag("nl-BE"));
        Comparator<Figures> byName = Comparator.comparing(Figures::name, dutch);
        byMunicipality.sort(byName);
        byAtrium.sort(byName);
        return new RelationsOverview(now, List.copyOf(byMunicipality), List.copyOf(byAtrium), inForce);
    }
}
