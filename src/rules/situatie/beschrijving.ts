import type { Bron } from '../../types/beoordeling.js';
import type { Regelbeschrijving } from '../beschrijving.js';

const VISIE = 'visie-mo-ijssel-vecht';

/** De bronnen van de situatieregel; de gronden citeren dezelfde. @internal */
export const SITUATIE_BRONNEN = {
  dakloos: { document: VISIE, onderdeel: 'Begrippen', citaat: 'Met dakloosheid wordt bedoeld dat men letterlijk geen dak boven het hoofd heeft: er is geen woning (meer) waar de dakloze kan verblijven.' },
  thuisloos: {
    document: VISIE,
    onderdeel: 'Begrippen',
    citaat: 'Mensen die thuisloos zijn, hebben (nog) wel een dak boven hun hoofd, maar niet een eigen woonruimte. Vaak verblijven ze bij familie of vrienden.',
  },
  dreigend: { document: VISIE, onderdeel: '3.3 Ontwikkellijnen', citaat: 'inwoners bij dreigende dakloosheid minder vaak daadwerkelijk dakloos raken' },
  instelling: {
    document: VISIE,
    onderdeel: 'Bijlage 2 (ambities en doelen)',
    citaat: 'Niemand wordt ontslagen uit instelling zonder een aanbod van passende stabiele huisvesting, niet zijnde maatschappelijke opvang.',
  },
  routes: { document: VISIE, onderdeel: '2.3 Routes naar dakloosheid', citaat: 'De Raad voor Volksgezondheid en Samenleving (RVS) ziet vier routes waarlangs dit gebeurt' },
  rvs: {
    document: 'rvs-herstel-begint-met-een-huis',
    onderdeel: 'Vier routes naar dakloosheid',
    citaat:
      'geen huis kunnen vinden na een life event; een instelling verlaten zonder adequate nazorg; een huisuitzetting; na een verblijf in het buitenland terugkeren naar Nederland zonder adequate hulp',
  },
  aandachtsgroepen: {
    document: VISIE,
    onderdeel: '9.2 Andere groepen die gebruik maken van de opvang',
    citaat: 'Er zijn drie doelgroepen die landelijk extra aandacht vragen omdat de wet- en regelgeving hier onvoldoende in voorziet.',
  },
  eigenGemeente: {
    document: VISIE,
    onderdeel: '5.3 Doelgroep lokale opvang',
    citaat: 'Deze manier van opvang is vooral geschikt voor de doelgroep die in grote mate zelfredzaam is en op beperkte levensgebieden problematiek hebben',
  },
  zwaar: {
    document: VISIE,
    onderdeel: '5.4 Interventies, bij zwaardere problematiek',
    citaat:
      'Er zal een afweging gemaakt moeten worden of een dergelijke bewoner kan blijven functioneren in een wijk met nodige ondersteuning of opgevangen moet worden elders in de regio',
  },
} as const satisfies Record<string, Bron>;

/** De ETHOS Light-categorieën in de Nederlandse formulering van het CBS, als bron. @internal */
export const ETHOS_LIGHT_BRONNEN: Readonly<Record<1 | 2 | 3 | 4 | 5 | 6, Bron>> = {
  1: { document: 'ethos-light', onderdeel: 'Categorie 1', citaat: 'mensen die leven in de openbare ruimte' },
  2: { document: 'ethos-light', onderdeel: 'Categorie 2', citaat: 'mensen in de noodopvang' },
  3: { document: 'ethos-light', onderdeel: 'Categorie 3', citaat: 'mensen in een tijdelijke opvang voor dakloze mensen' },
  4: { document: 'ethos-light', onderdeel: 'Categorie 4', citaat: 'mensen die uitstromen uit een instelling' },
  5: { document: 'ethos-light', onderdeel: 'Categorie 5', citaat: 'mensen in niet-conventionele woonplekken' },
  6: { document: 'ethos-light', onderdeel: 'Categorie 6', citaat: 'mensen die tijdelijk verblijven bij familie, vrienden of kennissen' },
};

/** De beschrijving van de regel situatie (zie {@link classificeerSituatie}). */
export const SITUATIE: Regelbeschrijving = {
  id: 'situatie',
  functie: 'classificeerSituatie',
  titel: { nl: 'Woonsituatie en route naar dakloosheid', en: 'Housing situation and route into homelessness' },
  omschrijving: {
    nl: 'Deelt een situatie in: dakloos, thuisloos, dreigend dakloos of gehuisvest, met de ETHOS Light-categorie; de RVS-routes naar dakloosheid uit de gebeurtenissen en de primaire route (die van de meest recente gebeurtenis met een datum); of de cliënt hoort bij een groep waarvoor de landelijke regels onvoldoende voorzien; en of de situatie wijst op opvang in de eigen gemeente of regionale afstemming vraagt. De uitkomst volgt altijd uit de woonsituatie; wat niet uit de invoer blijkt, is `onbekend` en wordt niet geraden.',
    en: 'Classifies a situation: roofless (dakloos), houseless (thuisloos), at risk (dreigend dakloos) or housed, with the ETHOS Light category; the RVS routes into homelessness from the events and the primary route (that of the most recent dated event); whether the client belongs to a group the national rules do not provide for; and whether the situation points to shelter in the own municipality or needs regional coordination. The outcome always follows from the housing situation; what the input does not show is `onbekend` and never guessed.',
  },
  uitkomsten: {
    dakloos: { nl: 'dakloos', en: 'roofless (dakloos)' },
    thuisloos: { nl: 'thuisloos', en: 'houseless (thuisloos)' },
    'dreigend-dakloos': { nl: 'dreigend dakloos', en: 'at risk of homelessness' },
    gehuisvest: { nl: 'gehuisvest', en: 'housed' },
  },
  criteria: [
    {
      id: 'situatie.woonsituatie',
      voldaanAls: {
        nl: 'Altijd voldaan: de woonsituatie bepaalt de uitkomst en de ETHOS Light-categorie (SPEC §4.6). `niet-conventioneel` (caravan, tent, auto, kraakpand) is dakloos: een interpretatie, want de bron noemt dakloos "er is geen woning (meer) waar de dakloze kan verblijven" en de SPEC noemt geen status.',
        en: 'Always met: the housing situation decides the outcome and the ETHOS Light category (SPEC §4.6). `niet-conventioneel` (caravan, tent, car, squat) is roofless (dakloos): an interpretation, as the source calls dakloos "there is no dwelling (any more) where the person can stay" and the SPEC names no status.',
      },
      bronnen: [SITUATIE_BRONNEN.dakloos, SITUATIE_BRONNEN.thuisloos],
    },
    {
      id: 'situatie.route',
      voldaanAls: {
        nl: 'Voldaan als de primaire route vaststaat: de route van de meest recente gebeurtenis met een datum, of de enige route. Onbekend als er geen gebeurtenissen zijn (behalve bij gehuisvest: dan niet van toepassing), als meer routes geen datum hebben, of als op de meest recente datum gebeurtenissen van verschillende routes staan; de toelichting vraagt dan om de datums.',
        en: 'Met when the primary route is settled: the route of the most recent dated event, or the only route. Unknown when there are no events (except when housed: then not applicable), when several routes have no date, or when events of different routes share the most recent date; the explanation then asks for the dates.',
      },
      bronnen: [SITUATIE_BRONNEN.routes, SITUATIE_BRONNEN.rvs],
    },
    {
      id: 'situatie.aandachtsgroep',
      voldaanAls: {
        nl: 'Voldaan als de invoer laat zien dat de cliënt hoort bij een van de drie groepen waarvoor de landelijke wet- en regelgeving onvoldoende voorziet: arbeidsmigrant, remigrant (ook uit een gebeurtenis `terugkeer-uit-buitenland`) of iemand uit een bijzondere gemeente (`doelgroepen`). Anders niet van toepassing. Het is een signaal, geen afwijzing.',
        en: 'Met when the input shows that the client belongs to one of the three groups the national rules do not provide for: labour migrant, remigrant (also from an event `terugkeer-uit-buitenland`) or someone from a special municipality (`doelgroepen`). Otherwise not applicable. It is a signal, not a refusal.',
      },
      bronnen: [SITUATIE_BRONNEN.aandachtsgroepen],
    },
    {
      id: 'situatie.opvang',
      voldaanAls: {
        nl: 'Voldaan als bekend is waar de situatie op wijst (veld `opvang`): bij enkelvoudige problematiek (in grote mate zelfredzaam, problemen op beperkte levensgebieden) opvang in de eigen gemeente; bij zware problematiek (ernstige verslaving of psychiatrie met multi-problematiek) regionale afstemming. Onbekend als `problematiek` niet is opgegeven; de genoemde voorbeeldgroepen (economisch dakloos, scheiding, met kinderen, jongere die niet meer thuis kan wonen) beslissen niet zelf. Niet van toepassing bij gehuisvest.',
        en: 'Met when it is known what the situation points to (field `opvang`): with single problems (largely self-reliant, problems in few areas of life) shelter in the own municipality; with severe problems (severe addiction or psychiatric illness with multiple problems) regional coordination. Unknown when `problematiek` is not given; the example groups (economically homeless, separation, with children, young person who can no longer live at home) do not decide on their own. Not applicable when housed.',
      },
      bronnen: [SITUATIE_BRONNEN.eigenGemeente, SITUATIE_BRONNEN.zwaar],
    },
  ],
};
