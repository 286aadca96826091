package be.atrium.network;

import be.atrium.identity.Account;
import be.atrium.identity.AccountRepository;
import be.atrium.organisation.GovernmentLevel;
import be.atrium.organisation.Organisation;
import be.atrium.organisation.OrganisationRepository;
import be.atrium.organisation.OrganisationSummary;
import be.atrium.platform.AuditLog;
import be.atrium.platform.ConflictException;
import be.atrium.platform.DomainException;
import be.atrium.platform.ForbiddenException;
import be.atrium.platform.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;

/**
 * Organisations as the network shows them: an organisation's page with its people and the Atria
 * (that the viewer sees) covering it, the administrators' list, new municipalities, and the
 * choices forms offer (provinces, municipalities, arrondissements).
 */
@ApplicationScoped
@Transactional
public class OrganisationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AtriumRepository atria;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AccountRepository accounts;

    @Inject
    Reaches reaches;

    @Inject
    AuditLog audit;

    /** One organisation with its people, mergers and the Atria the viewer may see that cover it. */
    public OrganisationDetail organisationDetail(Account viewer, long id) {
        if (viewer == null) {
            throw new ForbiddenException("signed-in accounts only");
        }
        Organisation organisation = organisations.findById(id)
                .orElseThrow(() -> new NotFoundException("organisation " + id));
        if (organisation.getProvince() != null) {
            organisation.getProvince().getName();
        }
        if (organisation.getMergedInto() != null) {
            organisation.getMergedInto().getName();
        }
        List<Account> members = accounts.ofOrganisation(organisation).stream()
                .filter(a -> !a.isPlaceholder()).toList();
        if (!organisation.isMunicipality()) {
            List<Organisation> municipalities = organisation.getLevel() == GovernmentLevel.PROVINCIAL
                    ? organisations.municipalitiesOf(organisation) : List.of();
            return new OrganisationDetail(organisation, List.of(), members, List.of(), List.of(), municipalities);
        }
        Reach reach = reaches.of(viewer);
        List<Atrium> covering = atria.covering(organisation).stream().filter(reach::canSee).toList();
        return new OrganisationDetail(organisation, organisations.mergedInto(organisation), members, covering,
                accounts.managersOf(organisation), List.of());
    }

    /** All organisations for administrators, with their account counts, in two queries. */
    public List<OrganisationSummary> organisationsForAdministrator(Account actor) {
        NetworkService.requireAdministrator(actor);
        Map<Long, Long> counts = organisations.accountCounts();
        return organisations.allWithMergers().stream()
                .map(o -> new OrganisationSummary(o, counts.getOrDefault(o.getId(), 0L))).toList();
    }

    public List<Organisation> provinces() {
        return organisations.byLevel(GovernmentLevel.PROVINCIAL);
    }

    /** Municipalities that still exist, by name. */
    public List<Organisation> activeMunicipalities() {
        return organisations.activeMunicipalities();
    }

    public List<String> arrondissementNames() {
        return organisations.arrondissementNames();
    }

    /**
     * A new municipality, typically the result of a merger (then merge the old ones into it).
     * The arrondissement, when given, must be one of the province's arrondissements.
     */
    public Organisation createMunicipality(Account actor, String name, String nisCode, Long provinceId,
                                           String arrondissement) {
        NetworkService.requireAdministrator(actor);
        Organisation province = provinceId == null ? null : organisations.findById(provinceId)
                .filter(p -> p.getLevel() == GovernmentLevel.PROVINCIAL).orElse(null);
        String arrondissementNis = null;
        String arrondissementName = null;
        if (province != null && arrondissement != null && !arrondissement.isBlank()) {
            List<Object[]> known = organisations.arrondissements(province, arrondissement);
            if (known.isEmpty()) {
                throw new DomainException("organisation.arrondissement.unknown", "arrondissement",
                        arrondissement.strip(), province.getName());
            }
            arrondissementNis = (String) known.get(0)[0];
            arrondissementName = (String) known.get(0)[1];
        }
        Organisation municipality = Organisation.municipality(name, nisCode, arrondissementNis, arrondissementName,
                province);
        if (organisations.findByNisCode(municipality.getNisCode()).isPresent()) {
            throw new ConflictException("organisation.nis.taken", "nisCode", municipality.getNisCode());
        }
        em.persist(municipality);
        audit.record(actor.getUsername(), "organisation.create", municipality.getName(), municipality.getNisCode());
        return municipality;
    }
}
