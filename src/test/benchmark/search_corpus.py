#!/usr/bin/env python3
"""Synthetic Dutch spatial-planning corpus for the search benchmark (README.md, "Search benchmark").

Writes, deterministically for a given seed:

  OUT/corpus.ndjson   JSON lines in the import format (shared/docs/CORPUS.md): questions each
                      followed by their answers (about half of the answered threads with an
                      accepted one), then wiki pages, then guidance. The very last line is a
                      guidance item whose title is unique, so "the last item is searchable" can
                      be polled by that title.
  OUT/queries.jsonl   the query set for latency runs: {"q": "...", "kind": "..."} with kinds
                      single, inflected, compound, compound-part, abbreviation, two-word, phrase,
                      question (3-5 words).

    python3 search_corpus.py --out /tmp/search-bench            # 20,000 threads, 200,000 posts
    python3 search_corpus.py --out /tmp/sb-small --threads 500 --posts 5000 --wiki 50 --guidance 20

Posts (questions and answers) are 60-120 words of Markdown built from sentence templates per
topic, with compounds (omgevingsvergunning, hemelwaterput, verkavelingsaanvraag), their parts
used on their own, abbreviations (RUP, GRUP, VCRO, GSV, ...), plural and verb forms. Atria are
the regional slugs of config/network/atria-sample.json (open to the network, so any reader
sees them) and about one question in ten is network-wide (no Atrium). Place names come from
config/network/municipalities-2025.csv. Dates are spread over 2021-2025.
"""
import argparse
import csv
import datetime as dt
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", "..", ".."))

# --------------------------------------------------------------------------------------------
# Vocabulary. Slots are written {name}; a slot's value may itself contain slots.
# --------------------------------------------------------------------------------------------

SLOTS = {
    "bewoner": ["een burger", "de aanvrager", "een bouwheer", "de eigenaar", "een architect", "een projectontwikkelaar",
                "een landbouwer", "de buren", "een bezwaarindiener", "een notaris", "een landmeter", "de huurder",
                "een aannemer", "een vastgoedmakelaar"],
    "bewoners": ["de aanvragers", "de buren", "de bezwaarindieners", "de eigenaars", "de architecten", "omwonenden",
                 "de bewoners van de straat"],
    "dienst": ["onze dienst omgeving", "de dienst ruimtelijke ordening", "onze omgevingsambtenaar",
               "de gemeentelijke omgevingsambtenaar", "de bouwdienst", "het team vergunningen", "onze stedenbouwkundige",
               "de dienst stedenbouw", "de juridische dienst"],
    "instantie": ["de deputatie", "het Departement Omgeving", "de provincie", "Onroerend Erfgoed",
                  "de Vlaamse Milieumaatschappij", "het Agentschap Wegen en Verkeer", "de brandweer",
                  "het Agentschap voor Natuur en Bos", "het Departement Landbouw en Visserij", "de GECORO",
                  "de waterbeheerder", "De Vlaamse Waterweg", "Fluvius", "de provinciale dienst waterlopen"],
    "college": ["het college", "het college van burgemeester en schepenen", "het CBS", "de schepen van ruimtelijke ordening",
                "de gemeenteraad", "de burgemeester"],
    "termijn": ["30 dagen", "dertig dagen", "60 dagen", "105 dagen", "120 dagen", "zes maanden", "twee jaar", "15 dagen",
                "45 dagen", "vier maanden"],
    "artikel": ["artikel {art_vcro} VCRO", "artikel {art_vcro} van de Codex", "artikel {art_ovd} van het Omgevingsvergunningendecreet",
                "artikel {art_ovb} van het Omgevingsvergunningenbesluit", "artikel {art_vrij} van het vrijstellingsbesluit",
                "artikel {art_ovd} van het decreet", "artikel {art_vcro} van de codex ruimtelijke ordening"],
    "art_vcro": ["4.3.1", "4.4.10", "4.4.23", "4.4.1", "4.2.19", "4.7.21", "4.8.11", "1.1.4", "2.2.2", "6.1.1", "4.3.5",
                 "4.4.15", "4.4.19", "7.5.8", "2.1.2", "4.2.22"],
    "art_ovd": ["15", "31", "47", "53", "64", "105", "24", "70"],
    "art_ovb": ["16", "17", "37", "47", "55", "70", "80"],
    "art_vrij": ["2.1", "2.3", "3.1", "5.1", "9.1", "10"],
    "jaar": [str(y) for y in range(1962, 2020)],
    "recentjaar": [str(y) for y in range(2018, 2026)],
    "opp": ["{n2} m²", "{n3} m²", "{n2} vierkante meter"],
    "n2": [str(n) for n in (12, 18, 20, 25, 30, 36, 40, 45, 50, 60, 75, 80, 90)],
    "n3": [str(n) for n in (120, 150, 200, 250, 300, 450, 500, 600, 750, 1000, 1200, 1500, 2000)],
    "meter": ["{n1} meter", "{n1} m", "{n1},5 meter"],
    "n1": [str(n) for n in (2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 17, 20)],
    "bestemming": ["agrarisch gebied", "landschappelijk waardevol agrarisch gebied", "woongebied", "woongebied met landelijk karakter",
                   "woonuitbreidingsgebied", "natuurgebied", "parkgebied", "bosgebied", "industriegebied",
                   "gebied voor gemeenschapsvoorzieningen", "recreatiegebied", "ambachtelijke zone", "KMO-zone",
                   "valleigebied", "woonreservegebied"],
    "plan": ["het gewestplan", "het gewestplan", "het BPA", "het RUP", "de verkavelingsvergunning", "de verkavelingsvergunning",
             "het bijzonder plan van aanleg", "het ruimtelijk uitvoeringsplan", "het gewestelijk uitvoeringsplan", "de verkaveling van {jaar}",
             "het BPA van {jaar}", "de verkaveling", "het plan van aanleg", "het provinciaal uitvoeringsplan"],
    "regelgeving": ["de Codex", "het Omgevingsvergunningendecreet", "het decreet", "het besluit", "de omzendbrief van {recentjaar}", "het Omgevingsvergunningenbesluit", "het vrijstellingsbesluit",
                    "de gewestelijke stedenbouwkundige verordening", "het besluit dossiersamenstelling",
                    "de omzendbrief", "het decreet grond- en pandenbeleid", "het Gemeentewegendecreet", "het Onroerenderfgoeddecreet",
                    "het DABM", "VLAREM II", "het Decreet Integraal Waterbeleid", "het BVR over meldingsplichtige handelingen",
                    "de GSV toegankelijkheid", "het inrichtingsbesluit van 1972"],
    "afsluiter": ["Wie heeft hier ervaring mee?", "Alvast bedankt!", "Alvast bedankt voor jullie reacties.",
                  "Hoe pakken jullie dit aan?", "Hoe gaan andere gemeenten hiermee om?", "Alle tips zijn welkom.",
                  "Ik hoor graag hoe jullie dit doen.", "Is er rechtspraak over?", "Kent iemand een arrest hierover?",
                  "Graag jullie mening.", "Heeft iemand een voorbeeld van een goede motivering?",
                  "Zijn er gemeenten die hier een reglement voor hebben?", "Bedankt voor het meedenken."],
    "opener": ["Bij ons in {gemeente} krijgen we een vraag over {onderwerp}.", "Wij zitten met een dossier rond {onderwerp}.",
               "Een vraag over {onderwerp} in {gemeente}.", "Vandaag kregen we aan het loket een vraag over {onderwerp}.",
               "In onze gemeente loopt een aanvraag waarbij {onderwerp} een rol speelt.", "Ik ben nieuw als omgevingsambtenaar in {gemeente} en twijfel over {onderwerp}.",
               "{bewoner_hoofd} contacteerde {dienst} over {onderwerp}.", "We krijgen steeds meer vragen over {onderwerp}.",
               "Voor een dossier in {gemeente} heb ik jullie ervaring nodig rond {onderwerp}."],
    "bewoner_hoofd": ["Een burger", "Een architect", "Een bouwheer", "Een projectontwikkelaar", "Een landbouwer", "Een notaris",
                      "Een aannemer", "De eigenaar van een hoekperceel", "Een landmeter-expert"],
    "antwoord_opener": ["Wij hebben zo'n dossier vorig jaar behandeld in {gemeente}.", "Goede vraag, we liepen daar ook tegenaan.",
                        "Kort antwoord: dat hangt af van de voorschriften.", "Volgens mij is dat duidelijk geregeld in {regelgeving}.",
                        "Ik zou eerst de voorschriften van {plan} bekijken.", "Wij volgen daarvoor de lijn van {instantie}.",
                        "Daar bestaat een vaste lijn in de rechtspraak.", "Dat is een klassieker.",
                        "In {gemeente} doen we het als volgt.", "Bij ons beslist {college} daar telkens apart over.",
                        "Ik heb dit nagevraagd bij {instantie}."],
    "antwoord_slot": ["Zie ook {artikel}.", "Let op de termijn van {termijn}.", "Vraag zeker advies aan {instantie}.",
                      "Wij motiveren dat altijd uitdrukkelijk in de beslissing.", "De Raad heeft dat in {recentjaar} nog bevestigd.",
                      "Zet het ook op de agenda van het volgende overleg in het Atrium.", "Hopelijk helpt dit.",
                      "Ik stuur je ons sjabloon door via de wiki.", "Noteer het ook in het vergunningenregister.",
                      "Controleer wel eerst de dossiersamenstelling in het omgevingsloket.",
                      "Een gesprek met {bewoner} vooraf bespaart veel discussie.", "Dat staat ook zo in de handleiding van het Departement Omgeving.",
                      "Succes ermee!", "Meer info in {regelgeving}.", "Bel gerust als je wil.", "Wij doen dat al jaren zo.",
                      "Het hangt echt van het dossier af.", "Documenteer alles goed in het dossier."],
}

# Free combinations with a long tail of planning words, so the vocabulary is not just the templates.
SLOTS.update({
    "generiek": ["{Subject} {verb} {object} {modifier}.", "{Subject} {verb} {object}.", "Hoe zit het met {object} {modifier}?",
                 "Er is ook discussie over {object}.", "{Subject} wijst op {object} {modifier}.",
                 "Daarnaast speelt {object} een rol.", "Wat met {object}?"],
    "Subject": ["De aanvrager", "Het college", "De buurman", "De architect", "De omgevingsambtenaar", "De deputatie", "De landmeter",
                "De notaris", "De gemeenteraad", "Onze jurist", "De stedenbouwkundige", "De bezwaarindiener", "De brandweer",
                "De eigenaar", "De projectontwikkelaar", "De provinciale omgevingsambtenaar", "De gewestelijke inspecteur"],
    "verb": ["vraagt uitleg over", "betwist", "beoordeelt", "aanvaardt", "motiveert", "onderzoekt", "wijst op", "onderschat",
             "legt de nadruk op", "twijfelt over", "heeft vragen bij", "verwijst naar", "maakt voorbehoud bij", "stelt voor om te kijken naar"],
    "object": ["de erfdienstbaarheid", "de mandelige muur", "de scheidingsmuur", "de lichten en zichten", "de bouwlijn",
               "de voortuinstrook", "de achtergevelbouwlijn", "de nokhoogte", "de dakhelling", "de dakoversteek", "het gabarit",
               "de bezonning", "de inkijk", "de privacy van de buren", "het groenscherm", "de buffering naar de buren",
               "de erfgoedwaarde", "het materialenpalet", "de gevelsteen", "de kroonlijst", "de dakgoot", "de septische put",
               "de kleinschalige waterzuivering", "de rioolaansluiting", "de wachtgevel", "de tuinmuur", "de draadafsluiting",
               "de haag op de perceelsgrens", "het bodemreliëf", "de ophoging van het terrein", "de reliëfwijziging",
               "de uitgraving", "de keermuur", "de taluds", "de inbuizing van de gracht", "de duiker", "de garagepoort",
               "de verkeersveiligheid", "het voetpad", "het fietspad", "de trage weg", "de schaduwstudie", "de windhinder",
               "de geluidsbuffer", "de lichtvervuiling", "het kadastraal plan", "de opmeting", "de inplantingsplaats",
               "het terreinprofiel", "de snede", "de gevelopstand", "de fotoreportage", "het beschrijvend document",
               "de motiveringsnota", "de nutsleidingen", "de brandweg", "de toegankelijkheid", "de lift", "de bergruimte",
               "de private buitenruimte", "het gemeenschappelijk groen", "de speelruimte", "de bebouwingsgraad",
               "de verhardingsgraad", "de ruimtebalans", "de dichtheid", "de woonkwaliteit", "de plaatselijke aanleg",
               "de verenigbaarheid met de omgeving", "de schaal van het project", "de densiteit", "de zichtas", "de dorpskern",
               "het lint", "de open ruimte", "het valleigebied", "de overstromingskans", "de grondwaterstand", "de bemaling",
               "de bodemsanering", "het bodemattest", "de grondverzetregeling", "het technisch verslag", "de uitvoeringstermijn",
               "de fasering", "de financiële waarborg", "de stedenbouwkundige last", "de sociale last", "het bescheiden woonaanbod"],
    "modifier": ["in het kader van de aanvraag", "na het advies van {instantie}", "binnen {termijn}", "op basis van {artikel}",
                 "bij de vorige aanvraag", "tijdens de procedure", "in de beroepsprocedure", "in de motivering",
                 "op de plannen", "ter plaatse", "op het terrein", "in de nota", "bij het plaatsbezoek", "in het verslag",
                 "volgens de buren", "in de eerste aanvraag", "na de hoorzitting", "in het dossier", "op de foto's"],
})

# Everyday sentences of permit work, with the inflected forms people write.
SLOTS["algemeen"] = [
    "Er werd een omgevingsvergunning aangevraagd voor de werken.", "De omgevingsvergunning werd in {recentjaar} verleend.",
    "Is hiervoor een omgevingsvergunning nodig?", "Zonder omgevingsvergunning mag dat niet.",
    "De vergunning werd geweigerd na een ongunstig advies.", "Hebben jullie zulke aanvragen al vergund?",
    "Het perceel is {opp} groot.", "Op de percelen ernaast staan vrijstaande woningen.",
    "De adviezen van de adviesinstanties waren gunstig.", "De vergunde toestand is niet duidelijk.",
    "De aanvragers hebben intussen een nieuwe aanvraag ingediend.", "De weigering werd betekend aan de aanvrager.",
    "{College} weigerde de omgevingsvergunning.", "De verkavelingen in de buurt dateren uit de jaren zeventig.",
    "Wij hebben de vergunningsaanvraag onvolledig verklaard.", "De vergunningsplicht geldt ook voor de sloop.",
    "Een regularisatie van de bestaande toestand is nodig.", "De werken werden in {recentjaar} geregulariseerd.",
    "De woning werd in {jaar} opgesplitst in twee woongelegenheden.", "De verkavelde loten zijn intussen bebouwd.",
    "Het pand werd zonder vergunning gesplitst.", "De omgevingsvergunningen van de buren zijn gelijkaardig.",
    "Wij vergunnen dat enkel met voorwaarden.", "De bouwaanvraag van {recentjaar} werd ingetrokken.",
    "De architect heeft de plannen al twee keer aangepast.", "Het advies van de brandweer is voorwaardelijk gunstig.",
    "De eigenaars van de aanpalende percelen tekenden de plannen voor akkoord.", "Er is geen stedenbouwkundige vergunning teruggevonden.",
]
SLOTS["College"] = ["Het college", "Het schepencollege", "De gemeente"]

# Word families: a slot name ending in _f picks one of the forms.
FAMILIES = {
    "vergunning_f": ["vergunning", "vergunningen", "omgevingsvergunning", "omgevingsvergunningen", "vergunningsaanvraag",
                     "vergunningsaanvragen", "stedenbouwkundige vergunning"],
    "vergunnen_f": ["vergunnen", "vergund", "vergunde", "vergunbaar", "te vergunnen", "vergunningsplichtig"],
    "perceel_f": ["perceel", "percelen", "hoekperceel", "bouwperceel", "bouwpercelen", "achterliggend perceel", "lot", "loten"],
    "woning_f": ["woning", "woningen", "eengezinswoning", "meergezinswoning", "halfopen bebouwing", "rijwoning", "open bebouwing",
                 "vrijstaande woning", "zonevreemde woning", "hoevewoning", "woongelegenheid", "woongelegenheden"],
    "weigeren_f": ["weigeren", "geweigerd", "weigering", "weigeringsbeslissing", "weigerden", "weigert"],
    "aanvraag_f": ["aanvraag", "aanvragen", "aanvrager", "aanvragers", "bouwaanvraag", "bouwaanvragen", "aanvraagdossier"],
    "advies_f": ["advies", "adviezen", "adviseren", "geadviseerd", "adviesinstantie", "adviesinstanties", "adviesvraag"],
}
SLOTS.update(FAMILIES)

TOPICS = [
    dict(key="hemelwater", tags=["hemelwater", "gsv-hemelwater", "watertoets", "infiltratie"],
         onderwerp=["een hemelwaterput", "de GSV hemelwater", "de plaatsing van een hemelwaterput", "infiltratie van regenwater",
                    "een infiltratievoorziening", "de buffervoorziening", "hemelwaterputten bij verbouwingen", "de watertoets"],
         titles=["Hemelwaterput verplicht bij {verbouwing}?", "Hemelwaterput bij {verbouwing} van een {woning_f}",
                 "Infiltratievoorziening onder een {verharding}: mag dat?", "GSV hemelwater bij {verbouwing}",
                 "Watertoets bij een {aanvraag_f} in overstromingsgevoelig gebied", "Inhoud van de hemelwaterput bij {opp} dakoppervlakte",
                 "Buffervolume en vertraagde afvoer bij een {woning_f}", "Afkoppeling van regenwater bij {verbouwing}",
                 "Hergebruik van hemelwater: welke toepassingen volstaan?", "Signaalgebied en de watertoets voor een {aanvraag_f}"],
         verbouwing=["een verbouwing", "een uitbreiding", "herbouw", "een nieuwbouw", "een renovatie", "een dakrenovatie",
                     "een aanbouw", "de verharding van een oprit"],
         verharding=["oprit", "opritverharding", "parking", "terras", "waterdoorlatende verharding", "klinkerverharding"],
         q=["De {aanvraag_f} voorziet een dakoppervlakte van {opp}.", "Moet er een hemelwaterput komen van {n1}000 liter?",
            "Volgens {bewoner} is de GSV hemelwater niet van toepassing omdat het om {verbouwing} gaat.",
            "Het perceel ligt in een signaalgebied en deels in overstromingsgevoelig gebied.",
            "Is een infiltratievoorziening nog nodig als het regenwater hergebruikt wordt voor toiletten en wasmachine?",
            "De architect wil het hemelwater afvoeren naar de gracht langs de straat.",
            "De verharding van de oprit wordt waterdoorlatend aangelegd.",
            "Onze rioolbeheerder vraagt een volledige afkoppeling van regenwater en afvalwater.",
            "Hoe controleren jullie na de werken of de hemelwaterput echt geplaatst is?"],
         a=["De GSV hemelwater geldt bij nieuwbouw en bij herbouw, en bij een uitbreiding vanaf {opp} extra dakoppervlakte.",
            "Een hemelwaterput is verplicht bij nieuwbouw van een woning, met een inhoud van minstens 5000 liter.",
            "Het hemelwater moet bij voorkeur hergebruikt worden; wat overblijft gaat naar een infiltratievoorziening en pas dan naar de riolering.",
            "De watertoets is verplicht voor elke vergunningsaanvraag; in signaalgebieden vraag je advies aan {instantie}.",
            "Een waterdoorlatende verharding telt niet mee voor de berekening van de buffervoorziening.",
            "Wij vragen bij de melding van de werken een foto van de hemelwaterput voor die wordt ingegraven.",
            "De verordening laat een afwijking toe als infiltratie technisch onmogelijk is, maar dat moet de aanvrager aantonen."]),
    dict(key="verkavelen", tags=["verkavelen", "verkaveling", "openbaar-onderzoek", "wegenis"],
         onderwerp=["een verkavelingsaanvraag", "een verkavelingswijziging", "de verkavelingsvoorschriften", "een verkaveling met wegenis",
                    "het verkavelen van gronden", "een verouderde verkaveling", "de opheffing van een verkaveling"],
         titles=["Verkavelingsaanvraag met aanleg van een nieuwe weg", "Wijziging van een verkaveling uit {jaar}",
                 "Verkavelingsvoorschriften over {voorschrift}", "Verkavelen in {bestemming}: kan dat?",
                 "Handtekening van alle eigenaars bij een verkavelingswijziging", "Verkaveling opsplitsen in {n1} loten",
                 "Wanneer vervalt een verkavelingsvergunning?", "Lasten bij een verkavelingsvergunning voor de wegenis",
                 "Verkavelingsakkoord en verkoop van loten voor de wegeniswerken klaar zijn", "Verouderde verkavelingsvoorschriften opheffen via een RUP"],
         voorschrift=["de bouwdiepte", "de kroonlijsthoogte", "de dakvorm", "bijgebouwen", "de gevelmaterialen", "de bouwvrije strook",
                      "de zijdelingse bouwvrije strook", "carports", "afsluitingen", "het aantal bouwlagen"],
         q=["De verkavelingsaanvraag omvat {n1} loten voor open bebouwing en een nieuwe gemeenteweg.",
            "De verkaveling dateert van {jaar} en werd nooit volledig uitgevoerd.",
            "Een eigenaar wil een verkavelingswijziging voor zijn lot om een grotere bouwdiepte toe te laten.",
            "Moeten alle eigenaars van de verkaveling betekend worden, of volstaat een openbaar onderzoek?",
            "De verkavelingsvoorschriften zeggen niets over {voorschrift}.", "Kan {college} lasten opleggen voor de wegenis?",
            "De notaris vraagt of de loten al verkocht mogen worden."],
         a=["Bij een verkavelingsaanvraag met nieuwe wegen beslist de gemeenteraad eerst over de zaak van de wegen.",
            "Een verkavelingswijziging vraagt een openbaar onderzoek, of de handtekening van alle eigenaars van de andere loten.",
            "Een verkavelingsvergunning vervalt als binnen de termijn geen enkel lot verkocht of bebouwd is.",
            "Verouderde verkavelingsvoorschriften kan de gemeente opheffen, maar dat vraagt een eigen procedure met openbaar onderzoek.",
            "De loten mogen pas verkocht worden als de lasten uitgevoerd zijn of een financiële waarborg gesteld is.",
            "Wat de verkaveling niet regelt, beoordeel je aan de goede ruimtelijke ordening en de voorschriften van {plan}."]),
    dict(key="rup", tags=["rup", "planning", "bestemmingswijziging", "planbaten"],
         onderwerp=["een RUP", "een gemeentelijk ruimtelijk uitvoeringsplan", "een GRUP", "een PRUP", "de herziening van een BPA",
                    "een bestemmingswijziging", "planbaten", "planschade", "de planbatenheffing"],
         titles=["Planbaten na een bestemmingswijziging in een RUP", "Planschade bij de herbestemming van {bestemming}",
                 "RUP opmaken voor een zonevreemd bedrijf", "BPA uit {jaar} opheffen of herzien via een RUP?",
                 "Verhouding tussen het GRUP en ons gemeentelijk RUP", "Procedure voor een RUP: plenaire vergadering en openbaar onderzoek",
                 "Startnota en scopingnota bij een RUP", "PRUP voor een regionaal bedrijventerrein", "Kosten van een RUP laten dragen door de initiatiefnemer",
                 "Herbestemming van {bestemming} naar woongebied"],
         q=["Onze gemeente maakt een RUP op waarbij {bestemming} herbestemd wordt.", "Het BPA van {jaar} is sterk verouderd.",
            "Moet er een plan-MER komen of volstaat een screening?", "Wie berekent de planbaten en wanneer zijn ze verschuldigd?",
            "Een eigenaar dreigt met een eis tot planschadevergoeding.", "Hoe lang duurt de procedure van startnota tot definitieve vaststelling?",
            "Het GRUP van de Vlaamse overheid overlapt met ons gemeentelijk RUP.", "De GECORO gaf een negatief advies over het voorontwerp."],
         a=["De planbatenheffing wordt berekend door de Vlaamse Belastingdienst en is verschuldigd bij de eerste vergunning of de verkoop.",
            "Planschade kan enkel gevraagd worden als een perceel bouwgrond was en door het plan niet meer bebouwbaar is.",
            "Een RUP vervangt de strijdige voorschriften van het BPA; je hoeft het BPA niet apart op te heffen.",
            "Het GRUP gaat voor: een gemeentelijk RUP kan er niet van afwijken.",
            "Reken voor een RUP op anderhalf tot twee jaar, van startnota tot definitieve vaststelling door de gemeenteraad.",
            "De GECORO brengt advies uit binnen de termijn van het openbaar onderzoek, maar het advies is niet bindend."]),
    dict(key="zonevreemd", tags=["zonevreemd", "basisrechten", "vcro", "regularisatie"],
         onderwerp=["een zonevreemde woning", "de basisrechten voor zonevreemde constructies", "een zonevreemd bedrijf", "herbouw van een zonevreemde woning",
                    "de uitbreiding van een zonevreemde woning", "een zonevreemde constructie"],
         titles=["Uitbreiding van een zonevreemde woning in {bestemming}", "Herbouw van een zonevreemde woning na brand",
                 "Basisrechten voor zonevreemde constructies: volume van 1000 m³", "Zonevreemd bedrijf wil uitbreiden",
                 "Regularisatie van een {bijgebouw} bij een zonevreemde woning", "Hoofdzakelijk vergund karakter van een zonevreemde woning",
                 "Functiewijziging van een hoeve naar wonen", "Zonevreemde woning in {bestemming}: verbouwen of herbouwen?"],
         bijgebouw=["carport", "tuinhuis", "bijgebouw", "paardenstal", "garage", "veranda", "poolhouse", "schuilhok"],
         q=["De woning ligt volgens het gewestplan in {bestemming} en is dus zonevreemd.",
            "{bewoner_hoofd} wil de woning uitbreiden tot {n3} m³.", "Is de woning hoofdzakelijk vergund?",
            "Er staat een {bijgebouw} van {opp} dat nooit vergund werd.", "De woning brandde af en de eigenaar wil herbouwen op dezelfde plaats.",
            "Kunnen we dit vergunnen via de basisrechten, of moeten we weigeren?"],
         a=["De basisrechten voor zonevreemde constructies staan in {artikel} en volgende.",
            "Een uitbreiding mag tot een bouwvolume van 1000 m³, op voorwaarde dat de woning hoofdzakelijk vergund is.",
            "Een vrijstaand bijgebouw is een nieuwe constructie en valt niet onder de basisrechten.",
            "Herbouw na vernieling door een externe oorzaak kan, als de aanvraag binnen drie jaar na de vernieling ingediend wordt.",
            "Het vermoeden van vergunning geldt voor constructies van voor 1962 en, onder voorwaarden, tot de vaststelling van het gewestplan.",
            "In ruimtelijk kwetsbaar gebied gelden de basisrechten niet, behalve voor verbouwen."]),
    dict(key="openbaar-onderzoek", tags=["openbaar-onderzoek", "bezwaren", "procedure"],
         onderwerp=["het openbaar onderzoek", "de aanplakking", "een bezwaarschrift", "een petitie", "de bekendmaking", "de affiche"],
         titles=["Termijn van het openbaar onderzoek bij een {aanvraag_f}", "Aanplakking van de affiche niet correct gebeurd",
                 "Bezwaarschrift ingediend na het openbaar onderzoek", "Petitie met {n3} handtekeningen: één of meerdere bezwaren?",
                 "Openbaar onderzoek opnieuw organiseren na een wijziging van de plannen", "Digitaal openbaar onderzoek via het omgevingsloket",
                 "Wanneer start het openbaar onderzoek?", "Bezwaren van buren die buiten de gemeente wonen"],
         q=["Het openbaar onderzoek liep van {n2} maart tot {n2} april.", "De affiche hing niet op de perceelsgrens maar achter een raam.",
            "Er kwamen {n2} bezwaarschriften binnen, waarvan een petitie.", "Een bezwaar kwam een dag na het einde van het openbaar onderzoek binnen.",
            "De aanvrager diende gewijzigde plannen in tijdens de procedure.", "Moet de gemeente elk bezwaar individueel beantwoorden?"],
         a=["Het openbaar onderzoek duurt dertig dagen en start de dag na de aanplakking.",
            "Bezwaren die te laat ingediend worden, moet de vergunningverlener niet behandelen, maar hij mag ze wel meenemen.",
            "Een petitie telt als één bezwaarschrift, al is het goed de argumenten inhoudelijk te beantwoorden.",
            "Bij een wijziging van de aanvraag tijdens de procedure is een nieuw openbaar onderzoek nodig als de wijziging de rechten van derden schendt.",
            "De aanplakking moet zichtbaar en leesbaar zijn vanaf de openbare weg; de aanvrager bezorgt een attest van aanplakking.",
            "De bezwaren worden samengevat en beantwoord in de beslissing, niet noodzakelijk elk afzonderlijk."]),
    dict(key="beroep", tags=["beroep", "deputatie", "rvvb"],
         onderwerp=["een beroep bij de deputatie", "een administratief beroep", "een beroep bij de RvVb", "de beroepstermijn",
                    "een schorsingsverzoek bij de RvVb", "de bestuurlijke lus"],
         titles=["Stappenplan voor een beroep bij de deputatie", "Beroepstermijn na betekening van de beslissing",
                 "Beroep van de gemeente tegen een vergunning van de deputatie", "Vernietiging door de RvVb: wat nu?",
                 "Administratief beroep en de hoorzitting bij de provincie", "Ontvankelijkheid van een beroepschrift zonder dossiertaks",
                 "Schorsing van de vergunning bij een beroep bij de RvVb", "Bestuurlijke lus toepassen na een arrest"],
         q=["Buren tekenden beroep aan bij de deputatie tegen onze vergunning.", "Het beroepschrift werd ingediend op dag {n2} na de aanplakking.",
            "De deputatie verleende de vergunning die wij geweigerd hadden.", "De RvVb vernietigde de vergunning en het dossier komt terug naar ons.",
            "Moet de gemeente vertegenwoordigd zijn op de hoorzitting?"],
         a=["De beroepstermijn is dertig dagen, te rekenen vanaf de dag na de aanplakking of de betekening.",
            "Het beroep bij de deputatie is devolutief: de provincie onderzoekt de aanvraag volledig opnieuw.",
            "Tegen de beslissing van de deputatie staat beroep open bij de Raad voor Vergunningsbetwistingen.",
            "Na een vernietiging door de RvVb moet opnieuw beslist worden binnen de termijn die het arrest oplegt.",
            "Zonder betaling van de dossiertaks is het beroep onontvankelijk.",
            "De provinciale omgevingsambtenaar maakt een verslag op dat samen met de hoorzitting de beslissing voorbereidt."]),
    dict(key="handhaving", tags=["handhaving", "stakingsbevel", "bouwovertreding"],
         onderwerp=["een stakingsbevel", "een bouwovertreding", "een proces-verbaal", "een herstelvordering", "handhaving",
                    "een bestuurlijke maatregel", "een last onder dwangsom"],
         titles=["Stakingsbevel bij werken op zaterdag", "Herstelvordering na een proces-verbaal",
                 "Handhaving bij een {bijgebouw} zonder vergunning", "Last onder dwangsom of bestuurlijke geldboete?",
                 "Bekrachtiging van het stakingsbevel door de gewestelijke inspecteur", "Verjaring van een bouwovertreding",
                 "Regularisatie aanvragen na een proces-verbaal", "Prioriteiten in het handhavingsbeleid van de gemeente"],
         bijgebouw=["carport", "tuinhuis", "bijgebouw", "paardenstal", "garage", "veranda", "terrasoverkapping", "zwembad"],
         q=["Op zaterdag werd begonnen met de bouw van een {bijgebouw} zonder vergunning.", "De politie stelde een proces-verbaal op.",
            "Kan de burgemeester zelf een stakingsbevel geven?", "De overtreding dateert van meer dan tien jaar geleden.",
            "De eigenaar heeft intussen een regularisatieaanvraag ingediend.", "Wie volgt de herstelvordering op?"],
         a=["Een stakingsbevel kan mondeling gegeven worden en moet binnen de termijn bekrachtigd worden door de gewestelijke inspecteur.",
            "Stedenbouwkundige inbreuken buiten kwetsbaar gebied verjaren na tien jaar voor wat het instandhouden betreft.",
            "Een regularisatieaanvraag schorst de handhaving niet automatisch.",
            "Het Handhavingsprogramma van de gemeente bepaalt welke overtredingen prioritair zijn.",
            "Een last onder dwangsom werkt vaak beter dan een geldboete, omdat hij het herstel afdwingt.",
            "Bij een proces-verbaal bezorg je een kopie aan de gewestelijke omgevingsinspectie."]),
    dict(key="meldingsplicht", tags=["melding", "vrijstelling", "kleine-handelingen"],
         onderwerp=["de meldingsplicht", "een vrijgestelde handeling", "het vrijstellingsbesluit", "een melding voor een verbouwing",
                    "een tuinhuis zonder vergunning", "een carport bij de woning"],
         titles=["Meldingsplicht voor een verbouwing zonder stabiliteitswerken", "Vrijstelling voor een {bijgebouw} van {opp}",
                 "Melding of omgevingsvergunning voor {werk}?", "Vrijstellingsbesluit: bijgebouwen in de achtertuin",
                 "Wanneer is een melding onontvankelijk?", "Zwembad in de tuin: vrijgesteld of vergunningsplichtig?",
                 "Dakkapel aan de achterkant: vrijgesteld?", "Gevelrenovatie met isolatie tot {n1} cm"],
         bijgebouw=["tuinhuis", "carport", "bijgebouw", "overdekt terras", "serre", "kippenhok", "schuilhok voor dieren"],
         werk=["een dakkapel", "de sloop van een bijgebouw", "het plaatsen van een warmtepomp", "gevelisolatie", "een zwembad",
               "een terrasoverkapping", "een verharding", "zonnepanelen", "een afsluiting"],
         q=["Een bewoner wil een {bijgebouw} plaatsen in de achtertuin op {meter} van de perceelsgrens.",
            "Volgens de aanvrager is dit vrijgesteld van vergunning.", "Het gaat om een verbouwing zonder stabiliteitswerken.",
            "De woning ligt niet in een ruimtelijk kwetsbaar gebied.", "Er werd een melding ingediend maar de plannen zijn onduidelijk."],
         a=["Het vrijstellingsbesluit laat bijgebouwen in de zij- en achtertuin toe tot {opp} per perceel, op minstens één meter van de perceelsgrens.",
            "Een verbouwing zonder stabiliteitswerken waarbij het aantal woongelegenheden niet wijzigt, is meldingsplichtig.",
            "De vrijstelling geldt niet als {plan} er uitdrukkelijk anders over beslist.",
            "Een melding is onontvankelijk als ze niet volledig is of als de handeling vergunningsplichtig blijkt.",
            "Zonnepanelen op een hellend dak zijn vrijgesteld, behalve op een beschermd monument.",
            "Een zwembad tot {opp} in de achtertuin is vrijgesteld als het bij een woning hoort."]),
    dict(key="parkeren", tags=["parkeren", "verordening", "mobiliteit"],
         onderwerp=["de parkeernormen", "een parkeerverordening", "fietsenstallingen", "parkeerplaatsen bij een meergezinswoning",
                    "deelmobiliteit", "een mobiliteitstoets"],
         titles=["Parkeernormen vastleggen in een stedenbouwkundige verordening", "Aantal parkeerplaatsen per woongelegenheid",
                 "Fietsenstalling bij een meergezinswoning", "Afwijken van de parkeernorm met deelauto's",
                 "Parkeerverordening en een compensatiebedrag per ontbrekende parkeerplaats", "Mobiliteitseffectenrapport (MOBER) voor een project",
                 "Ondergrondse parking in de kern"],
         q=["De aanvraag voorziet {n2} woongelegenheden en {n2} parkeerplaatsen.", "Onze gemeente heeft geen parkeerverordening.",
            "De ontwikkelaar stelt deelauto's voor in plaats van een deel van de parkeerplaatsen.",
            "Hoeveel fietsenstallingen vragen jullie per slaapkamer?", "Moet er een MOBER bij de aanvraag?"],
         a=["Wij vragen 1,5 parkeerplaats per woongelegenheid en twee fietsenstallingen per slaapkamer.",
            "Een gemeentelijke stedenbouwkundige verordening moet goedgekeurd worden door de gemeenteraad na advies van de GECORO.",
            "Een compensatiebedrag per ontbrekende parkeerplaats is mogelijk via een belastingreglement.",
            "Een MOBER is verplicht vanaf een bepaalde drempel aan woongelegenheden of vloeroppervlakte.",
            "De GSV toegankelijkheid legt ook aangepaste parkeerplaatsen op."]),
    dict(key="erfgoed", tags=["erfgoed", "monument", "archeologie"],
         onderwerp=["een beschermd monument", "de archeologienota", "de inventaris van het bouwkundig erfgoed", "een erfgoedlandschap",
                    "onroerend erfgoed", "een beschermd dorpsgezicht"],
         titles=["Zonnepanelen op een beschermd monument in de dorpskern", "Archeologienota voor een verkaveling van {n3} m²",
                 "Sloop van een pand uit de inventaris van het bouwkundig erfgoed", "Advies van Onroerend Erfgoed: bindend of niet?",
                 "Nieuwe ramen in een beschermd dorpsgezicht", "Archeologisch vooronderzoek en de termijn van de aanvraag",
                 "Erfgoedpremie en vergunningsplicht"],
         q=["Het pand staat in de inventaris van het bouwkundig erfgoed.", "Is er een archeologienota nodig voor een perceel van {n3} m²?",
            "De eigenaar wil zonnepanelen leggen op een beschermd monument.", "Onroerend Erfgoed gaf een ongunstig advies.",
            "Het gebouw ligt in een beschermd dorpsgezicht."],
         a=["Voor een beschermd monument is het advies van Onroerend Erfgoed bindend als het ongunstig is.",
            "Een archeologienota is nodig vanaf een perceel van 3000 m² buiten een archeologische zone en bij een ingreep van 1000 m².",
            "Een pand uit de inventaris is niet beschermd, maar de sloop moet wel gemotiveerd worden.",
            "Zonnepanelen op een beschermd monument vragen een toelating van Onroerend Erfgoed.",
            "De archeologienota moet bekrachtigd zijn voor de aanvraag volledig is."]),
    dict(key="wonen", tags=["woningsplitsing", "meergezinswoning", "zorgwonen", "woonkwaliteit"],
         onderwerp=["het opsplitsen van een woning", "zorgwonen", "kangoeroewonen", "een meergezinswoning", "studio's",
                    "het opdelen van een eengezinswoning"],
         titles=["Opsplitsen van een eengezinswoning in {n1} woongelegenheden", "Zorgwonen melden of vergunnen?",
                 "Kangoeroewonen in een zonevreemde woning", "Minimale oppervlakte van een studio",
                 "Meergezinswoning in een woonwijk met halfopen bebouwing", "Woninghuisvesting en de verordening op het opdelen van woningen",
                 "Vermoeden van vergunning voor een opgesplitste woning"],
         q=["De eigenaar wil de woning opsplitsen in {n1} woongelegenheden.", "Is zorgwonen meldingsplichtig of vergunningsplichtig?",
            "Onze gemeente heeft een verordening op het opdelen van woningen.", "De studio's zijn {n2} m² groot.",
            "Een meergezinswoning past volgens de buren niet in de straat."],
         a=["Het wijzigen van het aantal woongelegenheden is altijd vergunningsplichtig.",
            "Zorgwonen is meldingsplichtig zolang de zorgwoning ondergeschikt blijft aan de hoofdwoning.",
            "Veel gemeenten leggen een minimale netto vloeroppervlakte op van {n2} m² per studio.",
            "Een meergezinswoning beoordeel je aan de schaal en het karakter van de omgeving.",
            "Het vermoeden van vergunning voor het aantal woongelegenheden moet de eigenaar aantonen."]),
    dict(key="mer", tags=["mer", "mober", "milieueffecten", "screening"],
         onderwerp=["een project-MER", "de MER-screening", "een MOBER", "een omgevingseffectrapport", "een passende beoordeling",
                    "een natuurtoets"],
         titles=["Project-MER-screening bij een {project}", "MOBER verplicht bij een {project}?",
                 "Passende beoordeling in de nabijheid van een habitatrichtlijngebied", "Ontheffing van de MER-plicht",
                 "Stikstofbeoordeling bij een stal", "Natuurtoets bij het vellen van bomen"],
         project=["stadsontwikkelingsproject", "winkelcentrum", "parking", "verkaveling", "veeteeltbedrijf", "bedrijventerrein",
                  "woonproject met {n2} woningen"],
         q=["Het project omvat {n2} woningen en een ondergrondse parking.", "De aanvrager voegde een project-MER-screeningsnota toe.",
            "Het perceel ligt op {n3} meter van een habitatrichtlijngebied.", "Wie beoordeelt of de screening voldoende is?"],
         a=["De project-MER-screeningsnota wordt beoordeeld door de vergunningverlener zelf.",
            "Een MOBER is nodig vanaf 250 parkeerplaatsen of een bepaalde bruto vloeroppervlakte handel.",
            "Een passende beoordeling is vereist als het project een betekenisvolle aantasting kan veroorzaken.",
            "Bij twijfel vraag je advies aan {instantie}."]),
    dict(key="bouwshift", tags=["bouwshift", "ruimtelijk-rendement", "verdichting", "open-ruimte"],
         onderwerp=["de bouwshift", "ruimtelijk rendement", "verdichting in de kern", "de bescherming van de open ruimte",
                    "het beleidsplan ruimte", "kernversterking"],
         titles=["Bouwshift en ruimtelijk rendement in een landelijke gemeente", "Verdichting in de kernen: welke dichtheid?",
                 "Beleidsplan ruimte als alternatief voor het ruimtelijk structuurplan", "Woonuitbreidingsgebied aansnijden of schrappen?",
                 "Ruimtelijk rendement versus woonkwaliteit", "Kernversterking en het ontmoedigen van lintbebouwing"],
         q=["Onze gemeente wil het woonuitbreidingsgebied schrappen in het kader van de bouwshift.",
            "Wat is een redelijke dichtheid in een landelijke kern?", "Projectontwikkelaars vragen hogere bouwhoogtes in de kern.",
            "Het structuurplan is verouderd."],
         a=["De bouwshift wil het bijkomend ruimtebeslag tegen 2040 tot nul herleiden.",
            "Wij hanteren {n2} woningen per hectare in de kern en lager daarbuiten.",
            "Een beleidsplan ruimte vervangt het gemeentelijk ruimtelijk structuurplan.",
            "Verdichting moet samengaan met voldoende groen en publieke ruimte."]),
    dict(key="registers", tags=["vergunningenregister", "onbebouwde-percelen", "omgevingsloket"],
         onderwerp=["het register van onbebouwde percelen", "het vergunningenregister", "het plannenregister", "het omgevingsloket",
                    "een stedenbouwkundig uittreksel", "een vastgoedinformatieattest"],
         titles=["Register van onbebouwde percelen actualiseren", "Vergunningenregister en het vermoeden van vergunning",
                 "Stedenbouwkundige inlichtingen voor de notaris", "Omgevingsloket: dossier kan niet ingediend worden",
                 "Vastgoedinformatie en de termijn voor de notaris", "Plannenregister en verouderde BPA's"],
         q=["De notaris vraagt stedenbouwkundige inlichtingen voor een verkoop.", "Het register van onbebouwde percelen is niet meer actueel.",
            "In het omgevingsloket verschijnt een foutmelding bij het indienen.", "Moet het vergunningenregister ook meldingen bevatten?"],
         a=["Het register van onbebouwde percelen moet de gemeente jaarlijks actualiseren.",
            "Het vergunningenregister bevat alle vergunningen, meldingen en weigeringen sinds de inwerkingtreding.",
            "Het omgevingsloket heeft een helpdesk voor technische problemen.",
            "Het vastgoedinformatieattest wordt binnen {termijn} afgeleverd."]),
    dict(key="rooilijn", tags=["rooilijn", "gemeentewegen", "wegtracé"],
         onderwerp=["een rooilijnplan", "de rooilijn", "een gemeenteweg", "het Gemeentewegendecreet", "een buurtweg", "de zaak van de wegen"],
         titles=["Rooilijnplan en bouwen achter de rooilijn", "Afschaffen van een buurtweg uit de Atlas der Buurtwegen",
                 "Zaak van de wegen bij een omgevingsvergunning", "Gemeenteweg verleggen via een gemeentelijk rooilijnplan",
                 "Bouwen tot op de rooilijn in een kernstraat"],
         q=["De aanvraag voorziet een bouwvolume tot op de rooilijn.", "Een oude buurtweg loopt over het perceel.",
            "Moet de gemeenteraad beslissen over de zaak van de wegen?", "Het rooilijnplan dateert van {jaar}."],
         a=["Een gemeenteweg afschaffen of verleggen gebeurt met een gemeentelijk rooilijnplan volgens het Gemeentewegendecreet.",
            "Over de zaak van de wegen beslist de gemeenteraad voor het college over de aanvraag beslist.",
            "Een rooilijnplan heeft een eigen procedure met openbaar onderzoek."]),
    dict(key="landbouw", tags=["landbouw", "agrarisch-gebied", "paardenhouderij", "serres"],
         onderwerp=["een landbouwbedrijfszetel", "een paardenhouderij", "serres in agrarisch gebied", "een mestverwerking",
                    "de herbestemming van landbouwgebouwen", "hobbydieren"],
         titles=["Paardenstal voor hobbypaarden in agrarisch gebied", "Nieuwe landbouwbedrijfszetel in landschappelijk waardevol agrarisch gebied",
                 "Serres en de integratie in het landschap", "Advies van het Departement Landbouw en Visserij",
                 "Functiewijziging van een landbouwgebouw naar opslag", "Leefbaar landbouwbedrijf: wanneer is dat aangetoond?"],
         q=["Een landbouwer wil een nieuwe loods bouwen van {opp}.", "Het gaat om een paardenhouderij met {n2} paarden.",
            "Het Departement Landbouw en Visserij adviseert ongunstig.", "De serres komen op {meter} van de perceelsgrens."],
         a=["In agrarisch gebied mogen enkel gebouwen die nodig zijn voor een leefbaar landbouwbedrijf.",
            "Een paardenhouderij voor hobbypaarden is niet agrarisch en kan enkel via de zonevreemde functiewijzigingen.",
            "Het advies van het Departement Landbouw en Visserij is niet bindend maar weegt zwaar.",
            "Serres moeten landschappelijk geïntegreerd worden met een groenscherm."]),
    dict(key="energie", tags=["zonnepanelen", "warmtepomp", "energie", "windturbine"],
         onderwerp=["zonnepanelen", "een warmtepomp", "een kleine windturbine", "een laadpaal", "gevelisolatie", "een batterij"],
         titles=["Warmtepomp op {meter} van de perceelsgrens", "Zonnepanelen op een plat dak: vrijgesteld?",
                 "Kleine windturbine bij een landbouwbedrijf", "Buitenunit van een warmtepomp aan de voorgevel",
                 "Gevelisolatie buiten de rooilijn", "Laadpalen op een private parking"],
         q=["Een bewoner wil een warmtepomp plaatsen in de zijtuin.", "De buren klagen over het geluid van de buitenunit.",
            "De zonnepanelen steken {n2} cm boven de nok uit.", "Een landbouwer wil een windturbine van {n1}0 meter."],
         a=["Een warmtepomp is vrijgesteld als de buitenunit niet aan de voorgevel hangt en op minstens één meter van de perceelsgrens staat.",
            "Geluidshinder valt onder VLAREM II en niet onder de stedenbouwkundige regels.",
            "Zonnepanelen op een plat dak mogen niet hoger komen dan een meter boven de dakrand.",
            "Gevelisolatie tot {n1} centimeter buiten de rooilijn is vrijgesteld."]),
    dict(key="voorschriften", tags=["voorschriften", "afwijking", "bouwhoogte", "bouwdiepte"],
         onderwerp=["de stedenbouwkundige voorschriften", "een afwijking van de voorschriften", "de bouwdiepte", "de kroonlijsthoogte",
                    "de vloerterreinindex", "de dakvorm", "de bouwhoogte"],
         titles=["Afwijken van de voorschriften van {plan}", "Afwijking op de bouwdiepte op de verdieping",
                 "Kroonlijsthoogte en dakvorm in een BPA", "Plat dak waar het BPA een hellend dak oplegt",
                 "Beperkte afwijking volgens artikel 4.4.1 VCRO", "Vloerterreinindex en bebouwingsgraad", "Bouwhoogte meten vanaf het maaiveld"],
         q=["Het BPA legt een bouwdiepte van {meter} op, de aanvraag voorziet {meter}.", "De architect wil een plat dak waar een zadeldak verplicht is.",
            "Gaat het om een beperkte afwijking?", "De kroonlijsthoogte overschrijdt het voorschrift met {n2} cm."],
         a=["Beperkte afwijkingen kunnen volgens artikel 4.4.1 VCRO, maar niet voor de bestemming, de maximaal mogelijke vloerterreinindex of het aantal bouwlagen.",
            "Een afwijking moet blijken uit het openbaar onderzoek.", "Een plat dak in plaats van een hellend dak geldt meestal als een beperkte afwijking.",
            "De bouwhoogte meet je vanaf het peil van de voorliggende weg, tenzij {plan} anders bepaalt."]),
    dict(key="organisatie", tags=["gecoro", "omgevingsambtenaar", "ontvoogding", "beleid"],
         onderwerp=["de GECORO", "de gemeentelijke omgevingsambtenaar", "de ontvoogding", "het ruimtelijk structuurplan",
                    "de GRS", "de adviesverlening door de GECORO", "het beleidsplan ruimte Vlaanderen"],
         titles=["Samenstelling van de GECORO na de verkiezingen", "Taken van de gemeentelijke omgevingsambtenaar",
                 "Gemeentelijk ruimtelijk structuurplan (GRS) nog nodig?", "Voorwaarden voor een ontvoogde gemeente",
                 "Intergemeentelijke omgevingsambtenaar delen", "Verslag omgevingsambtenaar: hoe uitgebreid?"],
         q=["Na de verkiezingen moet de GECORO opnieuw samengesteld worden.", "Onze omgevingsambtenaar vertrekt en we zoeken een oplossing.",
            "Is ons GRS uit {jaar} nog bruikbaar?", "Kunnen twee gemeenten samen een omgevingsambtenaar aanstellen?"],
         a=["De GECORO bestaat voor een derde tot de helft uit deskundigen.", "Het verslag van de omgevingsambtenaar is verplicht maar niet bindend.",
            "Een GRS blijft van kracht tot het vervangen wordt door een beleidsplan ruimte.", "Intergemeentelijke samenwerking voor de omgevingsambtenaar is mogelijk."]),
    dict(key="bomen", tags=["bomen", "vegetatie", "natuur"],
         onderwerp=["het vellen van bomen", "een hoogstammige boom", "een vegetatiewijziging", "een houtkant", "heraanplant"],
         titles=["Vellen van hoogstammige bomen in de voortuin", "Heraanplantplicht na het kappen van een bomenrij",
                 "Vergunningsplicht voor het rooien van een houtkant", "Boom met wortels onder de oprit van de buren"],
         q=["Een eigenaar wil {n1} hoogstammige bomen vellen.", "De bomen staan op minder dan {meter} van de woning.",
            "Moet er heraangeplant worden?", "Het Agentschap voor Natuur en Bos vraagt een natuurtoets."],
         a=["Een hoogstammige boom heeft een stamomtrek van minstens 1 meter op 1 meter hoogte.",
            "Bomen vellen binnen 15 meter van een woning is in veel gevallen vrijgesteld.",
            "Een heraanplantplicht kan je als voorwaarde opleggen.", "Een vegetatiewijziging in een groengebied vraagt altijd een vergunning."]),
    dict(key="functiewijziging", tags=["functiewijziging", "handel", "horeca"],
         onderwerp=["een functiewijziging", "een handelszaak", "horeca", "een kantoor aan huis", "vrij beroep", "een winkel naar woning"],
         titles=["Functiewijziging van winkel naar woning", "Kantoor aan huis: vergunningsplichtig?", "Horecazaak in een voormalige bank",
                 "Vrij beroep in een woning in woongebied", "Functiewijziging zonder werken: melding of vergunning?"],
         q=["Een voormalige winkel wordt omgebouwd tot woning.", "Het kantoor aan huis beslaat {opp}.", "Er zijn geen werken nodig, enkel een andere functie."],
         a=["Een functiewijziging is vergunningsplichtig als ze in de lijst van het besluit staat.",
            "Een vrij beroep in een woning is vrijgesteld zolang de woonfunctie hoofdfunctie blijft.",
            "Van handel naar horeca is een vergunningsplichtige functiewijziging."]),
    dict(key="sloop", tags=["sloop", "afbraak", "asbest"],
         onderwerp=["een sloopvergunning", "de afbraak van een woning", "een asbestinventaris", "een sloopopvolgingsplan"],
         titles=["Sloopvergunning voor een woning in de kern", "Asbestinventaris bij sloopwerken", "Sloop van een bijgebouw: vrijgesteld?",
                 "Sloopopvolgingsplan vanaf welk volume?"],
         q=["De aanvrager wil de woning volledig afbreken en herbouwen.", "Het volume van het gebouw is {n3} m³.", "Er is asbest aanwezig in het dak."],
         a=["Een asbestinventaris is verplicht bij de sloop van een gebouw van voor 2001.",
            "Een sloopopvolgingsplan is nodig vanaf 1000 m³ bij niet-residentiële gebouwen.",
            "De sloop van een vrijstaand bijgebouw tot 100 m² is vrijgesteld buiten kwetsbaar gebied."]),
    dict(key="dossier", tags=["dossiersamenstelling", "ontvankelijkheid", "omgevingsloket", "procedure"],
         onderwerp=["de ontvankelijkheid van een aanvraag", "de volledigheid van het dossier", "de beslissingstermijn", "de dossiersamenstelling",
                    "een stilzwijgende weigering", "de adviestermijn"],
         titles=["Welke stukken horen in het dossier op het omgevingsloket?", "Onvolledig dossier: hoe lang heeft de aanvrager?",
                 "Beslissingstermijn overschreden: stilzwijgende weigering?", "Adviestermijn van {n2} dagen verstreken",
                 "Vereenvoudigde of gewone procedure?", "Ontvankelijkheid en volledigheid binnen 30 dagen"],
         q=["De aanvraag werd ingediend op het omgevingsloket maar de plannen ontbreken.", "De beslissingstermijn van {termijn} is bijna verstreken.",
            "Een adviesinstantie heeft niet geantwoord.", "Volgt deze aanvraag de vereenvoudigde procedure?"],
         a=["Over de ontvankelijkheid en volledigheid beslis je binnen dertig dagen na het indienen.",
            "Bij een overschreden beslissingstermijn geldt de aanvraag als stilzwijgend geweigerd.",
            "Een advies dat niet binnen de termijn komt, mag je voorbijgaan.",
            "De vereenvoudigde procedure kent geen openbaar onderzoek en een termijn van 60 dagen."]),
    dict(key="leegstand", tags=["leegstand", "verwaarlozing", "heffing"],
         onderwerp=["leegstand", "een verwaarloosd pand", "de leegstandsheffing", "het leegstandsregister", "een ongeschikte woning"],
         titles=["Leegstandsregister en de heffing na twaalf maanden", "Verwaarloosd bedrijfspand in de kern", "Vrijstelling van de leegstandsheffing bij renovatie"],
         q=["Het pand staat al {n1} jaar leeg.", "De eigenaar vraagt een vrijstelling omdat hij renoveert."],
         a=["Een pand komt in het leegstandsregister na een vaststelling door de gemeente.", "Een renovatievrijstelling geldt voor twee jaar."]),
    dict(key="reclame", tags=["publiciteit", "reclame"],
         onderwerp=["een publiciteitsinrichting", "reclameborden", "een uithangbord", "een lichtreclame"],
         titles=["Reclamebord langs de gewestweg", "Lichtreclame aan een handelspand", "Verordening op publiciteit"],
         q=["Een handelaar plaatst een lichtreclame van {opp} aan de gevel.", "Het bord staat langs een gewestweg."],
         a=["Langs gewestwegen is advies van het Agentschap Wegen en Verkeer nodig.", "Een uithangbord tot {n1} m² is vaak vrijgesteld."]),
]

# Abbreviations with their expansion (used in text, in the query set and sometimes in titles).
ABBREVIATIONS = {  # abbreviation: (article, expansion)
    "RUP": ("het", "ruimtelijk uitvoeringsplan"), "GRUP": ("het", "gewestelijk ruimtelijk uitvoeringsplan"),
    "PRUP": ("het", "provinciaal ruimtelijk uitvoeringsplan"), "BPA": ("het", "bijzonder plan van aanleg"),
    "VCRO": ("de", "Vlaamse Codex Ruimtelijke Ordening"), "GSV": ("de", "gewestelijke stedenbouwkundige verordening"),
    "GRS": ("het", "gemeentelijk ruimtelijk structuurplan"), "RSV": ("het", "Ruimtelijk Structuurplan Vlaanderen"),
    "BRV": ("het", "Beleidsplan Ruimte Vlaanderen"), "MER": ("het", "milieueffectrapport"),
    "MOBER": ("het", "mobiliteitseffectenrapport"), "RvVb": ("de", "Raad voor Vergunningsbetwistingen"),
    "CBS": ("het", "college van burgemeester en schepenen"),
    "GECORO": ("de", "gemeentelijke commissie voor ruimtelijke ordening"), "EPB": ("de", "energieprestatie en binnenklimaat"),
    "DABM": ("het", "decreet algemene bepalingen milieubeleid"), "VLAREM": ("het", "Vlaams reglement milieuvergunning"),
    "BVR": ("het", "besluit van de Vlaamse Regering"), "KB": ("het", "koninklijk besluit"),
}
ABBR_SENTENCES = ["{Art} {abbr} ({exp}) is hier van toepassing.", "Kijk zeker in {art} {exp} ({abbr}).",
                  "Volgens {art} {abbr} is dat niet toegelaten.", "Wij verwijzen in de motivering naar {art} {exp}.",
                  "In {art} {abbr} staat daar niets over.", "{Art} {abbr} bepaalt dat uitdrukkelijk.",
                  "Wat zegt {art} {abbr} daarover?"]
# how often each abbreviation comes up, roughly: RUP and VCRO in many threads, KB or DABM in few
ABBR_WEIGHTS = {"RUP": 10, "VCRO": 8, "GSV": 5, "BPA": 5, "GRUP": 4, "RvVb": 4, "CBS": 3, "MER": 3, "GECORO": 3, "PRUP": 2,
                "GRS": 2, "BRV": 2, "VLAREM": 2, "BVR": 2, "RSV": 1, "MOBER": 1, "EPB": 1, "DABM": 1, "KB": 1}
ABBR_KEYS = list(ABBR_WEIGHTS)
ABBR_WEIGHTS_LIST = [ABBR_WEIGHTS[k] for k in ABBR_KEYS]

TITLE_QUALIFIERS = [" in {gemeente}", " ({gemeente})", " na advies van {instantie}", " in {bestemming}", " - ervaringen?",
                    " - dringend", " bij een {woning_f}", " volgens {plan}", " ({recentjaar})", " na een weigering",
                    " zonder architect", " op een {perceel_f}", " - hoe motiveren?", " en de rechtspraak van de RvVb"]

WIKI_TITLES = ["{T}: stappenplan", "{T}: veelgestelde vragen", "{T} in de praktijk", "Sjabloon voor {t}",
               "{T}: checklist", "{T}: rechtspraak", "Motivering bij {t}", "{T}: afspraken in het Atrium",
               "{T} voor beginnende omgevingsambtenaren", "{T}: voorbeelddossiers"]
WIKI_HEADINGS = ["## Waarover gaat het", "## Wat zegt de regelgeving", "## Hoe pakken we het aan", "## Aandachtspunten",
                 "## Voorbeelden uit de gemeenten", "## Rechtspraak", "## Zie ook"]
GUIDANCE_TITLES = {
    "CIRCULAR": ["Omzendbrief RO/{y}/{nn}: {t}", "Omzendbrief over {t}", "Omzendbrief: {t} ({y})"],
    "GUIDELINE": ["Richtlijn: {t}", "Richtlijn voor {t}", "Beleidskader {t} ({y})"],
    "MANUAL": ["Handleiding {t}", "Handleiding voor gemeenten: {t}", "Praktische gids {t} ({y})"],
    "FAQ": ["Veelgestelde vragen over {t}", "FAQ {t} ({y})"],
}

QUERIES = {
    "single": ["omgevingsvergunning", "verkaveling", "hemelwaterput", "stakingsbevel", "rooilijn", "planbaten", "bouwdiepte",
               "kroonlijsthoogte", "basisrechten", "watertoets", "archeologienota", "gemeenteweg", "zorgwonen", "parkeernormen",
               "warmtepomp", "zonnepanelen", "dossiertaks", "aanplakking", "bezwaarschrift", "herstelvordering", "signaalgebied",
               "buurtweg", "leegstandsregister", "asbestinventaris", "paardenhouderij", "serres", "deputatie", "bouwshift",
               "vloerterreinindex", "uithangbord"],
    "inflected": ["verkavelingen", "vergunde", "vergunnen", "percelen", "geweigerd", "weigeringen", "woongelegenheden",
                  "bezwaren", "adviezen", "bijgebouwen", "hemelwaterputten", "verkavelde", "gesplitst", "stakingsbevelen",
                  "zonevreemde woningen", "geregulariseerd", "opgesplitste", "aanvragers", "gemeentelijke", "verbouwingen"],
    "compound": ["verkavelingsaanvraag", "verkavelingswijziging", "stedenbouwkundige verordening", "infiltratievoorziening",
                 "buffervoorziening", "woonuitbreidingsgebied", "landbouwbedrijfszetel", "meergezinswoning", "eengezinswoning",
                 "fietsenstalling", "bouwovertreding", "rooilijnplan", "beroepstermijn", "beslissingstermijn", "sloopvergunning",
                 "terrasoverkapping", "opritverharding", "planbatenheffing", "planschadevergoeding", "vrijstellingsbesluit",
                 "vergunningenregister", "omgevingsloket", "omgevingsambtenaar", "parkeerverordening", "leegstandsheffing",
                 "vastgoedinformatieattest", "gevelisolatie", "perceelsgrens", "woningsplitsing", "gemeentewegendecreet"],
    "compound-part": ["vergunning", "aanvraag", "hemelwater", "put", "verordening", "voorziening", "wijziging", "termijn",
                      "isolatie", "heffing", "register", "bedrijf", "stalling", "overtreding", "splitsing", "regenwater",
                      "bouwaanvraag", "verkavelings", "gevel", "loket"],
    "abbreviation": ["RUP", "GRUP", "PRUP", "BPA", "VCRO", "GSV", "GRS", "RSV", "BRV", "MER", "MOBER", "RvVb", "CBS", "GECORO",
                     "EPB", "DABM", "VLAREM", "BVR", "KB", "rup", "GSV hemelwater", "RUP planbaten", "BPA verouderd",
                     "VCRO basisrechten", "MER screening"],
    "two-word": ["zonevreemde woning", "openbaar onderzoek", "beschermd monument", "agrarisch gebied", "beroep deputatie",
                 "bouwdiepte verdieping", "hemelwaterput verbouwing", "carport vrijstelling", "tuinhuis perceelsgrens",
                 "verkaveling wegenis", "planbaten RUP", "herbouw brand", "warmtepomp geluid", "paardenstal hobbypaarden",
                 "studio oppervlakte", "parkeerplaatsen meergezinswoning", "sloop asbest", "archeologie verkaveling",
                 "leegstand renovatie", "bomen vellen", "functiewijziging horeca", "dakkapel vrijgesteld", "petitie bezwaren",
                 "stilzwijgende weigering", "GECORO samenstelling", "dossier onvolledig", "rooilijn bouwen", "windturbine landbouw",
                 "verdichting kern", "lichtreclame gevel"],
    "phrase": ['"openbaar onderzoek"', '"zonevreemde woning"', '"beschermd monument"', '"agrarisch gebied"',
               '"hoofdzakelijk vergund"', '"goede ruimtelijke ordening"', '"zaak van de wegen"', '"beperkte afwijking"',
               '"register van onbebouwde percelen"', '"college van burgemeester en schepenen"', '"Raad voor Vergunningsbetwistingen"',
               '"stakingsbevel"', '"ruimtelijk uitvoeringsplan"', '"vermoeden van vergunning"', '"leefbaar landbouwbedrijf"',
               '"last onder dwangsom"', '"inventaris van het bouwkundig erfgoed"', '"beslissingstermijn"',
               '"gewestelijke stedenbouwkundige verordening"', '"plat dak"'],
    "question": ["mag ik een carport bouwen zonder vergunning", "hoe lang duurt het openbaar onderzoek",
                 "termijn beroep bij de deputatie", "wanneer vervalt een verkavelingsvergunning", "wie berekent de planbaten",
                 "hemelwaterput verplicht bij renovatie", "zonevreemde woning uitbreiden 1000 m³", "stakingsbevel bekrachtigen inspecteur",
                 "archeologienota nodig vanaf welke oppervlakte", "warmtepomp aan de voorgevel vrijgesteld",
                 "woning opsplitsen in twee woongelegenheden", "parkeerplaatsen per woongelegenheid verordening",
                 "asbestinventaris verplicht bij sloop", "hoogstammige bomen vellen in de voortuin", "bezwaar na het openbaar onderzoek"],
    "typo": ["omgevingsvergunnig", "verkavelingsaanvrag", "hemelwaterptu", "stakinsbevel", "zonevreemed woning", "archeologienta",
             "planbatten", "bouwdiepe", "openbaar ondezoek", "warmtepmop"],
}


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.slot_re = re.compile(r"\{([A-Za-z_0-9]+)\}")

    def fill(self, template, local):
        def repl(m):
            name = m.group(1)
            options = local.get(name) or SLOTS.get(name)
            if options is None:
                return m.group(0)
            return self.fill(self.r.choice(options), local)
        for _ in range(4):
            new = self.slot_re.sub(repl, template)
            if new == template:
                break
            template = new
        return template

    def abbr_sentence(self):
        abbr = self.r.choices(ABBR_KEYS, ABBR_WEIGHTS_LIST)[0]
        art, exp = ABBREVIATIONS[abbr]
        return self.r.choice(ABBR_SENTENCES).format(abbr=abbr, exp=exp, art=art, Art=art.capitalize())

    def paragraph(self, topic, local, pools, lo, hi):
        """Sentences from the pools until a word count between lo and hi is reached."""
        target = self.r.randint(lo, hi)
        out, words = [], 0
        while words < target:
            pool = self.r.choice(pools)
            if pool == "abbr" and self.r.random() < 0.92:  # an abbreviation spelt out now and then, not in every thread
                continue
            if pool is SLOTS["algemeen"] and self.r.random() < 0.7:
                continue
            s = self.abbr_sentence() if pool == "abbr" else self.fill(self.r.choice(pool), local)
            if s in out:  # no sentence twice in one text
                continue
            if words + len(s.split()) > hi and words >= lo:
                break
            out.append(s)
            words += len(s.split())
        return out

    def question(self, topic, local):
        r = self.r
        first = self.fill(r.choice(SLOTS["opener"]), local)
        sentences = [first] + self.paragraph(topic, local, [topic["q"], topic["q"], topic["q"], "abbr", SLOTS["generiek"], SLOTS["algemeen"],
                                                            ["{afsluiter}"] if r.random() < 0.3 else topic["q"]], 45, 105)
        sentences.append(self.fill("{afsluiter}", local))
        return self.markdown(sentences)

    def answer(self, topic, local, accepted):
        r = self.r
        pools = [topic["a"], topic["a"], topic["a"], SLOTS["antwoord_slot"], "abbr", SLOTS["generiek"], SLOTS["algemeen"]]
        first = self.fill(r.choice(SLOTS["antwoord_opener"]), local)
        sentences = [first] + self.paragraph(topic, local, pools, 50, 110)
        if accepted and r.random() < 0.5:
            sentences.append(self.fill("Zie {artikel}.", local))
        return self.markdown(sentences)

    def markdown(self, sentences):
        r = self.r
        x = r.random()
        if x < 0.12 and len(sentences) > 4:  # a short list in the middle
            k = r.randint(1, len(sentences) - 3)
            items = sentences[k:k + 3]
            return " ".join(sentences[:k]) + "\n\n" + "\n".join("- " + s for s in items) + "\n\n" + " ".join(sentences[k + 3:])
        if x < 0.25:
            k = r.randint(0, len(sentences) - 1)
            words = sentences[k].split()
            j = r.randint(0, len(words) - 1)
            if words[j].isalpha() and len(words[j]) > 6:
                words[j] = "**" + words[j] + "**"
                sentences[k] = " ".join(words)
        if x > 0.8 and len(sentences) > 3:  # two paragraphs
            k = len(sentences) // 2
            return " ".join(sentences[:k]) + "\n\n" + " ".join(sentences[k:])
        return " ".join(sentences)


def local_slots(topic, gemeente):
    local = {k: v for k, v in topic.items() if isinstance(v, list) and k not in ("titles", "q", "a", "tags")}
    local["gemeente"] = gemeente
    local.setdefault("bijgebouw", ["carport", "tuinhuis", "bijgebouw", "garage"])
    return local


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def load_reference():
    atria = json.load(open(os.path.join(REPO, "config", "network", "atria-sample.json"), encoding="utf-8"))["atria"]
    regional = [a["slug"] for a in atria if a.get("kind") == "REGIONAL" and not a.get("membersOnly")]
    names = []
    with open(os.path.join(REPO, "config", "network", "municipalities-2025.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            names.append(re.sub(r"\s*\(.*\)$", "", row["name_nl"]))
    return regional, names


FIRST = ["an", "els", "koen", "pieter", "sofie", "marc", "lien", "tom", "katrien", "bart", "veerle", "jan", "nathalie", "wim",
         "ilse", "dirk", "sarah", "joris", "leen", "stijn", "evelien", "geert", "hanne", "kristof", "liesbeth", "maarten", "nele",
         "ruben", "tine", "wouter", "annelies", "bram", "caroline", "dries", "femke", "glenn", "heidi", "jeroen", "karen", "lore"]
LAST = ["peeters", "janssens", "maes", "jacobs", "mertens", "willems", "claes", "goossens", "wouters", "dewilde", "desmet",
        "deridder", "vermeulen", "pauwels", "dubois", "hermans", "aerts", "michiels", "verstraete", "declercq", "vandamme",
        "lambrecht", "verhoeven", "de-backer", "cools", "smets", "coppens", "vos", "baert", "martens"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, help="directory for corpus.ndjson and queries.jsonl")
    ap.add_argument("--threads", type=int, default=20000)
    ap.add_argument("--posts", type=int, default=200000, help="questions plus answers")
    ap.add_argument("--wiki", type=int, default=2000)
    ap.add_argument("--guidance", type=int, default=500)
    ap.add_argument("--authors", type=int, default=300)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--prefix", default="sb", help="prefix of the source ids")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    g = Gen(a.seed)
    r = g.r
    regional, places = load_reference()
    authors = []
    seen = set()
    while len(authors) < a.authors:
        u = "%s.%s" % (r.choice(FIRST), r.choice(LAST))
        if u in seen:
            u = u + str(len(authors))
        seen.add(u)
        authors.append(u)
    weights = [1.0 / (i + 1) ** 0.6 for i in range(len(authors))]  # some people write a lot
    topic_weights = [3 if t["key"] in ("hemelwater", "verkavelen", "zonevreemd", "openbaar-onderzoek", "meldingsplicht", "voorschriften")
                     else 1 for t in TOPICS]
    start = dt.datetime(2021, 1, 1, 7, 0, 0)
    span = (dt.datetime(2025, 12, 31, 18, 0, 0) - start).total_seconds()

    # answers per thread: mean (posts - threads) / threads, a few unanswered, some long threads
    answers_total = max(0, a.posts - a.threads)
    mean = answers_total / max(1, a.threads)
    counts = []
    for i in range(a.threads):
        x = r.random()
        counts.append(0 if x < 0.05 else max(1, int(r.gammavariate(3.0, mean / 3.0) + 0.5)))
    diff = answers_total - sum(counts)
    i = 0
    while diff != 0:  # adjust to the exact total
        k = i % a.threads
        if diff > 0 and counts[k] > 0:
            counts[k] += 1
            diff -= 1
        elif diff < 0 and counts[k] > 1:
            counts[k] -= 1
            diff += 1
        i += 1

    n_lines = 0
    stats = {"question": 0, "answer": 0, "accepted": 0, "wiki": 0, "guidance": 0, "network_wide": 0, "words": 0}
    with open(os.path.join(a.out, "corpus.ndjson"), "w", encoding="utf-8") as out:
        def emit(obj):
            nonlocal n_lines
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
            n_lines += 1

        times = sorted(start + dt.timedelta(seconds=r.random() * span) for _ in range(a.threads))
        for t in range(a.threads):
            topic = r.choices(TOPICS, topic_weights)[0]
            local = local_slots(topic, places)
            # one place, land use and outbuilding per thread; answerers name places of their own
            for slot in ("bestemming", "bijgebouw"):
                local[slot] = [r.choice(local.get(slot) or SLOTS[slot])]
            asker = dict(local, gemeente=[r.choice(places)])
            title = g.fill(r.choice(topic["titles"]), asker)
            title = title[0].upper() + title[1:]
            x = r.random()
            if x < 0.45:  # titles of a forum differ in their details
                title = title.rstrip("?") + g.fill(r.choice(TITLE_QUALIFIERS), asker) + ("?" if title.endswith("?") else "")
            atrium = None if r.random() < 0.1 else r.choice(regional)
            stats["network_wide"] += atrium is None
            qid = "%s-q%06d" % (a.prefix, t + 1)
            created = times[t]
            tags = r.sample(topic["tags"], r.randint(1, min(3, len(topic["tags"]))))
            body = g.question(topic, asker)
            stats["words"] += len(body.split())
            q = {"id": qid, "type": "question", "atrium": atrium, "author": r.choices(authors, weights)[0],
                 "created": iso(created), "tags": tags, "title": title, "body": body}
            if atrium is None:
                del q["atrium"]
            emit(q)
            stats["question"] += 1
            n = counts[t]
            accepted = r.randrange(n) if n and r.random() < 0.5 else -1
            when = created
            for k in range(n):
                when = when + dt.timedelta(minutes=int(r.expovariate(1 / 600.0)) + 5)
                body = g.answer(topic, local, k == accepted)
                stats["words"] += len(body.split())
                ans = {"id": "%s-a%06d-%02d" % (a.prefix, t + 1, k + 1), "type": "answer", "parent": qid,
                       "author": r.choices(authors, weights)[0], "created": iso(when), "body": body}
                if k == accepted:
                    ans["accepted"] = True
                    stats["accepted"] += 1
                emit(ans)
                stats["answer"] += 1

        wiki_titles = set()
        for w in range(a.wiki):
            topic = r.choices(TOPICS, topic_weights)[0]
            local = local_slots(topic, places)
            subject = r.choice(topic["onderwerp"])
            atrium = None if r.random() < 0.3 else r.choice(regional)
            title = r.choice(WIKI_TITLES).replace("{T}", subject[0].upper() + subject[1:]).replace("{t}", subject)
            while (atrium, title.lower()) in wiki_titles:
                title = title + " (" + r.choice(places) + ")" if "(" not in title else title[:title.rindex("(")] + "(" + r.choice(places) + ")"
            wiki_titles.add((atrium, title.lower()))
            parts = []
            for h in r.sample(WIKI_HEADINGS, r.randint(2, 4)):
                parts.append(h + "\n\n" + " ".join(g.paragraph(topic, local, [topic["a"], topic["a"], "abbr", SLOTS["antwoord_slot"], SLOTS["generiek"]], 40, 90)))
            body = "\n\n".join(parts)
            stats["words"] += len(body.split())
            page = {"id": "%s-w%05d" % (a.prefix, w + 1), "type": "wiki", "atrium": atrium, "author": r.choices(authors, weights)[0],
                    "created": iso(start + dt.timedelta(seconds=r.random() * span)), "title": title, "body": body,
                    "tags": r.sample(topic["tags"], r.randint(0, min(2, len(topic["tags"]))))}
            if atrium is None:
                del page["atrium"]
            emit(page)
            stats["wiki"] += 1

        for k in range(a.guidance):
            topic = r.choices(TOPICS, topic_weights)[0]
            local = local_slots(topic, places)
            kind = r.choice(list(GUIDANCE_TITLES))
            created = start + dt.timedelta(seconds=r.random() * span)
            subject = r.choice(topic["onderwerp"])
            title = r.choice(GUIDANCE_TITLES[kind]).format(t=subject, y=created.year, nn="%02d" % r.randint(1, 30))
            title = title[0].upper() + title[1:]
            if k == a.guidance - 1:  # the last line: a title that nothing else has, to poll for
                title = "Omzendbrief RO/2025/99: laatste item van het benchmarkcorpus (%s)" % a.prefix
            body = "\n\n".join(" ".join(g.paragraph(topic, local, [topic["a"], topic["a"], "abbr", SLOTS["generiek"]], 50, 110))
                               for _ in range(r.randint(2, 4)))
            stats["words"] += len(body.split())
            emit({"id": "%s-g%05d" % (a.prefix, k + 1), "type": "guidance", "kind": kind,
                  "level": r.choice(["FLEMISH", "FLEMISH", "PROVINCIAL", "MUNICIPAL"]), "author": r.choices(authors, weights)[0],
                  "created": iso(created), "title": title, "body": body,
                  "tags": r.sample(topic["tags"], r.randint(1, min(3, len(topic["tags"]))))})
            stats["guidance"] += 1

    with open(os.path.join(a.out, "queries.jsonl"), "w", encoding="utf-8") as qf:
        n_q = 0
        for kind, qs in QUERIES.items():
            for q in qs:
                qf.write(json.dumps({"q": q, "kind": kind}, ensure_ascii=False) + "\n")
                n_q += 1
    posts = stats["question"] + stats["answer"]
    print("%s: %d lines: %d questions, %d answers (%d accepted), %d wiki, %d guidance; %d network-wide questions; "
          "%.0f words a post/page on average" % (os.path.join(a.out, "corpus.ndjson"), n_lines, stats["question"],
                                                 stats["answer"], stats["accepted"], stats["wiki"], stats["guidance"],
                                                 stats["network_wide"], stats["words"] / max(1, posts + stats["wiki"] + stats["guidance"])),
          file=sys.stderr)
    print("%s: %d queries" % (os.path.join(a.out, "queries.jsonl"), n_q), file=sys.stderr)


if __name__ == "__main__":
    main()
