package be.atrium.practice;

import be.atrium.content.TagCounts;
import be.atrium.identity.Account;
import be.atrium.identity.AccountRepository;
import be.atrium.network.Atrium;
import be.atrium.network.AtriumView;
import be.atrium.network.NetworkService;
import be.atrium.network.OrganisationService;
import be.atrium.network.Reaches;
import be.atrium.organisation.Organisation;
import be.atrium.organisation.OrganisationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the practice editor, the filters and outside tools choose from: municipalities,
 * provinces, the Atria a person may share in, contacts and themes; and municipalities and
 * provinces named by a NIS code, an id or a name.
 */
@ApplicationScoped
@Transactional
public class PracticeChoices {

    @PersistenceContext
    EntityManager em;

    @Inject
    PracticeRepository repository;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AccountRepository accounts;

    @Inject
    NetworkService network;

    @Inject
    OrganisationService organisationService;

    @Inject
    Reaches reaches;

    @Inject
    Instance<TagCounts> tagCounts;

    /** Municipalities that still exist, by name, with their province. */
    public List<Organisation> municipalities() {
        return organisations.activeMunicipalities();
    }

    public List<Organisation> provinces() {
        return organisationService.provinces();
    }

    /** The Atria the viewer may share a case in or filter on: those the viewer may see. */
    public List<Atrium> visibleAtria(Account viewer) {
        return network.visibleAtria(viewer).stream().map(AtriumView::getAtrium)
                .sorted(Comparator.comparing(Atrium::getName)).toList();
    }

    /** The people who can be named as contact for a municipality: its officials, and the viewer. */
    public List<Account> contactCandidates(Account viewer, Long municipalityId) {
        List<Account> people = new ArrayList<>();
        people.add(em.find(Account.class, viewer.getId()));
        if (municipalityId != null) {
            organisations.findById(municipalityId).ifPresent(m -> accounts.ofOrganisation(m).stream()
                    .filter(Account::canAuthenticate).filter(a -> !a.getId().equals(viewer.getId()))
                    .forEach(people::add));
        }
        return people;
    }

    /**
     * The most used themes among the cases the viewer may read, for suggestions and filters: from
     * the search index when it can answer, else counted here (through the viewer's reach).
     */
    public List<String> themes(Account viewer) {
        Optional<List<String>> fromIndex = tagCounts.isResolvable()
                ? tagCounts.get().top(viewer, "practice", null, false, 50) : Optional.empty();
        return fromIndex.orElseGet(() -> repository.themes(reaches.of(viewer), 50));
    }

    /**
     * A municipality named by an outside tool: its NIS code (five digits), its id, or its exact
     * name (case-insensitive, a municipality that still exists first).
     */
    public Optional<Organisation> municipalityByReference(String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        String r = reference.strip();
        Optional<Organisation> found;
        if (r.matches("\\d{5}")) {
            found = organisations.findByNisCode(r);
        } else if (r.matches("\\d{1,12}")) {
            found = organisations.findById(Long.parseLong(r));
        } else {
            found = repository.municipalitiesNamed(r).stream().findFirst();
        }
        return found.filter(Organisation::isMunicipality);
    }

    /** A province by NIS code, id or exact name (case-insensitive). */
    public Optional<Organisation> provinceByReference(String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        String r = reference.strip();
        return provinces().stream().filter(p -> r.equals(p.getNisCode()) || r.equals(String.valueOf(p.getId()))
                || r.equalsIgnoreCase(p.getName())).findFirst();
    }
}
