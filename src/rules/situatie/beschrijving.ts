import type { Bron } from '../../types/beoordeling.js';
import { LANDELIJK_VASTGESTELD } from '../beschrijving.js';
import type { Regelbeschrijving } from '../../types/regelbeschrijving.js';
import { diepBevroren } from '../../types/bevroren.js';
import { SITUATIE_NAMEN } from './namen.js';

const VISIE = 'visie-mo-ijssel-vecht';

/** De bronnen van de situatieregel; de gronden citeren dezelfde. @internal */
export const SITUATIE_BRONNEN = {
  dakloos: { document: VISIE, onderdeel: 'Begrippen', citaat: 'Met dakloosheid wordt bedoeld dat men letterlijk geen dak boven het hoofd heeft: er is geen woning (meer) waar de dakloze kan verblijven.' },
  thuisloos: {
    document: VISIE,
    onderdeel: 'Begrippen',
    citaat:
      'Mensen die thuisloos zijn, hebben (nog) wel een dak boven hun hoofd, maar niet een eigen woonruimte. Vaak verblijven ze bij familie of vrienden. Omdat ze veelal niet lang op hetzelfde adres kunnen blijven, worden deze thuisloze mensen ook wel ‘bankhoppers’ genoemd.',
  },
  /** Alleen de omschrijving, zonder de bankhoppers: voor een caravan of kraakpand met een dak (een grond citeert wat hij toepast). */
  thuisloosOmschrijving: { document: VISIE, onderdeel: 'Begrippen', citaat: 'Mensen die thuisloos zijn, hebben (nog) wel een dak boven hun hoofd, maar niet een eigen woonruimte.' },
  routes: { document: VISIE, onderdeel: '2.3 Routes naar dakloosheid', citaat: 'De Raad voor Volksgezondheid en Samenleving (RVS) ziet vier routes waarlangs dit gebeurt' },
  route1: { document: VISIE, onderdeel: '2.3 Routes naar dakloosheid', citaat: 'Route 1: verlies van huisvesting na een ingrijpende gebeurtenis, zoals een relatiebreuk of baanverlies' },
  route2: { document: VISIE, onderdeel: '2.3 Routes naar dakloosheid', citaat: 'Route 2: geen onderdak na het verlaten van een instelling' },
  route3: { document: VISIE, onderdeel: '2.3 Routes naar dakloosheid', citaat: 'Route 3: huisuitzetting' },
  route4: { document: VISIE, onderdeel: '2.3 Routes naar dakloosheid', citaat: 'Route 4: remigratie' },
  aandachtsgroepen: {
    document: VISIE,
    onderdeel: '9.2 Andere groepen die gebruik maken van de opvang',
    citaat: 'Er zijn drie doelgroepen die landelijk extra aandacht vragen omdat de wet- en regelgeving hier onvoldoende in voorziet.',
  },
  remigranten: {
    document: VISIE,
    onderdeel: '9.2 Andere groepen die gebruik maken van de opvang, Remigranten',
    citaat: 'Dit zijn mensen die tijdelijk in het buitenland hebben verbleven.',
  },
  gezinnen: {
    document: VISIE,
    onderdeel: '5.2 Doelgroepen regionale opvang, Gezinnen',
    citaat: 'Hiermee wordt dan ook de wenselijkheid/noodzaak van opvang in de eigen gemeente onderstreept.',
  },
  kwetsbareGroepen: {
    document: VISIE,
    onderdeel: '3.3 Ontwikkellijnen, 4. Passende ondersteuning met aandacht voor kwetsbare groepen',
    citaat: 'Aandacht voor kwetsbare groepen: op dit moment worden kinderen, jongeren en LHBTIQ+’ers benoemd als groepen om aandacht voor te houden.',
  },
  kinderen: {
    document: VISIE,
    onderdeel: '3.3 Ontwikkellijnen, 4. Passende ondersteuning met aandacht voor kwetsbare groepen',
    citaat: 'Bij kinderen is gezien de levensfase het meest ruimte voor ontwikkeling.',
  },
  jongerenLhbtiq: {
    document: VISIE,
    onderdeel: '3.3 Ontwikkellijnen, 4. Passende ondersteuning met aandacht voor kwetsbare groepen',
    citaat: 'Jongeren zijn oververtegenwoordigd onder daklozen en er is geen aandacht voor gender- en seksuele diversiteit binnen de hulpverlening.',
  },
  nietVeilig: {
    document: VISIE,
    onderdeel: '7.2 Problematiek',
    citaat: 'Daarnaast zien we dat het voor deze groepen mensen, evenals voor vrouwen, niet altijd veilig is in de opvang.',
  },
  actieplan: {
    document: VISIE,
    onderdeel: '7.2 Problematiek',
    citaat:
      'Vanuit het landelijk actieplan wordt aandacht gevraagd voor kwetsbare groepen binnen de opvang of met een hoge kans dat zij in de opvang terecht komen, zoals jongeren en LHBTIQ+’ers. Jongeren zijn een kansrijke groep en LHBTIQ+’ers ondervinden last van stigmatisering, waardoor de kans op dakloosheid groter is.',
  },
  voorkeurEigenGemeente: {
    document: VISIE,
    onderdeel: '5.3 Doelgroep lokale opvang',
    citaat: 'Om deze reden gaat de voorkeur er sterk naar uit, en is de inzet erop gericht dat, inwoners zoveel mogelijk in de eigen gemeente worden opgevangen.',
  },
  eigenGemeente: {
    document: VISIE,
    onderdeel: '5.3 Doelgroep lokale opvang',
    citaat: 'Deze manier van opvang is vooral geschikt voor de doelgroep die in grote mate zelfredzaam is en op beperkte levensgebieden problematiek hebben',
  },
  zwaar: {
    document: VISIE,
    onderdeel: '5.4 Interventies, Interventies bij zwaardere problematiek',
    citaat: 'Wanneer ernstige verslaving of psychiatrie in combinatie met multi-problematiek een rol speelt, ligt het ingewikkelder.',
  },
  lokaalMaatwerk: {
    document: VISIE,
    onderdeel: '5.4 Interventies, Interventies bij zwaardere problematiek',
    citaat: 'Verwijzen naar elders is echter niet de oplossing, maar een verplaatsing van het probleem. [...] Hier zal lokaal maatwerk geleverd moeten en kunnen worden.',
  },
  nietToereikend: {
    document: VISIE,
    onderdeel: '5.4 Interventies, Interventies bij zwaardere problematiek',
    citaat: 'Er zijn echter situaties die dermate complex zijn dat lokale mogelijkheden niet toereikend zijn. Regionale afstemming en samenwerking is dan noodzakelijk.',
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

/** De ids van de keuzes van de situatieregel, zoals de gronden ze noemen. @internal */
export const SITUATIE_KEUZES = {
  opvangDakloos: 'situatie.opvang-is-dakloos',
  instellingDreigend: 'situatie.instelling-is-dreigend',
  verliesDreigend: 'situatie.woningverlies-is-dreigend',
  nietConventioneel: 'situatie.niet-conventioneel-naar-dak',
  primaireRoute: 'situatie.primaire-route',
  route1: 'situatie.route-1-gebeurtenissen',
  remigrant: 'situatie.remigrant-uit-terugkeer',
  toereikendAlsFeit: 'situatie.toereikend-is-een-oordeel',
  voorbeeldgroep: 'situatie.voorbeeldgroep-beslist-niet',
  regionaalBijZwaar: 'situatie.regionaal-alleen-bij-zwaar',
  kwetsbareGroep: 'situatie.kwetsbare-groep-uit-doelgroep',
} as const;

const K = SITUATIE_KEUZES;
const B = SITUATIE_BRONNEN;

/** De beschrijving van de regel situatie (zie {@link classificeerSituatie}). */
export const SITUATIE: Regelbeschrijving = /* @__PURE__ */ diepBevroren({
  id: 'situatie',
  functie: 'classificeerSituatie',
  titel: SITUATIE_NAMEN.titel,
  omschrijving: {
    nl: 'Deelt een situatie in: dakloos, thuisloos, dreigend dakloos of gehuisvest, met de ETHOS Light-categorie; de RVS-routes naar dakloosheid uit de gebeurtenissen en de primaire route (die van de meest recente gebeurtenis met een datum). Bij een caravan, tent, auto of kraakpand beslist of er een dak boven het hoofd is; is dat niet opgegeven, dan is de uitkomst aanvullen. Daarnaast signalen, die de indeling niet veranderen: of de cliënt hoort bij een groep waarvoor de landelijke regels onvoldoende voorzien; en, onder het beleid van IJssel-Vecht, waar de visie MO op wijst (opvang in de eigen gemeente, lokaal maatwerk, of regionale afstemming bij zware problemen als de lokale mogelijkheden niet toereikend zijn) en of de cliënt hoort bij een kwetsbare groep. Wat niet uit de invoer blijkt, is onbekend en wordt niet geraden.',
    en: 'Classifies a situation: dakloos (without a roof), thuisloos (without a home of their own), at risk (dreigend dakloos) or housed, with the ETHOS Light category; the RVS routes into homelessness from the events and the primary route (that of the most recent dated event). For a caravan, tent, car or squat, what decides is whether there is a roof over the head; when that is not given, the outcome is more information needed. Signals as well, which do not change the classification: whether the client belongs to a group the national rules do not provide for; and, under the IJssel-Vecht policy, what the visie MO points to (shelter in the own municipality, local tailored support, or regional coordination for severe problems when local options are not sufficient) and whether the client belongs to a vulnerable group. What the input does not show is unknown and never guessed.',
  },
  uitkomsten: SITUATIE_NAMEN.uitkomsten,
  criteria: [
    {
      ...SITUATIE_NAMEN.criteria.woonsituatie,
      soort: 'criterium',
      voldaanAls: {
        nl: 'Voldaan als de woonsituatie de uitkomst bepaalt, met de ETHOS Light-categorie. Buiten slapen is dakloos; tijdelijk bij familie of vrienden is thuisloos (de begrippen van de visie MO). De nachtopvang en een opvangvoorziening zijn dakloos, en een instelling verlaten zonder woning of een eigen woning die verloren dreigt te gaan is dreigend dakloos: dat zijn keuzes, met hun reden hieronder. Een caravan, tent, auto of kraakpand bij gebrek aan woonruimte is dakloos zonder dak boven het hoofd en thuisloos met een dak; zegt de invoer dat niet, dan is het criterium onbekend en de uitkomst aanvullen. Een eigen woning is gehuisvest.',
        en: 'Met when the housing situation decides the outcome, with the ETHOS Light category. Sleeping rough is dakloos; staying temporarily with family or friends is thuisloos (the terms of the visie MO). A night shelter and a shelter facility are dakloos, and leaving an institution without a dwelling or an own dwelling that may be lost is at risk: these are choices, with their reasons below. A caravan, tent, car or squat for lack of housing is dakloos without a roof over the head and thuisloos with one; when the input does not say, the criterion is unknown and the outcome is more information needed. An own dwelling is housed.',
      },
      bronnen: [B.dakloos, B.thuisloos, B.thuisloosOmschrijving, B.route2, ...Object.values(ETHOS_LIGHT_BRONNEN)],
      basis: LANDELIJK_VASTGESTELD,
      keuzes: [
        {
          id: K.opvangDakloos,
          tekst: {
            nl: 'Wie in de nachtopvang of een opvangvoorziening verblijft, delen we in als dakloos, al is er een dak. De visie zegt niet hoe zij de opvang indeelt; dit is onze lezing. Wij lezen een bed in de opvang niet als een dak in de zin van de visie: er is "geen woning (meer) waar de dakloze kan verblijven". ETHOS Light geeft de opvang eigen categorieën: 2 (noodopvang) en 3 (tijdelijke opvang voor dakloze mensen). Dat zegt niet of het dakloos of thuisloos is in de zin van de visie.',
            en: 'Someone staying in a night shelter or a shelter facility is classified as dakloos, although there is a roof. The visie does not say how it classifies shelter; this is our reading. We do not read a bed in shelter as a roof in the sense of the visie: there is "geen woning (meer) waar de dakloze kan verblijven" (no dwelling (any more) where the homeless person can stay). ETHOS Light gives shelter its own categories: 2 (emergency accommodation) and 3 (accommodation for the homeless). That does not say whether it is dakloos or thuisloos in the sense of the visie.',
          },
          alsRegel: {
            nl: 'Wie in de nachtopvang of een opvangvoorziening verblijft, is dakloos, ook al is er een dak.',
            en: 'Someone staying in a night shelter or a shelter facility is dakloos, even though there is a roof.',
          },
        },
        {
          id: K.instellingDreigend,
          tekst: {
            nl: 'Wie een instelling verlaat zonder woning, delen we in als dreigend dakloos. De visie omschrijft dreigende dakloosheid niet. Zo iemand heeft nu nog een dak, maar straks geen woning: de visie noemt dit route 2, "geen onderdak na het verlaten van een instelling", en ETHOS Light heeft er een eigen categorie voor (4).',
            en: 'Someone leaving an institution without a dwelling is classified as at risk of homelessness. The visie does not define being at risk. Such a person still has a roof now, but soon no dwelling: the visie calls this route 2, "geen onderdak na het verlaten van een instelling" (no shelter after leaving an institution), and ETHOS Light has its own category for it (4).',
          },
          alsRegel: {
            nl: 'Wie een instelling verlaat zonder woning, is dreigend dakloos.',
            en: 'Someone leaving an institution without a dwelling is at risk of homelessness.',
          },
        },
        {
          id: K.verliesDreigend,
          tekst: {
            nl: 'Een eigen woning die verloren dreigt te gaan, delen we in als dreigend dakloos, zonder ETHOS Light-categorie. De visie omschrijft dreigende dakloosheid niet; de cliënt heeft nog een woning, maar kan in de situatie komen dat er "geen woning (meer)" is.',
            en: 'An own dwelling that may be lost is classified as at risk of homelessness, without an ETHOS Light category. The visie does not define being at risk; the client still has a dwelling, but may come to have "geen woning (meer)" (no dwelling (any more)).',
          },
          alsRegel: {
            nl: 'Wie een eigen woning heeft die verloren dreigt te gaan, is dreigend dakloos. Daar hoort geen ETHOS Light-categorie bij.',
            en: 'Someone whose own dwelling may be lost is at risk of homelessness. No ETHOS Light category goes with it.',
          },
        },
        {
          id: K.nietConventioneel,
          tekst: {
            nl: 'Bij een caravan, tent, auto of kraakpand bij gebrek aan woonruimte beslist of de cliënt daar letterlijk een dak boven het hoofd heeft. Zonder dak is het dakloos ("letterlijk geen dak boven het hoofd"), met een dak thuisloos ("(nog) wel een dak boven hun hoofd, maar niet een eigen woonruimte"). De visie noemt zulke plekken niet; wij passen haar begrippen toe op wat de invoer zegt. Zegt de invoer niet of er een dak is, dan delen we niet in.',
            en: 'For a caravan, tent, car or squat for lack of housing, what decides is whether the client literally has a roof over their head there. Without a roof it is dakloos ("letterlijk geen dak boven het hoofd"), with a roof thuisloos ("(nog) wel een dak boven hun hoofd, maar niet een eigen woonruimte"). The visie does not name such places; we apply its terms to what the input says. When the input does not say whether there is a roof, we do not classify.',
          },
          alsRegel: {
            nl: 'Wie bij gebrek aan woonruimte in een caravan, tent, auto of kraakpand verblijft, is dakloos als daar letterlijk geen dak boven het hoofd is, en thuisloos als daar wel een dak is. Is niet bekend of er een dak is, dan wordt niet ingedeeld.',
            en: 'Someone who, for lack of housing, stays in a caravan, tent, car or squat is dakloos if there is literally no roof over their head there, and thuisloos if there is a roof. If it is not known whether there is a roof, no classification is made.',
          },
        },
      ],
    },
    {
      ...SITUATIE_NAMEN.criteria.route,
      soort: 'criterium',
      voldaanAls: {
        nl: 'Voldaan als de primaire route vaststaat: de route van de meest recente gebeurtenis met een datum, of de enige route. Onbekend als er geen gebeurtenissen zijn (behalve bij gehuisvest: dan niet van toepassing), als meer routes geen datum hebben, of als op de meest recente datum gebeurtenissen van verschillende routes staan; de toelichting vraagt dan om de datums.',
        en: 'Met when the primary route is settled: the route of the most recent dated event, or the only route. Unknown when there are no events (except when housed: then not applicable), when several routes have no date, or when events of different routes share the most recent date; the explanation then asks for the dates.',
      },
      bronnen: [B.routes, B.route1, B.route2, B.route3, B.route4],
      basis: LANDELIJK_VASTGESTELD,
      keuzes: [
        {
          id: K.primaireRoute,
          tekst: {
            nl: 'Bij meer routes is de primaire route die van de meest recente gebeurtenis met een datum. De visie noemt geen primaire route; de laatste gebeurtenis ligt het dichtst bij het verlies van het dak. Gebeurtenissen zonder datum tellen dan niet mee, en staan op de laatste datum verschillende routes, dan blijft de primaire route open.',
            en: 'With several routes, the primary route is that of the most recent dated event. The visie names no primary route; the last event is closest to the loss of the roof. Events without a date then do not count, and when different routes share the last date, the primary route stays open.',
          },
          alsRegel: {
            nl: 'Bij meer routes is de primaire route die van de meest recente gebeurtenis met een datum. Gebeurtenissen zonder datum tellen dan niet mee. Staan op de laatste datum gebeurtenissen van verschillende routes, dan blijft de primaire route open.',
            en: 'With several routes, the primary route is that of the most recent dated event. Events without a date then do not count. When events of different routes share the last date, the primary route stays open.',
          },
        },
        {
          id: K.route1,
          tekst: {
            nl: 'Het overlijden van een naaste, een financiële terugval en het einde van huisvesting bij het werk rekenen we tot route 1, verlies van huisvesting na een ingrijpende gebeurtenis. De visie noemt als voorbeeld alleen "een relatiebreuk of baanverlies".',
            en: 'The death of someone close, a financial setback and the end of work-related housing count as route 1, loss of housing after a drastic life event. The visie only gives "een relatiebreuk of baanverlies" (a relationship breakdown or job loss) as examples.',
          },
          alsRegel: {
            nl: 'Het overlijden van een naaste, een financiële terugval en het einde van huisvesting bij het werk horen bij route 1: verlies van huisvesting na een ingrijpende gebeurtenis.',
            en: 'The death of someone close, a financial setback and the end of work-related housing belong to route 1: loss of housing after a drastic life event.',
          },
        },
      ],
    },
    {
      ...SITUATIE_NAMEN.criteria.aandachtsgroep,
      soort: 'signaal',
      voldaanAls: {
        nl: 'Wijst erop dat de cliënt hoort bij een van de drie groepen waarvoor de landelijke wet- en regelgeving onvoldoende voorziet: arbeidsmigrant, remigrant (ook na een terugkeer uit het buitenland bij de gebeurtenissen) of iemand uit een bijzondere gemeente. Anders niet van toepassing. Een signaal: het verandert de indeling niet en is geen reden om opvang te weigeren.',
        en: 'Points out that the client belongs to one of the three groups the national rules do not sufficiently provide for: labour migrant, remigrant (also after a return from abroad among the events) or someone from a special municipality. Otherwise not applicable. A signal: it does not change the classification and is no reason to refuse shelter.',
      },
      bronnen: [B.aandachtsgroepen, B.remigranten],
      // §9.2 staat in de regionaal vastgestelde uitwerking: §9 neemt deze groepen op "in deze
      // uitwerking". Het signaal gaat over de landelijke wet- en regelgeving, dus onder elk beleid.
      basis: LANDELIJK_VASTGESTELD,
      keuzes: [
        {
          id: K.remigrant,
          tekst: {
            nl: 'Een terugkeer uit het buitenland bij de gebeurtenissen maakt de cliënt remigrant, ook als die groep niet is opgegeven. De visie noemt remigranten "mensen die tijdelijk in het buitenland hebben verbleven", en route 4 is remigratie.',
            en: 'A return from abroad among the events makes the client a remigrant, also when that group was not given. The visie calls remigrants "mensen die tijdelijk in het buitenland hebben verbleven" (people who have stayed abroad temporarily), and route 4 is remigration.',
          },
          alsRegel: {
            nl: 'Staat bij de gebeurtenissen een terugkeer uit het buitenland, dan is de cliënt remigrant. Dat geldt ook als die groep niet is opgegeven.',
            en: 'If a return from abroad is among the events, the client is a remigrant. This also applies when that group was not given.',
          },
        },
      ],
    },
    {
      ...SITUATIE_NAMEN.criteria.opvang,
      soort: 'signaal',
      voldaanAls: {
        nl: 'Wijst op de richting die de visie MO geeft. Bij enkelvoudige problemen (in grote mate zelfredzaam, problemen op beperkte levensgebieden): opvang in de eigen gemeente. Bij zware problemen (ernstige verslaving of psychiatrie met multi-problematiek): eerst lokaal maatwerk, want verwijzen naar elders is volgens het beleid niet de oplossing; regionale afstemming alleen als de invoer zegt dat de lokale mogelijkheden niet toereikend zijn. Is dat niet opgegeven, dan blijft het lokaal maatwerk, met de vraag of dat toereikend is (onbekend). Bij enkelvoudige problemen blijft de richting de eigen gemeente, ook als de lokale mogelijkheden niet toereikend heten: het beleid noemt regionale afstemming alleen voor situaties die "dermate complex" zijn. Onbekend als de zwaarte van de problemen niet is opgegeven; de voorbeeldgroepen van de visie beslissen niet zelf. Niet van toepassing bij gehuisvest. Een signaal: het verandert de indeling niet.',
        en: 'Points to the direction the visie MO gives. With single problems (largely self-reliant, problems in few areas of life): shelter in the own municipality. With severe problems (severe addiction or psychiatric illness with multiple problems): local tailored support first, as referring elsewhere is not the solution according to the policy; regional coordination only when the input says local options are not sufficient. When that is not given, it stays local tailored support, with the question whether that is sufficient (unknown). With single problems the direction stays the own municipality, also when local options are said not to be sufficient: the policy names regional coordination only for situations that are "dermate complex" (so complex). Unknown when the severity of the problems is not given; the example groups of the visie do not decide on their own. Not applicable when housed. A signal: it does not change the classification.',
      },
      bronnen: [B.voorkeurEigenGemeente, B.eigenGemeente, B.gezinnen, B.zwaar, B.lokaalMaatwerk, B.nietToereikend],
      basis: 'beleid',
      keuzes: [
        {
          id: K.regionaalBijZwaar,
          tekst: {
            nl: 'Regionale afstemming volgt alleen bij zware problemen waarvoor de lokale mogelijkheden niet toereikend zijn. De visie noemt de situaties "die dermate complex zijn dat lokale mogelijkheden niet toereikend zijn" bij de zwaardere problematiek. Wie in grote mate zelfredzaam is, hoort volgens de visie in de eigen gemeente; bij gezinnen "wordt dan ook de wenselijkheid/noodzaak van opvang in de eigen gemeente onderstreept".',
            en: 'Regional coordination follows only for severe problems for which local options are not sufficient. The visie names the situations "die dermate complex zijn dat lokale mogelijkheden niet toereikend zijn" (so complex that local options are not sufficient) under the more severe problems. According to the visie, someone who is largely self-reliant belongs in the own municipality; for families it "wordt dan ook de wenselijkheid/noodzaak van opvang in de eigen gemeente onderstreept" (underlines the desirability/necessity of shelter in the own municipality).',
          },
          alsRegel: {
            nl: 'Regionale afstemming is nodig bij zware problemen als de lokale mogelijkheden niet toereikend zijn. Bij enkelvoudige problemen blijft de richting opvang in de eigen gemeente, ook als de lokale mogelijkheden niet toereikend heten.',
            en: 'Regional coordination is needed for severe problems when local options are not sufficient. With single problems the direction stays shelter in the own municipality, also when local options are said not to be sufficient.',
          },
        },
        {
          id: K.toereikendAlsFeit,
          tekst: {
            nl: 'Of de lokale mogelijkheden toereikend zijn, leiden we niet af uit zware problemen alleen: de gemeente of hulpverlener geeft het op. De visie noemt geen maat, en zegt bij zware problemen juist dat lokaal maatwerk geleverd moet worden.',
            en: 'Whether local options are sufficient is not inferred from severe problems alone: the municipality or care worker states it. The visie gives no measure, and for severe problems says that local tailored support must be provided.',
          },
          alsRegel: {
            nl: 'Of de lokale mogelijkheden toereikend zijn, volgt niet uit zware problemen alleen. De gemeente of de hulpverlener geeft het op.',
            en: 'Whether local options are sufficient does not follow from severe problems alone. The municipality or the care worker states it.',
          },
        },
        {
          id: K.voorbeeldgroep,
          tekst: {
            nl: 'Een groep die de visie als voorbeeld noemt, zoals gezinnen met kinderen of economisch daklozen, beslist niet zelf over de richting. De visie noemt ze als voorbeeld van wie in grote mate zelfredzaam is; of dat voor deze cliënt geldt, moet blijken.',
            en: 'A group the visie gives as an example, such as families with children or the economically homeless, does not decide the direction on its own. The visie names them as examples of who is largely self-reliant; whether that applies to this client must be established.',
          },
          alsRegel: {
            nl: 'Een groep die als voorbeeld wordt genoemd van wie in grote mate zelfredzaam is, beslist niet zelf over de richting. Voorbeelden zijn gezinnen met kinderen en economisch daklozen. Of de cliënt in grote mate zelfredzaam is, moet blijken.',
            en: 'A group named as an example of people who are largely self-reliant does not decide the direction on its own. Examples are families with children and the economically homeless. Whether the client is largely self-reliant must be established.',
          },
        },
      ],
    },
    {
      ...SITUATIE_NAMEN.criteria.kwetsbareGroep,
      soort: 'signaal',
      voldaanAls: {
        nl: 'Wijst erop dat de cliënt hoort bij een groep waarvoor de visie MO aandacht vraagt: kinderen (bij een cliënt met kinderen), jongeren en LHBTIQ+\'ers (ontwikkellijn 4), en vrouwen, voor wie de opvang volgens de visie niet altijd veilig is. Anders niet van toepassing. Alleen onder een beleid dat de visie mag citeren, zoals dat van IJssel-Vecht. Een signaal: het verandert de indeling niet.',
        en: 'Points out that the client belongs to a group the visie MO asks attention for: children (for a client with children), young people and LGBTIQ+ people (development line 4), and women, for whom shelter is not always safe according to the visie. Otherwise not applicable. Only under a policy that may cite the visie, such as that of IJssel-Vecht. A signal: it does not change the classification.',
      },
      bronnen: [B.kwetsbareGroepen, B.kinderen, B.jongerenLhbtiq, B.actieplan, B.nietVeilig],
      basis: 'beleid',
      keuzes: [
        {
          id: K.kwetsbareGroep,
          tekst: {
            nl: 'Een cliënt met kinderen geeft het signaal voor de groep kinderen, en een jongere die niet meer thuis kan wonen voor de groep jongeren. De visie noemt kinderen en jongeren als groepen om aandacht voor te houden, maar zegt niet wie daarbij hoort; of de kinderen mee in de opvang zijn, zegt de invoer niet.',
            en: 'A client with children gives the signal for the group children, and a young person who can no longer live at home for the group young people. The visie names children and young people as groups to pay attention to, but does not say who belongs to them; the input does not say whether the children are in shelter too.',
          },
          alsRegel: {
            nl: 'Bij een cliënt met kinderen geldt het signaal voor de groep kinderen. Een jongere die niet meer thuis kan wonen, hoort bij de groep jongeren.',
            en: 'For a client with children, the signal for the group children applies. A young person who can no longer live at home belongs to the group young people.',
          },
        },
      ],
    },
  ],
  velden: SITUATIE_NAMEN.velden,
  vragen: {
    dakBovenHetHoofd: { nl: 'Heeft de cliënt op die plek letterlijk een dak boven het hoofd?', en: 'Does the client literally have a roof over their head in that place?' },
    lokaleMogelijkhedenToereikend: { nl: 'Zijn de lokale mogelijkheden toereikend?', en: 'Are the local options sufficient?' },
  },
});
