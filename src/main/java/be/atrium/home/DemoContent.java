package be.atrium.home;

import be.atrium.discussion.DiscussionService;
import be.atrium.discussion.DiscussionThread;
import be.atrium.discussion.Post;
import be.atrium.discussion.ThreadKind;
import be.atrium.guidance.Guidance;
import be.atrium.guidance.GuidanceInput;
import be.atrium.guidance.GuidanceKind;
import be.atrium.guidance.GuidanceService;
import be.atrium.identity.Account;
import be.atrium.identity.AccountRepository;
import be.atrium.identity.AccountService;
import be.atrium.identity.BootstrapAccounts;
import be.atrium.identity.Grant;
import be.atrium.identity.NewAccount;
import be.atrium.identity.Role;
import be.atrium.network.ConditionKind;
import be.atrium.network.ConditionStatus;
import be.atrium.network.MembershipRole;
import be.atrium.network.MembershipService;
import be.atrium.network.NetworkService;
import be.atrium.network.OntvoogdingService;
import be.atrium.organisation.GovernmentLevel;
import be.atrium.organisation.Organisation;
import be.atrium.platform.AtriumConfig;
import be.atrium.platform.PlatformSettings;
import be.atrium.platform.SchemaMigrated;
import be.atrium.practice.PracticeCase;
import be.atrium.practice.PracticeService;
import be.atrium.wiki.WikiPage;
import be.atrium.wiki.WikiService;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Sample people and relations so that a newcomer who starts Atrium with {@code --demo} sees a
 * living network. Loaded once; the accounts are named in the README. Later capabilities add
 * their own sample content here.
 */
@ApplicationScoped
public class DemoContent {

    /** The password of every demo account. */
    public static final String DEMO_PASSWORD = BootstrapAccounts.DEMO_PASSWORD;
    static final String LOADED = "demo.loaded";
    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PlatformSettings settings;

    @Inject
    AccountService accounts;

    @Inject
    AccountRepository accountRepository;

    @Inject
    NetworkService network;

    @Inject
    MembershipService memberships;

    @Inject
    OntvoogdingService ontvoogding;

    @Inject
    DiscussionService discussions;

    @Inject
    WikiService wiki;

    @Inject
    GuidanceService guidance;

    @Inject
    PracticeService practice;

    @Inject
    AtriumConfig config;

    @Transactional
    public void loadOnce(@Observes @Priority(SchemaMigrated.SAMPLE_CONTENT) SchemaMigrated event) {
        if (!config.demo() || settings.get(LOADED).isPresent()) {
            return;
        }
        Account admin = accountRepository.findByUsername("admin").orElseThrow();
        Organisation agency = em.createNamedQuery("Organisation.byLevel", Organisation.class)
                .setParameter("level", GovernmentLevel.FLEMISH).getResultList().get(0);

        Account an = person("an.peeters", "An Peeters", "an.peeters@gent.example", nis("44021"), Role.OFFICIAL);
        Account bart = person("bart.declercq", "Bart De Clercq", "bart.declercq@brugge.example", nis("31005"),
                Role.OFFICIAL);
        Account sofie = person("sofie.maes", "Sofie Maes", "sofie.maes@deinze.example", nis("44083"), Role.OFFICIAL);
        Account lies = person("lies.janssens", "Lies Janssens", "lies.janssens@omgeving.example", agency,
                Role.RELATIONSHIP_MANAGER);
        Account piet = person("piet.vermeulen", "Piet Vermeulen", "piet.vermeulen@oost-vlaanderen.example",
                nis("40000"), Role.OFFICIAL);

        for (DemoCorpus.Person colleague : DemoCorpus.PEOPLE) {
            colleague(admin, colleague, colleague.nis() == null ? agency : nis(colleague.nis()));
        }

        accounts.setManagedMunicipalities(admin, lies.getId(), List.of(nis("44021").getId(), nis("44083").getId(),
                nis("44088").getId(), nis("44087").getId()));

        accounts.setGrants(admin, piet.getId(), List.of(Grant.PUBLISHER));
        accounts.setGrants(admin, lies.getId(), List.of(Grant.EDITOR, Grant.PUBLISHER));

        memberships.setMembership(admin, "gent", an.getUsername(), MembershipRole.MODERATOR);
        memberships.setMembership(admin, "gent", sofie.getUsername(), MembershipRole.MEMBER);
        memberships.setMembership(admin, "gent", lies.getUsername(), MembershipRole.MEMBER);
        memberships.setMembership(admin, "brugge", bart.getUsername(), MembershipRole.MODERATOR);
        memberships.setMembership(admin, "provinciaal-oost-vlaanderen", piet.getUsername(), MembershipRole.MODERATOR);
        memberships.setMembership(admin, "provinciaal-oost-vlaanderen", an.getUsername(), MembershipRole.MEMBER);
        memberships.setMembership(admin, "provinciaal-oost-vlaanderen", sofie.getUsername(), MembershipRole.MEMBER);

        LocalDate approved = LocalDate.of(2012, 6, 1);
        for (String nis : List.of("44021", "31005")) {
            for (ConditionKind kind : ConditionKind.values()) {
                ontvoogding.update(admin, nis(nis).getId(), kind, ConditionStatus.MET, approved, null);
            }
        }
        ontvoogding.update(admin, nis("44083").getId(), ConditionKind.STRUCTURE_PLAN, ConditionStatus.MET,
                LocalDate.of(2019, 3, 1), "Na fusie met Nevele geactualiseerd");
        ontvoogding.update(admin, nis("44083").getId(), ConditionKind.UNDEVELOPED_PLOTS_REGISTER,
                ConditionStatus.IN_PROGRESS, LocalDate.of(2026, 9, 15), "Register in opmaak voor de fusiegemeente");

        discussions(an, sofie, lies);
        knowledge(an, lies, piet);

        settings.put(LOADED, "true");
        LOG.info("Atrium: demo content loaded (accounts an.peeters, bart.declercq, sofie.maes, lies.janssens, "
                + "piet.vermeulen)");
    }

    /** A few realistic questions on the board of Atrium gent, one of them solved. */
    private void discussions(Account an, Account sofie, Account lies) {
        DiscussionThread rup = discussions.ask(sofie, "gent", ThreadKind.QUESTION,
                "Moet een RUP opnieuw langs de GECORO na een openbaar onderzoek met veel bezwaren?",
                "Ons ontwerp-RUP voor de dorpskern kreeg tijdens het openbaar onderzoek een zestigtal bezwaren.\n\n"
                        + "- Moet de GECORO na het openbaar onderzoek opnieuw advies geven, ook als we het plan "
                        + "nauwelijks wijzigen?\n- Binnen welke termijn?\n\nWie heeft hier recent ervaring mee?",
                List.of("rup", "gecoro", "openbaar-onderzoek"), false);
        Post rupAnswer = discussions.answer(an, rup.getId(),
                "Ja: de GECORO bundelt en onderzoekt de bezwaren en adviezen en geeft een gemotiveerd advies, "
                        + "ook als je weinig wijzigt (art. 2.2.21 VCRO). Reken op 90 dagen na het einde van het "
                        + "openbaar onderzoek.\n\nTip: bezorg de GECORO een overzichtstabel met een voorstel "
                        + "van antwoord per bezwaar; dat versnelt het advies aanzienlijk.", null);
        discussions.answer(lies, rup.getId(),
                "Aanvulling vanuit het agentschap: als je na het advies het plan wezenlijk wijzigt, overweeg dan "
                        + "een nieuw openbaar onderzoek.", null);
        discussions.accept(sofie, rupAnswer.getId());

        DiscussionThread hemelwater = discussions.ask(an, "gent", ThreadKind.QUESTION,
                "Hemelwaterput verplicht bij uitbreiding van een bestaande woning?",
                "Een aanvrager breidt een woning uit met 35 m² dakoppervlak. Valt dat onder de gewestelijke "
                        + "stedenbouwkundige verordening hemelwater, en zo ja: geldt de plicht voor het hele dak "
                        + "of alleen voor de uitbreiding?",
                List.of("hemelwaterput", "gsv", "omgevingsvergunning"), true);
        discussions.answer(sofie, hemelwater.getId(),
                "In het algemeen: de GSV hemelwater kijkt naar de uitbreiding zelf (de nieuwe dakoppervlakte). "
                        + "Onder de drempel is er geen plicht, maar je kunt het wel aanbevelen. Over het concrete "
                        + "dossier doe ik geen uitspraak.", null);

        discussions.ask(lies, "gent", ThreadKind.DISCUSSION,
                "Ervaringen met de digitale omgevingsvergunning na de fusie",
                "Verschillende fusiegemeenten werken sinds 1 januari 2025 met één omgevingsloket. "
                        + "Wat liep er goed, en waar knelt het nog? @an.peeters, jullie hadden een draaiboek?",
                List.of("omgevingsvergunning", "fusie"), false);

        discussions.ask(sofie, "gent", ThreadKind.QUESTION,
                "Register van onbebouwde percelen: hoe vaak actualiseren?",
                "Na de fusie met Nevele zijn we het register van onbebouwde percelen opnieuw aan het opmaken. "
                        + "Hoe vaak actualiseren jullie het register, en publiceren jullie het online?",
                List.of("ontvoogding", "register"), false);
    }

    /** A few knowledge pages (one with a red link), guidance from the province and the agency, a highlighted case. */
    private void knowledge(Account an, Account lies, Account piet) {
        WikiPage rup = wiki.create(lies, null, null, "Ruimtelijk uitvoeringsplan (RUP)",
                "Een RUP legt de bestemming en de inrichting van een gebied vast.\n\n"
                        + "## Procedure\n1. Startnota en participatie\n2. Scopingnota\n3. Voorontwerp en plenaire "
                        + "vergadering\n4. Ontwerp en openbaar onderzoek (60 dagen)\n5. Advies van de [[GECORO]]\n"
                        + "6. Definitieve vaststelling\n\nZie ook [[Openbaar onderzoek]].",
                List.of("rup", "procedure"));
        wiki.create(lies, null, rup.getId(), "Openbaar onderzoek",
                "Het openbaar onderzoek duurt 60 dagen. Bezwaren en adviezen gaan naar de [[GECORO]].",
                List.of("openbaar-onderzoek"));
        wiki.create(an, "gent", null, "Hemelwater bij uitbreidingen",
                "Praktijk in Gent: bij uitbreidingen kijken we naar de **nieuwe** dakoppervlakte.",
                List.of("hemelwaterput", "gsv"));

        GuidanceInput gecoro = new GuidanceInput(GuidanceKind.GUIDELINE,
                "Advies van de GECORO na het openbaar onderzoek",
                "Hoe en binnen welke termijn de GECORO bezwaren bundelt en adviseert.",
                "De GECORO bundelt en onderzoekt de bezwaren en adviezen en bezorgt binnen 90 dagen na het "
                        + "einde van het openbaar onderzoek een gemotiveerd advies.\n\n- Voeg een overzichtstabel "
                        + "toe met een voorstel van antwoord per bezwaar.\n- Een wezenlijke wijziging na het advies "
                        + "vraagt een nieuw openbaar onderzoek.",
                List.of("VCRO art. 2.2.21"), LocalDate.of(2026, 1, 1), null, List.of("rup", "gecoro"), true,
                List.of(), Set.of());
        Guidance published = guidance.create(piet, gecoro);
        guidance.publish(piet, published.getId());

        PracticeCase practiceCase = practice.create(an, new PracticeService.Draft(
                "Bezwarentabel voor de GECORO bij het RUP Stationsomgeving",
                "Het RUP Stationsomgeving kreeg 140 bezwaren tijdens het openbaar onderzoek.",
                "We bundelden de bezwaren per thema in één tabel met een voorstel van antwoord per bezwaar, "
                        + "en bespraken die tabel vooraf met de voorzitter van de GECORO.",
                "De GECORO gaf haar advies in twee zittingen, ruim binnen de 90 dagen.",
                "Begin met de tabel tijdens het openbaar onderzoek, niet erna.",
                null, null, "gent", List.of("rup", "gecoro"), List.of(published.getId())));
        practice.highlight(lies, practiceCase.getId());

        GuidanceInput loket = new GuidanceInput(GuidanceKind.CIRCULAR,
                "Omgevingsloket na de fusies van 2025",
                "Wat fusiegemeenten in het omgevingsloket moeten nakijken.",
                "Sinds 1 januari 2025 behandelen fusiegemeenten hun dossiers onder de nieuwe NIS-code. "
                        + "Controleer de bevoegde overheid in lopende dossiers.",
                List.of("Omgevingsvergunningsdecreet art. 15"), LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31),
                List.of("omgevingsvergunning", "fusie"), false, List.of(), Set.of(GovernmentLevel.MUNICIPAL));
        Guidance circular = guidance.create(lies, loket);
        guidance.publish(lies, circular.getId());
    }

    /**
     * Remembers that a part of the demo is loaded ({@link DemoNetwork}, which runs after this
     * one's transaction and in transactions of its own).
     */
    @Transactional
    public void remember(String key) {
        settings.put(key, "true");
    }

    /**
     * A colleague of the demo accounts: writes in the generated network ({@link DemoCorpus}) but
     * has no password, so only the accounts in the README log in.
     */
    private void colleague(Account admin, DemoCorpus.Person colleague, Organisation organisation) {
        String domain = organisation.getName().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        accounts.createBySystem(new NewAccount(colleague.username(), colleague.name(),
                colleague.username() + "@" + domain + ".example", organisation.getId(), Role.OFFICIAL, null));
        for (String atrium : colleague.atria()) {
            memberships.setMembership(admin, atrium, colleague.username(), MembershipRole.MEMBER);
        }
    }

    private Account person(String username, String name, String email, Organisation organisation, Role role) {
        NewAccount input = new NewAccount(username, name, email, organisation.getId(), role, DEMO_PASSWORD);
        return accounts.createBySystem(input);
    }

    private Organisation nis(String code) {
        return em.createNamedQuery("Organisation.byNisCode", Organisation.class)
                .setParameter("nisCode", code).getSingleResult();
    }
}
