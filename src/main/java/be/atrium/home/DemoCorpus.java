package be.atrium.home;

import be.atrium.home.DemoTopics.Topic;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo network's history, written by a generator instead of by hand: a few hundred questions
 * over several Atria and the network-wide theme boards, with answers, accepted answers, helpful
 * votes, edits, escalations, promotions, guidance and practice. Deterministic: the same seed and
 * the same moment give the same network; dates lie in the year and a half before that moment, so
 * the demo always looks current.
 * <p>
 * What can be written as history goes out as import lines (CORPUS.md), which keep authors and
 * dates; what happens through people's actions (votes, edits, escalations, promotions,
 * supersession) is a list of {@link Action}s that {@link DemoNetwork} carries out through the
 * services, so the demo passes every rule a person would.
 */
public final class DemoCorpus {

    /** An official of the demo network; {@code nis} null: the Flemish agency. */
    public record Person(String username, String name, String nis, List<String> atria) {
    }

    /** An Atrium (or network-wide board) of the demo and how many questions it has had. */
    record Place(String slug, int threads, String moderator, List<String> municipalities) {
    }

    /** Something a person does after the history is imported, through the services. */
    public sealed interface Action {
    }

    /** A moderator forwards a question to an expert board, where an expert answers it. */
    public record Escalation(String question, String moderator, String expertBoard, String expert, String answer,
                             String asker, boolean accepted) implements Action {
    }

    /** A colleague answers a question today (the demo accounts hear of it). */
    public record Reply(String question, String author, String body) implements Action {
    }

    /** An author corrects their answer (a second revision). */
    public record Edit(String answer, String author, String body) implements Action {
    }

    /** Someone marks an answer helpful. */
    public record Helpful(String answer, String voter) implements Action {
    }

    /** A question and its accepted answer go into the knowledge base. */
    public record Promotion(String question, String answer, String promoter) implements Action {
    }

    /** Newer guidance replaces older guidance. */
    public record Supersession(String older, String newer, String publisher) implements Action {
    }

    /** The five demo accounts (created by {@link DemoContent}) and the colleagues who write with them. */
    public static final List<Person> PEOPLE = List.of(
            new Person("joris.vandamme", "Joris Van Damme", "44019", List.of("gent", "provinciaal-oost-vlaanderen")),
            new Person("katrien.desmet", "Katrien De Smet", "44088", List.of("gent")),
            new Person("tom.verhaeghe", "Tom Verhaeghe", "44085", List.of("gent")),
            new Person("els.vanacker", "Els Van Acker", "31022", List.of("brugge")),
            new Person("wouter.claeys", "Wouter Claeys", "31040", List.of("brugge")),
            new Person("nele.dewulf", "Nele Dewulf", "31043", List.of("brugge")),
            new Person("hilde.debruyne", "Hilde De Bruyne", "41002", List.of("aalst", "provinciaal-oost-vlaanderen")),
            new Person("pieter.vandevelde", "Pieter Van de Velde", "41048", List.of("aalst")),
            new Person("ann.moens", "Ann Moens", "41081", List.of("aalst")),
            new Person("stijn.vandenberghe", "Stijn Vandenberghe", "34022", List.of("kortrijk")),
            new Person("liesbeth.deprez", "Liesbeth Deprez", "34040", List.of("kortrijk")),
            new Person("koen.vermeersch", "Koen Vermeersch", "34041", List.of("kortrijk")),
            new Person("marijke.peeters", "Marijke Peeters", "24062", List.of("leuven-en-dijleland")),
            new Person("dirk.wouters", "Dirk Wouters", "24038", List.of("leuven-en-dijleland")),
            new Person("sarah.janssens", "Sarah Janssens", "24055", List.of("leuven-en-dijleland")),
            new Person("jan.claes", "Jan Claes", "71072", List.of("hasselt")),
            new Person("inge.vanhoof", "Inge Vanhoof", "71016", List.of("hasselt")),
            new Person("bram.thijs", "Bram Thijs", "71053", List.of("hasselt")),
            new Person("veerle.goossens", "Veerle Goossens", "12025", List.of("mechelen")),
            new Person("kris.vermeulen", "Kris Vermeulen", "12021", List.of("mechelen")),
            new Person("eva.mertens", "Eva Mertens", "12041", List.of("mechelen")),
            new Person("greet.devos", "Greet Devos", "30000", List.of("brugge", "kortrijk")),
            new Person("frank.dhondt", "Frank D'hondt", null, List.of()));

    /** Who asks and answers where (the demo accounts of {@link DemoContent} included). */
    private static final Map<String, List<String>> MEMBERS = Map.of(
            "gent", List.of("an.peeters", "sofie.maes", "lies.janssens", "joris.vandamme", "katrien.desmet",
                    "tom.verhaeghe"),
            "brugge", List.of("bart.declercq", "els.vanacker", "wouter.claeys", "nele.dewulf", "greet.devos"),
            "aalst", List.of("hilde.debruyne", "pieter.vandevelde", "ann.moens"),
            "kortrijk", List.of("stijn.vandenberghe", "liesbeth.deprez", "koen.vermeersch", "greet.devos"),
            "leuven-en-dijleland", List.of("marijke.peeters", "dirk.wouters", "sarah.janssens"),
            "hasselt", List.of("jan.claes", "inge.vanhoof", "bram.thijs"),
            "mechelen", List.of("veerle.goossens", "kris.vermeulen", "eva.mertens"),
            "provinciaal-oost-vlaanderen", List.of("piet.vermeulen", "an.peeters", "sofie.maes", "joris.vandamme",
                    "hilde.debruyne"));

    private static final Set<String> PROVINCIAL = Set.of("piet.vermeulen", "greet.devos");
    private static final Set<String> AGENCY = Set.of("lies.janssens", "frank.dhondt");

    private static final List<Place> PLACES = List.of(
            new Place("gent", 60, "an.peeters", List.of("Gent", "Deinze", "Evergem", "Lievegem", "Merelbeke-Melle",
                    "Nazareth-De Pinte", "Lochristi")),
            new Place("brugge", 40, "bart.declercq", List.of("Brugge", "Oostkamp", "Zedelgem", "Knokke-Heist", "Damme")),
            new Place("aalst", 30, null, List.of("Aalst", "Ninove", "Zottegem", "Erpe-Mere", "Denderleeuw")),
            new Place("kortrijk", 30, null, List.of("Kortrijk", "Waregem", "Wevelgem", "Harelbeke", "Menen")),
            new Place("leuven-en-dijleland", 30, null, List.of("Leuven", "Herent", "Kortenberg", "Rotselaar", "Tervuren")),
            new Place("hasselt", 30, null, List.of("Hasselt", "Genk", "Sint-Truiden", "Beringen", "Zonhoven")),
            new Place("mechelen", 25, null, List.of("Mechelen", "Lier", "Puurs-Sint-Amands", "Bonheiden", "Willebroek")),
            new Place("provinciaal-oost-vlaanderen", 15, "piet.vermeulen", List.of("Gent", "Aalst", "Deinze", "Eeklo")),
            new Place("thema-omgevingsvergunning", 25, null, List.of("Antwerpen", "Gent", "Leuven", "Brugge", "Genk")),
            new Place("thema-ruimtelijke-planning", 20, null, List.of("Mechelen", "Kortrijk", "Hasselt", "Aalst")));

    /** The expert board of the province an Atrium lies in. */
    private static final Map<String, String> EXPERT_BOARD = Map.of(
            "gent", "expert-oost-vlaanderen", "aalst", "expert-oost-vlaanderen", "brugge", "expert-west-vlaanderen",
            "kortrijk", "expert-west-vlaanderen");

    private static final int[] ANSWER_WEIGHTS = {12, 25, 28, 20, 10, 5};
    private static final int HISTORY_DAYS = 540;

    private final Random random;
    private final Instant now;
    private final List<String> lines = new ArrayList<>();
    private final List<Action> actions = new ArrayList<>();
    private final List<Question> questions = new ArrayList<>();
    private int threadCount;
    private int answerCount;

    /** A generated question, remembered for the actions that follow. */
    private record Question(String id, Place place, Topic topic, String asker, Instant created,
                            List<String> answers, List<String> answerAuthors, List<String> answerBodies,
                            String accepted) {
    }

    private DemoCorpus(long seed, Instant now) {
        this.random = new Random(seed);
        this.now = now.truncatedTo(ChronoUnit.SECONDS);
    }

    /** The demo network as of {@code now}. */
    public static DemoCorpus generate(long seed, Instant now) {
        DemoCorpus corpus = new DemoCorpus(seed, now);
        corpus.discussions();
        corpus.knowledge();
        corpus.guidance();
        corpus.practice();
        corpus.plan();
        return corpus;
    }

    /** The import lines, in an order the importer accepts (a question before its answers). */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    public List<Action> actions() {
        return List.copyOf(actions);
    }

    public int threadCount() {
        return threadCount;
    }

    public int answerCount() {
        return answerCount;
    }

    /** Threads whose last activity is older than this are marked read for the demo accounts; newer stay unread. */
    public Instant readUntil() {
        return now.minus(Duration.ofDays(4));
    }

    private void discussions() {
        for (Place place : PLACES) {
            Set<String> titles = new HashSet<>();
            List<String> members = membersOf(place);
            for (int n = 1; n <= place.threads(); n++) {
                Topic topic = pick(DemoTopics.TOPICS);
                Map<String, String> slots = slots(place);
                String title = fill(pick(topic.titles()), slots);
                for (int tries = 0; !titles.add(title) && tries < 8; tries++) {
                    slots = slots(place);
                    title = fill(pick(topic.titles()), slots);
                }
                String asker = pick(members.stream().filter(u -> !AGENCY.contains(u) && !PROVINCIAL.contains(u))
                        .toList());
                double age = HISTORY_DAYS * Math.pow(random.nextDouble(), 1.5);
                Instant created = officeHours(now.minus(Duration.ofMinutes((long) (age * 24 * 60))));
                String id = "demo-q-" + place.slug() + "-" + n;
                List<String> tags = new ArrayList<>(topic.tags());
                add(Json.createObjectBuilder().add("id", id).add("type", "question").add("atrium", place.slug())
                        .add("author", asker).add("created", created.toString()).add("title", title)
                        .add("body", fill(pick(topic.questions()), slots)).add("tags", array(tags)));
                threadCount++;
                questions.add(answers(id, place, topic, asker, created, age, members, slots));
            }
        }
    }

    /** The answers of one question: substantive ones from the subject, sometimes the asker's thanks. */
    private Question answers(String questionId, Place place, Topic topic, String asker, Instant created, double age,
                             List<String> members, Map<String, String> slots) {
        int count = age < 2 ? random.nextInt(2) : weighted(ANSWER_WEIGHTS);
        List<String> texts = new ArrayList<>(topic.answers());
        Collections.shuffle(texts, random);
        List<String> ids = new ArrayList<>();
        List<String> authors = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        Instant at = created;
        String accepted = null;
        boolean accept = age > 3 && random.nextInt(100) < 60;
        for (int k = 0; k < count; k++) {
            String text;
            String author;
            if (k == 1 && random.nextInt(3) == 0) {
                text = DemoTopics.TOPIC_FOLLOW_UPS.get(1);
                author = asker;
            } else if (k < texts.size()) {
                text = texts.get(k);
                author = answerer(place, text, asker, members, authors);
                if (author == null) {
                    continue;
                }
            } else {
                text = pick(DemoTopics.TOPIC_FOLLOW_UPS.stream().filter(t -> !t.startsWith("Dank")).toList());
                author = pick(members.stream().filter(u -> !u.equals(asker)).toList());
            }
            at = duringWork(at.plus(Duration.ofMinutes(45 + random.nextInt(60 * 24 * 3))));
            if (at.isAfter(now.minus(Duration.ofMinutes(10)))) {
                break;
            }
            String id = questionId + "-a" + (k + 1);
            String body = fill(author.equals(asker) ? text : opener() + text, slots);
            boolean isAccepted = accept && accepted == null && !author.equals(asker);
            if (isAccepted) {
                accepted = id;
            }
            JsonObjectBuilder line = Json.createObjectBuilder().add("id", id).add("type", "answer")
                    .add("parent", questionId).add("author", author).add("created", at.toString()).add("body", body);
            if (isAccepted) {
                line.add("accepted", true);
            }
            add(line);
            answerCount++;
            ids.add(id);
            authors.add(author);
            bodies.add(body);
        }
        return new Question(questionId, place, topic, asker, created, ids, authors, bodies, accepted);
    }

    /** Who gives this answer: the province or the agency when it says so, else a peer who has not answered yet. */
    private String answerer(Place place, String text, String asker, List<String> members, List<String> already) {
        if (text.startsWith("Vanuit de provincie")) {
            List<String> provincial = members.stream().filter(PROVINCIAL::contains).toList();
            return provincial.isEmpty() ? null : pick(provincial);
        }
        if (text.startsWith("Vanuit het agentschap")) {
            return place.slug().startsWith("thema-") || members.contains("lies.janssens")
                    ? pick(List.copyOf(AGENCY)) : null;
        }
        List<String> peers = members.stream().filter(u -> !u.equals(asker) && !AGENCY.contains(u)
                && !PROVINCIAL.contains(u) && !already.contains(u)).toList();
        if (peers.isEmpty()) {
            peers = members.stream().filter(u -> !u.equals(asker)).toList();
        }
        return pick(peers);
    }

    private void knowledge() {
        wiki("demo-w-omgevingsvergunning", null, "lies.janssens", 400, "Omgevingsvergunning",
                "De omgevingsvergunning vervangt sinds 2017 de stedenbouwkundige vergunning en de milieuvergunning "
                        + "(Omgevingsvergunningsdecreet, OVD).\n\n## Procedures\n- **Vereenvoudigde procedure**: "
                        + "60 dagen, zonder openbaar onderzoek.\n- **Gewone procedure**: 105 dagen, of 120 met "
                        + "verlenging, met openbaar onderzoek.\n\n## Bevoegdheid\nHet college van burgemeester en "
                        + "schepenen, tenzij het project op de Vlaamse of provinciale lijst staat.\n\nZie ook "
                        + "[[Openbaar onderzoek]] en [[Vergunningenregister]].",
                List.of("omgevingsvergunning", "procedure"));
        wiki("demo-w-vergunningenregister", null, "lies.janssens", 380, "Vergunningenregister",
                "Het vergunningenregister houdt alle vergunningen, weigeringen en vervalbeslissingen van de "
                        + "gemeente bij, per perceel. Het is een van de voorwaarden van de [[Ontvoogding]].\n\n"
                        + "- Werk het bij binnen de maand na elke beslissing.\n- Fusiegemeenten voegen hun "
                        + "registers best samen.",
                List.of("register", "ontvoogding"));
        wiki("demo-w-onbebouwde-percelen", null, "lies.janssens", 370, "Register van onbebouwde percelen",
                "Het register van onbebouwde percelen lijst de bouwgronden en kavels op waarvoor een vergunning "
                        + "kan worden verleend en waarop nog niet gebouwd is.\n\n## Goede praktijk\n1. Actualiseer "
                        + "jaarlijks op 1 januari.\n2. Publiceer het op het geoloket.\n3. Verwittig de eigenaars.",
                List.of("register", "ontvoogding"));
        wiki("demo-w-ontvoogding", null, "lies.janssens", 360, "Ontvoogding",
                "Een gemeente is ontvoogd als ze vijf voorwaarden vervult:\n\n1. een goedgekeurd gemeentelijk "
                        + "ruimtelijk structuurplan (GRS);\n2. een gemeentelijk omgevingsambtenaar (GOA);\n3. een "
                        + "plannenregister;\n4. een [[Vergunningenregister]];\n5. een [[Register van onbebouwde "
                        + "percelen]].\n\nDe relatiebeheerder volgt op waar elke gemeente staat.",
                List.of("ontvoogding"));
        wiki("demo-w-handhaving", null, "frank.dhondt", 300, "Handhaving ruimtelijke ordening",
                "Handhaving gebeurt met **bestuurlijke maatregelen** (stakingsbevel, last onder dwangsom, "
                        + "bestuurlijke geldboete) of langs **strafrechtelijke weg** (proces-verbaal).\n\n"
                        + "Leg prioriteiten vast in een handhavingsprogramma en volg lasten onder dwangsom op met "
                        + "een controle op de dag na de termijn.",
                List.of("handhaving"));
        wiki("demo-w-planbaten", null, "frank.dhondt", 250, "Planbaten en planschade",
                "Een herbestemming kan een meerwaarde (planbaten) of een minwaarde (planschade) geven.\n\n"
                        + "- De planbatenheffing wordt berekend na de inwerkingtreding van het RUP.\n- Planschade "
                        + "vraagt de eigenaar binnen het jaar aan.\n- In herbevestigd agrarisch gebied (HAG) geldt "
                        + "de kapitaalschadecompensatie.",
                List.of("planbaten", "planschade"));
        wiki("demo-w-beleidsplan", null, "lies.janssens", 200, "Beleidsplan ruimte",
                "Het beleidsplan ruimte vervangt het GRS. Het bestaat uit een strategische visie en "
                        + "beleidskaders, afgestemd op het Beleidsplan Ruimte Vlaanderen (BRV).\n\nZie ook "
                        + "[[Ruimtelijk uitvoeringsplan (RUP)]].",
                List.of("beleidsplan", "brv"));
        wiki("demo-w-brugge-vooroverleg", "brugge", "bart.declercq", 150, "Vooroverleg in Brugge",
                "Elke dinsdagvoormiddag houden we vooroverleg voor grotere projecten. Breng een inplantingsplan, "
                        + "een fotoreportage en een korte nota mee.\n\nWat niet in het vooroverleg besproken is, "
                        + "bespreken we niet in de procedure zelf: een dossier in behandeling blijft buiten het "
                        + "overleg.",
                List.of("omgevingsvergunning", "vooroverleg"));
        wiki("demo-w-hasselt-stakingsbevel", "hasselt", "jan.claes", 120, "Stakingsbevel: werkwijze Hasselt",
                "1. Vaststelling ter plaatse met foto's.\n2. Mondeling bevel, bevestigd met een aangetekende "
                        + "brief.\n3. Bekrachtiging door de gewestelijke inspecteur binnen acht dagen.\n4. Controle "
                        + "of de werken werkelijk stilliggen.",
                List.of("handhaving", "stakingsbevel"));
    }

    private void wiki(String id, String atrium, String author, int daysAgo, String title, String body,
                      List<String> tags) {
        JsonObjectBuilder line = Json.createObjectBuilder().add("id", id).add("type", "wiki").add("author", author)
                .add("created", officeHours(now.minus(Duration.ofDays(daysAgo))).toString()).add("title", title)
                .add("body", body).add("tags", array(tags));
        if (atrium != null) {
            line.add("atrium", atrium);
        }
        add(line);
    }

    private void guidance() {
        guidance("demo-g-hemelwater-2023", "GUIDELINE", "FLEMISH", "lies.janssens", 520,
                "Hemelwater bij uitbreidingen (2023)",
                "Hoe de GSV hemelwater toe te passen op uitbreidingen van bestaande gebouwen.",
                "De plicht tot een hemelwaterput geldt voor de nieuwe dakoppervlakte boven 40 m².",
                "GSV hemelwater art. 3", LocalDate.of(2023, 1, 1), null, List.of("hemelwater", "gsv"));
        guidance("demo-g-hemelwater-2026", "GUIDELINE", "FLEMISH", "lies.janssens", 30,
                "Hemelwater bij uitbreidingen (2026)",
                "De herziene GSV hemelwater toegepast op uitbreidingen en verbouwingen.",
                "Sinds de herziening geldt de plicht tot een hemelwaterput en infiltratie voor de **nieuwe** "
                        + "dakoppervlakte, zonder minimumdrempel voor infiltratie.\n\n- Reken de buffer uit met de "
                        + "rekentool.\n- Een groendak vermindert de buffer, maar vervangt de put niet.",
                "GSV hemelwater (herziening 2026) art. 3 en 4", LocalDate.of(2026, 1, 1), null,
                List.of("hemelwater", "gsv"));
        guidance("demo-g-handhaving", "CIRCULAR", "FLEMISH", "frank.dhondt", 210,
                "Omzendbrief handhavingsprogramma ruimtelijke ordening",
                "Wat een gemeentelijk handhavingsprogramma minstens bevat.",
                "Het handhavingsprogramma legt de prioriteiten van de gemeente vast, de middelen en de "
                        + "werkwijze. De gemeenteraad keurt het goed; het college rapporteert jaarlijks.",
                "VCRO art. 6.1.1 en volgende", LocalDate.of(2025, 6, 1), LocalDate.of(2028, 12, 31),
                List.of("handhaving"));
        guidance("demo-g-registers", "MANUAL", "FLEMISH", "lies.janssens", 160,
                "Handleiding registers voor fusiegemeenten",
                "Plannenregister, vergunningenregister en register van onbebouwde percelen na een fusie.",
                "1. Voeg de registers samen onder de nieuwe NIS-code.\n2. Bewaar de oude dossiernummers.\n"
                        + "3. Meld de relatiebeheerder wanneer het register weer volledig is.",
                "VCRO art. 5.1.1 tot 5.1.3", LocalDate.of(2025, 1, 1), null, List.of("register", "ontvoogding"));
        guidance("demo-g-zonevreemd", "GUIDELINE", "PROVINCIAL", "piet.vermeulen", 90,
                "Provinciale richtlijn zonevreemde woningen Oost-Vlaanderen",
                "Hoe de provincie basisrechten voor zonevreemde woningen beoordeelt in beroep.",
                "In beroep toetst de provincie het volume (maximaal 1000 m³), het aantal woongelegenheden en "
                        + "de ruimtelijke inpasbaarheid bij herbouw op een gewijzigde plaats.",
                "VCRO art. 4.4.10 tot 4.4.19", LocalDate.of(2026, 3, 1), null, List.of("zonevreemd", "basisrechten"));
        guidance("demo-g-verkaveling", "FAQ", "PROVINCIAL", "greet.devos", 60,
                "Veelgestelde vragen over verkavelingswijzigingen",
                "Antwoorden van de provincie West-Vlaanderen op vragen van gemeenten.",
                "**Moeten alle eigenaars akkoord gaan?** Nee, maar ze krijgen een beveiligde zending en kunnen "
                        + "bezwaar indienen.\n\n**Wanneer moet je weigeren?** Bij bezwaar van de eigenaars van meer "
                        + "dan de helft van de loten.",
                "VCRO art. 4.6.7", LocalDate.of(2026, 5, 1), null, List.of("verkaveling"));
        actions.add(new Supersession("demo-g-hemelwater-2023", "demo-g-hemelwater-2026", "lies.janssens"));
    }

    private void guidance(String id, String kind, String level, String author, int daysAgo, String title,
                          String summary, String body, String legalBasis, LocalDate from, LocalDate until,
                          List<String> tags) {
        JsonObjectBuilder line = Json.createObjectBuilder().add("id", id).add("type", "guidance").add("kind", kind)
                .add("level", level).add("author", author)
                .add("created", officeHours(now.minus(Duration.ofDays(daysAgo))).toString()).add("title", title)
                .add("summary", summary).add("body", body).add("legalBasis", array(List.of(legalBasis)))
                .add("effectiveFrom", from.toString()).add("tags", array(tags));
        if (until != null) {
            line.add("validUntil", until.toString());
        }
        add(line);
    }

    private void practice() {
        practice("demo-p-deinze-register", "sofie.maes", "44083", "gent", 200,
                "Register van onbebouwde percelen na de fusie van Deinze en Nevele",
                "Na de fusie hadden we twee registers met verschillende perceelsnummers.",
                "We koppelden beide registers aan het actuele kadaster en lieten elk perceel controleren door "
                        + "twee collega's.", "Het register was na vier maanden volledig en staat op het geoloket.",
                "Plan de controle op het terrein vroeg in; het kadaster loopt vaak achter.",
                List.of("register", "ontvoogding"));
        practice("demo-p-brugge-vooroverleg", "bart.declercq", "31005", "brugge", 170,
                "Vast vooroverlegmoment voor grote projecten in Brugge",
                "Grote projecten kwamen vaak onvolledig binnen en liepen vertraging op.",
                "Elke dinsdagvoormiddag is er vooroverleg met stedenbouw, milieu en mobiliteit samen.",
                "Het aantal onvolledige dossiers daalde met een derde.",
                "Vooroverleg gaat nooit over een dossier dat al in behandeling is.",
                List.of("omgevingsvergunning", "vooroverleg"));
        practice("demo-p-hasselt-handhaving", "jan.claes", "71072", "hasselt", 140,
                "Handhavingsprogramma met drie prioriteiten in Hasselt",
                "De dienst kreeg meer klachten dan ze kon opvolgen.",
                "De gemeenteraad keurde een programma goed met drie prioriteiten: veiligheid, onherstelbare "
                        + "schade en kwetsbare gebieden.", "Klachten buiten de prioriteiten worden doorverwezen "
                        + "of later behandeld; de doorlooptijd halveerde.",
                "Communiceer de prioriteiten aan de burgers, dan begrijpen ze de keuzes.",
                List.of("handhaving"));
        practice("demo-p-leuven-participatie", "marijke.peeters", "24062", "leuven-en-dijleland", 100,
                "Participatie bij de startnota van een RUP in Leuven",
                "Eerdere RUP's kregen veel bezwaren pas in het openbaar onderzoek.",
                "We organiseerden wandelingen in de wijk en een online kaart waarop bewoners opmerkingen "
                        + "konden plaatsen.", "Het aantal bezwaren in het openbaar onderzoek halveerde.",
                "Antwoord zichtbaar op elke opmerking, ook als je ze niet volgt.",
                List.of("rup", "participatie"));
        practice("demo-p-kortrijk-hemelwater", "stijn.vandenberghe", "34022", "kortrijk", 45,
                "Rekentool hemelwater aan het loket in Kortrijk",
                "Aanvragers ontwierpen te kleine infiltratievoorzieningen.",
                "Het loket rekent samen met de aanvrager de buffer uit met de rekentool, vóór de indiening.",
                "Minder voorwaarden en weigeringen om hemelwater.", "Een kwartier aan het loket bespaart weken.",
                List.of("hemelwater", "gsv"));
    }

    private void practice(String id, String author, String nis, String atrium, int daysAgo, String title,
                          String context, String approach, String result, String lessons, List<String> tags) {
        add(Json.createObjectBuilder().add("id", id).add("type", "practice").add("author", author)
                .add("created", officeHours(now.minus(Duration.ofDays(daysAgo))).toString()).add("title", title)
                .add("context", context).add("approach", approach).add("result", result).add("lessons", lessons)
                .add("municipality", nis).add("atrium", atrium).add("tags", array(tags)));
    }

    /** Votes, edits, escalations and promotions over the generated history. */
    private void plan() {
        int edits = 0;
        for (Question q : questions) {
            List<String> members = membersOf(q.place());
            for (int k = 0; k < q.answers().size(); k++) {
                String author = q.answerAuthors().get(k);
                if (author.equals(q.asker())) {
                    continue;
                }
                boolean accepted = q.answers().get(k).equals(q.accepted());
                int votes = accepted ? 1 + random.nextInt(3) : random.nextInt(5) == 0 ? 1 : 0;
                List<String> voters = new ArrayList<>(members.stream().filter(u -> !u.equals(author)).toList());
                Collections.shuffle(voters, random);
                for (String voter : voters.subList(0, Math.min(votes, voters.size()))) {
                    actions.add(new Helpful(q.answers().get(k), voter));
                }
                if (edits < 15 && random.nextInt(12) == 0) {
                    edits++;
                    actions.add(new Edit(q.answers().get(k), author, q.answerBodies().get(k)
                            + "\n\n**Aanvulling:** " + pick(List.of(
                                    "intussen bevestigd door de provincie.",
                                    "de termijn is inmiddels aangepast in ons huishoudelijk reglement.",
                                    "zie ook de kennisbankpagina over dit onderwerp.",
                                    "ik had het artikelnummer verkeerd; nu verbeterd."))));
                }
            }
        }
        escalations();
        promotions();
        repliesToday();
    }

    /**
     * Today's answers to the latest question of each demo account that asks, one of them naming
     * another demo account: their bell and their home page have something new.
     */
    private void repliesToday() {
        Set<String> escalated = new HashSet<>();
        actions.stream().filter(Escalation.class::isInstance).forEach(a -> escalated.add(((Escalation) a).question()));
        for (String asker : List.of("an.peeters", "sofie.maes", "bart.declercq")) {
            Question latest = null;
            for (Question q : questions) {
                if (q.asker().equals(asker) && !escalated.contains(q.id())
                        && (latest == null || q.created().isAfter(latest.created()))) {
                    latest = q;
                }
            }
            if (latest == null) {
                continue;
            }
            Question q = latest;
            String author = pick(membersOf(q.place()).stream().filter(u -> !u.equals(asker) && !q.answerAuthors()
                    .contains(u) && !DemoNetwork.ACCOUNTS.contains(u)).toList());
            String mention = asker.equals("sofie.maes") ? " @an.peeters, jullie hadden hier toch een nota over?" : "";
            actions.add(new Reply(q.id(), author, opener().replace("{gemeente}", pick(q.place().municipalities()))
                    + pick(q.topic().answers()).replaceFirst("^Vanuit (de provincie|het agentschap): ", "") + mention));
        }
    }

    /** Unanswered questions of recent weeks forwarded to the expert board of their province or of the agency. */
    private void escalations() {
        int flemish = 0;
        int provincial = 0;
        for (Question q : questions) {
            long days = Duration.between(q.created(), now).toDays();
            if (!q.answers().isEmpty() || days < 4 || days > 120 || !MEMBERS.containsKey(q.place().slug())) {
                continue;
            }
            String moderator = q.place().moderator() != null ? q.place().moderator() : "admin";
            String answer = "Dank voor het doorsturen. " + pick(q.topic().answers()).replaceFirst(
                    "^Vanuit (de provincie|het agentschap): ", "") + "\n\nWe nemen dit mee bij de volgende "
                    + "herziening van onze richtlijnen.";
            String province = EXPERT_BOARD.get(q.place().slug());
            if (province != null && provincial < 3) {
                provincial++;
                String expert = province.equals("expert-oost-vlaanderen") ? "piet.vermeulen" : "greet.devos";
                actions.add(new Escalation(q.id(), moderator, province, expert, answer, q.asker(), provincial == 1));
            } else if (flemish < 3) {
                flemish++;
                actions.add(new Escalation(q.id(), moderator, "expert-vlaanderen", "frank.dhondt", answer, q.asker(),
                        flemish != 3));
            }
        }
    }

    /** Solved questions taken into the knowledge base by the Atrium's moderator or else their asker. */
    private void promotions() {
        Set<String> placesDone = new HashSet<>();
        for (Question q : questions) {
            if (q.accepted() == null || !placesDone.add(q.place().slug()) || placesDone.size() > 5) {
                continue;
            }
            String promoter = q.place().moderator() != null ? q.place().moderator() : q.asker();
            actions.add(new Promotion(q.id(), q.accepted(), promoter));
        }
    }

    private List<String> membersOf(Place place) {
        List<String> members = MEMBERS.get(place.slug());
        if (members != null) {
            return members;
        }
        List<String> everyone = new ArrayList<>();
        MEMBERS.values().forEach(list -> list.stream().filter(u -> !everyone.contains(u)).forEach(everyone::add));
        everyone.add("frank.dhondt");
        return everyone;
    }

    private Map<String, String> slots(Place place) {
        return Map.of("{gemeente}", pick(place.municipalities()), "{zone}", pick(DemoTopics.ZONES),
                "{project}", pick(DemoTopics.PROJECTS), "{aantal}", String.valueOf(12 + random.nextInt(140)),
                "{jaar}", String.valueOf(LocalDate.ofInstant(now, ZoneOffset.UTC).getYear() + 1));
    }

    private static String fill(String template, Map<String, String> slots) {
        String text = template;
        for (Map.Entry<String, String> slot : slots.entrySet()) {
            text = text.replace(slot.getKey(), slot.getValue());
        }
        if (!text.isEmpty()) {
            text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }

    /** The same day between 8 and 17 o'clock Belgian time, roughly (UTC 7-16). */
    private Instant officeHours(Instant at) {
        Instant day = at.truncatedTo(ChronoUnit.DAYS);
        Instant during = day.plus(Duration.ofMinutes(7 * 60 + random.nextInt(9 * 60)));
        return during.isAfter(now) ? now.minus(Duration.ofMinutes(30 + random.nextInt(120))) : during;
    }

    /** The moment itself when it falls in office hours (UTC 7-16), else early the next working morning. */
    private Instant duringWork(Instant at) {
        int hour = at.atZone(ZoneOffset.UTC).getHour();
        if (hour >= 7 && hour < 16) {
            return at;
        }
        Instant day = at.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(hour >= 16 ? 1 : 0));
        return day.plus(Duration.ofMinutes(7 * 60 + random.nextInt(120)));
    }

    private int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Peers start their answers in their own way, so that answers to the same subject differ. */
    private String opener() {
        return pick(List.of("", "", "", "Bij ons in {gemeente}: ", "Onze ervaring: ", "Kort: ", "Goede vraag. ",
                "Wij liepen daar vorig jaar ook tegenaan. "));
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static JsonArrayBuilder array(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private void add(JsonObjectBuilder line) {
        lines.add(line.build().toString());
    }
}
