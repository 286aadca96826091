package be.atrium.home;

import java.util.List;

/**
 * What officials of the network ask each other about, as templates for the demo network
 * ({@link DemoCorpus}): per subject its tags, question titles and texts, and answers from peers,
 * the province or the agency. Slots in braces are filled per thread: {@code {gemeente}} (a
 * municipality of the Atrium), {@code {zone}}, {@code {project}}, {@code {aantal}}, {@code {jaar}}.
 * The words are those of the domain glossary, so that search and tags meet real vocabulary.
 */
final class DemoTopics {

    /** One subject: how it is tagged, asked and answered. */
    record Topic(List<String> tags, List<String> titles, List<String> questions, List<String> answers) {
    }

    static final List<String> ZONES = List.of("woongebied", "woonuitbreidingsgebied", "agrarisch gebied",
            "landschappelijk waardevol agrarisch gebied", "KMO-zone", "zone voor gemeenschapsvoorzieningen",
            "parkgebied", "herbevestigd agrarisch gebied");

    static final List<String> PROJECTS = List.of("een meergezinswoning met 12 appartementen", "een loods van 600 m²",
            "een carport aan de straatzijde", "een tuinhuis van 40 m²", "een functiewijziging van winkel naar horeca",
            "een zonnepark op een voormalige stortplaats", "een paardenstal met piste", "vier rijwoningen",
            "een uitbreiding van een bestaande woning met 35 m²", "een kantoorgebouw met ondergrondse parking");

    static final List<String> TOPIC_FOLLOW_UPS = List.of(
            "Bij ons in {gemeente} doen we het op dezelfde manier, en de termijnen halen we zo zonder problemen.",
            "Dank je, dat helpt al een stuk! Ik leg het voor op ons volgende teamoverleg.",
            "Herkenbaar. Wij hebben er vorig jaar een interne nota over gemaakt; als iemand ze wil, stuur me een "
                    + "bericht.",
            "Let wel: de rechtspraak van de RvVb is hier de laatste jaren strenger geworden. Motiveer goed.",
            "Wij vragen in zulke gevallen altijd eerst een vooroverleg aan; dat bespaart veel heen-en-weer.",
            "Kleine aanvulling: vergeet het vergunningenregister niet bij te werken zodra de beslissing valt.");

    static final List<Topic> TOPICS = List.of(
            new Topic(List.of("rup", "procedure"),
                    List.of("Startnota voor een RUP in {gemeente}: hoe uitgebreid moet de participatie zijn?",
                            "RUP {gemeente}: scopingnota nodig als de plan-MER-screening negatief is?",
                            "Wie zit er bij jullie op de plenaire vergadering van een gemeentelijk RUP?",
                            "Hoe lang duurt een RUP-procedure bij jullie van startnota tot vaststelling?"),
                    List.of("We starten in {gemeente} een RUP voor een zone in {zone}. De startnota ligt klaar, "
                                    + "maar over de participatie zijn we het intern niet eens.\n\n"
                                    + "- Volstaat één infomoment, of moeten we meer doen?\n"
                                    + "- Hoe documenteren jullie de inspraakreacties?",
                            "Het college wil het RUP voor {project} in {jaar} definitief vaststellen. Is dat "
                                    + "realistisch als we nu pas aan de startnota beginnen?",
                            "Onze plan-MER-screening voor het RUP in {gemeente} besluit dat er geen aanzienlijke "
                                    + "milieueffecten zijn. Moeten we dan nog een aparte scopingnota opmaken?"),
                    List.of("Eén infomoment is het wettelijke minimum, maar wij organiseren er altijd twee: één bij "
                                    + "de startnota en één bij het voorontwerp. De reacties bundelen we in een "
                                    + "tabel met een antwoord per reactie; die gaat mee naar de GECORO.",
                            "Reken op twee tot drie jaar als alles goed loopt. De grootste vertraging zit meestal "
                                    + "tussen voorontwerp en ontwerp, niet in het openbaar onderzoek.",
                            "Nee: bij een negatieve screening volstaat de screeningsnota. Vermeld wel in het "
                                    + "RUP hoe je met de adviezen over de screening bent omgegaan.",
                            "Op de plenaire vergadering nodigen wij de provincie, het departement Omgeving en de "
                                    + "adviesinstanties uit die in de startnota staan. Maak een verslag en voeg het "
                                    + "toe aan het dossier.",
                            "Vanuit de provincie: stuur het voorontwerp liefst twee weken vóór de plenaire "
                                    + "vergadering, dan kunnen we ons advies goed voorbereiden.")),
            new Topic(List.of("omgevingsvergunning", "procedure"),
                    List.of("Gewone of vereenvoudigde procedure voor {project}?",
                            "Omgevingsvergunning voor {project} in {zone}: wie is bevoegd?",
                            "Adviestermijn verstreken: mogen we beslissen zonder het advies van de provincie?",
                            "Onvolledig dossier in het omgevingsloket: hoe lang mag de aanvrager aanvullen?"),
                    List.of("In {gemeente} kregen we een aanvraag voor {project} in {zone}. Ik twijfel tussen de "
                                    + "gewone en de vereenvoudigde procedure. Hoe pakken jullie dat aan?",
                            "Een aanvrager dient een omgevingsvergunning in voor {project}. Het advies van een "
                                    + "adviesinstantie is na {aantal} dagen nog niet binnen. Mogen we verder?",
                            "Het dossier voor {project} is onvolledig ingediend. Hoe communiceren jullie dat, en "
                                    + "binnen welke termijn moet de aanvrager aanvullen?"),
                    List.of("De vereenvoudigde procedure kan als er geen openbaar onderzoek nodig is. Voor "
                                    + "{project} in {zone} zou ik toch de gewone procedure volgen: je zit "
                                    + "waarschijnlijk boven de drempels van het besluit over de dossiersamenstelling.",
                            "Is de adviestermijn verstreken, dan mag je aan de adviesvereiste voorbijgaan "
                                    + "(artikel 24 van het OVD). Motiveer het wel in de beslissing.",
                            "Wij sturen een onvolledigheidsbericht via het omgevingsloket met een duidelijke "
                                    + "lijst van wat ontbreekt. Na aanvulling start de termijn opnieuw.",
                            "Bij twijfel over de bevoegdheid: kijk naar de lijst van Vlaamse en provinciale "
                                    + "projecten in het besluit. Staat het er niet op, dan is het college bevoegd.",
                            "Vanuit het agentschap: de vereenvoudigde procedure duurt 60 dagen, de gewone 105 "
                                    + "(of 120 met verlenging). Die termijnen zijn vervaltermijnen.")),
            new Topic(List.of("handhaving", "stakingsbevel"),
                    List.of("Stakingsbevel bij {project} zonder vergunning: wie mag het opleggen?",
                            "Bestuurlijke maatregel of proces-verbaal bij een overtreding in {zone}?",
                            "Hoe volgen jullie een last onder dwangsom op?",
                            "Handhavingsprioriteiten in {gemeente}: hoe kiezen jullie?"),
                    List.of("In {gemeente} wordt zonder vergunning gewerkt aan {project} in {zone}. De "
                                    + "buren bellen elke dag. Wie mag bij jullie een stakingsbevel geven en hoe "
                                    + "snel gebeurt dat?",
                            "We stelden een overtreding vast: {project} zonder vergunning. Kiezen jullie dan "
                                    + "eerst voor een bestuurlijke maatregel of meteen voor een proces-verbaal?",
                            "Het college legde een last onder dwangsom op. Hoe houden jullie bij of de "
                                    + "overtreder de termijn haalt, en wie int de dwangsom?"),
                    List.of("Een stakingsbevel kan door een gemeentelijke stedenbouwkundige inspecteur of een "
                                    + "verbalisant. Bij ons gaat de inspecteur dezelfde dag ter plaatse; de "
                                    + "bekrachtiging door de gewestelijke inspecteur volgt binnen acht dagen.",
                            "Wij kiezen bij een herstelbare overtreding eerst voor een bestuurlijke maatregel: "
                                    + "sneller resultaat en geen parket dat seponeert.",
                            "We plannen een controle op de dag na het einde van de termijn en leggen het vast "
                                    + "met foto's. De financieel directeur int de dwangsom.",
                            "Ons handhavingsprogramma legt de prioriteiten vast: veiligheid, onherstelbare "
                                    + "schade en overtredingen in kwetsbare gebieden eerst.",
                            "Vanuit de provincie: het handhavingsprogramma ruimtelijke ordening van je gemeente "
                                    + "is geen formaliteit; de rechter kijkt ernaar bij het beoordelen van "
                                    + "willekeur.")),
            new Topic(List.of("register", "ontvoogding"),
                    List.of("Register van onbebouwde percelen in {gemeente}: hoe vaak actualiseren?",
                            "Vergunningenregister na de fusie: één register of twee?",
                            "Plannenregister: moeten oude BPA's erin blijven staan?",
                            "Wie houdt bij jullie het vergunningenregister bij?"),
                    List.of("Na de fusie is {gemeente} het register van onbebouwde percelen opnieuw aan het "
                                    + "opmaken. Hoe vaak actualiseren jullie, en publiceren jullie het online?",
                            "We zitten sinds de fusie met twee vergunningenregisters. Hebben andere "
                                    + "fusiegemeenten ze samengevoegd, en hoe?",
                            "In ons plannenregister staan nog BPA's uit de jaren zeventig die grotendeels "
                                    + "opgeheven zijn. Laten jullie die staan?"),
                    List.of("Wij actualiseren het register van onbebouwde percelen jaarlijks op 1 januari en "
                                    + "publiceren het op het geoloket; eigenaars worden per brief verwittigd.",
                            "Samenvoegen is de moeite waard: één register, met de oude dossiernummers als "
                                    + "extra veld. Reken op een paar maanden werk voor de controle.",
                            "Laat ze staan met hun status (opgeheven of gedeeltelijk opgeheven). Het "
                                    + "plannenregister moet de historiek tonen.",
                            "Bij ons doet de dienst omgeving het register; de GIS-collega publiceert het. "
                                    + "Maak één persoon eindverantwoordelijk, anders loopt het achter.",
                            "Ter herinnering: de registers zijn voorwaarden voor de ontvoogding. Een "
                                    + "achterstand komt ter sprake bij de relatiebeheerder.")),
            new Topic(List.of("gecoro", "advies"),
                    List.of("Moet de GECORO opnieuw adviseren na een openbaar onderzoek met {aantal} bezwaren?",
                            "Samenstelling van de GECORO na de fusie van {gemeente}",
                            "Mag een schepen de vergaderingen van de GECORO bijwonen?",
                            "GECORO-advies over een RUP: binnen welke termijn?"),
                    List.of("Het ontwerp-RUP voor {zone} in {gemeente} kreeg {aantal} bezwaren. Moet de GECORO "
                                    + "opnieuw advies geven, ook als we het plan nauwelijks wijzigen?",
                            "{gemeente} is gefuseerd en de GECORO moet opnieuw samengesteld worden. Hoeveel "
                                    + "deskundigen nemen jullie op, en hoe verdelen jullie de maatschappelijke "
                                    + "geledingen?",
                            "Een schepen wil de GECORO-vergaderingen bijwonen. Mag dat, en mag die dan ook "
                                    + "meepraten?"),
                    List.of("Ja: de GECORO bundelt de bezwaren en adviezen en geeft een gemotiveerd advies, ook "
                                    + "als je weinig wijzigt (art. 2.2.21 VCRO). Reken op 90 dagen.",
                            "Wij hebben 13 leden, waarvan een derde deskundigen. Leg de verdeling vast in het "
                                    + "huishoudelijk reglement en laat de gemeenteraad het goedkeuren.",
                            "Een schepen mag aanwezig zijn als toehoorder, zonder stemrecht. Vermeld het in "
                                    + "het verslag.",
                            "Tip: bezorg de GECORO een overzichtstabel met een voorstel van antwoord per bezwaar; "
                                    + "dat versnelt het advies aanzienlijk.")),
            new Topic(List.of("hemelwater", "gsv"),
                    List.of("Hemelwaterput verplicht bij {project}?",
                            "GSV hemelwater: infiltratievoorziening te klein ontworpen, wat doen jullie?",
                            "Groendaken en de hemelwaterverordening in {gemeente}"),
                    List.of("Een aanvraag in {gemeente} voor {project}. Valt dat onder de gewestelijke "
                                    + "stedenbouwkundige verordening hemelwater, en geldt de plicht voor de hele "
                                    + "dakoppervlakte of alleen voor het nieuwe deel?",
                            "De infiltratievoorziening in een aanvraag voor {project} is duidelijk te klein. "
                                    + "Weigeren jullie, of leggen jullie een voorwaarde op?"),
                    List.of("De GSV hemelwater kijkt naar de nieuwe dakoppervlakte. Onder de drempel is er geen "
                                    + "plicht, maar je kunt het wel aanbevelen.",
                            "Wij leggen een voorwaarde op met de juiste afmetingen, als de aanpassing beperkt is. "
                                    + "Is het ontwerp fundamenteel fout, dan weigeren we.",
                            "Een groendak telt niet als alternatief voor de hemelwaterput, maar vermindert wel "
                                    + "de vereiste buffer. Reken het uit met de rekentool van de VMM.")),
            new Topic(List.of("zonevreemd", "basisrechten"),
                    List.of("Zonevreemde woning in {zone}: uitbreiden tot 1000 m³?",
                            "Herbouw van een zonevreemde woning na brand in {gemeente}",
                            "Functiewijziging van een hoeve in {zone} naar wonen"),
                    List.of("Een eigenaar in {gemeente} wil een zonevreemde woning in {zone} uitbreiden. "
                                    + "Het volume zou op 1000 m³ komen. Kan dat met de basisrechten?",
                            "Een zonevreemde woning brandde af. De eigenaar wil herbouwen op een andere plek op "
                                    + "het perceel. Hoe kijken jullie daarnaar?"),
                    List.of("Ja, tot 1000 m³ kan, op voorwaarde dat het aantal woongelegenheden gelijk blijft "
                                    + "en de woning niet verkrot is op het moment van de aanvraag.",
                            "Herbouw op een gewijzigde plaats kan als de nieuwe plek een betere ruimtelijke "
                                    + "inpasbaarheid heeft. Motiveer dat met een plan van de omgeving.",
                            "Let op de lijst van toelaatbare functiewijzigingen: wonen in een hoeve kan, maar "
                                    + "alleen in het bestaande volume.")),
            new Topic(List.of("planbaten", "planschade"),
                    List.of("Planbatenheffing bij een RUP in {gemeente}: wie berekent ze?",
                            "Planschade na herbestemming van {zone}",
                            "Kapitaalschadecompensatie of planschade?"),
                    List.of("Het RUP in {gemeente} herbestemt {zone} naar woongebied. Wie berekent de "
                                    + "planbatenheffing, en wanneer krijgen de eigenaars de aanslag?",
                            "Een eigenaar vraagt planschade na de herbestemming van zijn perceel in {zone}. "
                                    + "Hoe gaan jullie daarmee om?"),
                    List.of("De heffing wordt berekend door de Vlaamse Belastingdienst na de inwerkingtreding "
                                    + "van het RUP; de gemeente bezorgt de lijst van percelen.",
                            "Planschade kan binnen het jaar na de inwerkingtreding. Wij laten de schatting "
                                    + "doen door een beëdigd landmeter-expert.",
                            "Vanuit het agentschap: voor herbevestigd agrarisch gebied geldt de "
                                    + "kapitaalschadecompensatie, niet de planschaderegeling.")),
            new Topic(List.of("beleidsplan", "brv"),
                    List.of("Gemeentelijk beleidsplan ruimte: waar beginnen?",
                            "Het GRS van {gemeente} is verouderd: eerst herzien of meteen een beleidsplan?",
                            "Beleidskader bij het beleidsplan ruimte: hoeveel zijn er nodig?"),
                    List.of("{gemeente} wil een beleidsplan ruimte opmaken. Het GRS dateert van 2005. Hoe zijn "
                                    + "jullie gestart, en hebben jullie een studiebureau ingeschakeld?",
                            "Hoeveel beleidskaders hebben jullie opgenomen in het beleidsplan ruimte, en hoe "
                                    + "verhouden ze zich tot het BRV?"),
                    List.of("We zijn gestart met een ruimtelijke analyse en een visiedag met het college. Het "
                                    + "studiebureau kwam pas bij het uitschrijven van de beleidskaders.",
                            "Wij hebben drie beleidskaders: open ruimte, kernversterking en mobiliteit. Meer "
                                    + "wordt moeilijk op te volgen.",
                            "Een GRS herzien heeft geen zin meer; het beleidsplan ruimte vervangt het. Zorg "
                                    + "wel voor een overgangsregeling voor lopende RUP's.")),
            new Topic(List.of("verkaveling", "omgevingsvergunning"),
                    List.of("Wijziging van een verkavelingsvergunning voor één lot in {gemeente}",
                            "Verkaveling in {zone}: lasten voor wegenis en nutsleidingen",
                            "Verval van een oude verkavelingsvergunning"),
                    List.of("Een eigenaar van één lot wil de voorschriften van een verkaveling uit 1985 "
                                    + "wijzigen. Moeten alle eigenaars van de verkaveling akkoord gaan?",
                            "Een verkaveling voor {project} in {zone}: welke lasten leggen jullie op voor "
                                    + "wegenis en nutsleidingen?"),
                    List.of("Nee, maar alle eigenaars krijgen een beveiligde zending en kunnen bezwaar "
                                    + "indienen. Bij bezwaar van de eigenaars van meer dan de helft van de loten "
                                    + "moet je weigeren.",
                            "Wij leggen een financiële waarborg op voor de wegenis en een last voor de "
                                    + "nutsleidingen, uitgevoerd vóór de verkoop van de loten.",
                            "Verkavelingen van vóór 1970 die niet tijdig werden uitgevoerd, kunnen vervallen "
                                    + "zijn. Kijk in het vergunningenregister of er een vervalbeslissing is.")),
            new Topic(List.of("mer", "screening"),
                    List.of("Project-MER-screening bij {project}: wie beoordeelt ze?",
                            "Plan-MER of screening voor een klein RUP in {gemeente}?"),
                    List.of("Bij een aanvraag voor {project} zit een project-MER-screeningsnota. Wie beoordeelt "
                                    + "bij jullie of er een project-MER nodig is?",
                            "Het RUP in {gemeente} gaat over een zone van amper {aantal} are. Moet er een "
                                    + "plan-MER komen, of volstaat een screening?"),
                    List.of("De vergunningverlenende overheid beoordeelt de screeningsnota, bij ons de GOA. "
                                    + "Bij twijfel vragen we advies aan het team MER.",
                            "Voor een klein RUP volstaat meestal een screening. Het team MER geeft je graag "
                                    + "informeel advies vóór de startnota.")),
            new Topic(List.of("openbaar-onderzoek", "bezwaren"),
                    List.of("Openbaar onderzoek tijdens de zomervakantie: termijn verlengen?",
                            "Bezwaren per e-mail na het openbaar onderzoek in {gemeente}",
                            "Aanplakking van het openbaar onderzoek: bewijs bij betwisting"),
                    List.of("Het openbaar onderzoek voor {project} valt in juli en augustus. Verlengen jullie "
                                    + "in dat geval de termijn?",
                            "Na het einde van het openbaar onderzoek kwamen nog {aantal} bezwaren binnen per "
                                    + "e-mail. Nemen jullie die mee?"),
                    List.of("Wettelijk hoeft het niet, maar wij verlengen met 15 dagen in de zomer. Dat "
                                    + "voorkomt discussie over de zorgvuldigheid.",
                            "Laattijdige bezwaren zijn niet ontvankelijk, maar wij vermelden ze in de "
                                    + "beslissing en antwoorden er inhoudelijk op als ze iets nieuws aanbrengen.",
                            "Laat de aanvrager het aanplakkingsattest tijdig bezorgen en maak zelf een foto "
                                    + "met datum. Bij de RvVb is dat vaak doorslaggevend.")));

    private DemoTopics() {
    }
}
