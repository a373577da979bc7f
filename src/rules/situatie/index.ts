import { match } from 'ts-pattern';
import { maakBeoordeling, metVelden, type Criteriumuitslag } from '../../kern/besluit.js';
import { criteriumuitslag } from '../../kern/feiten.js';
import { datumInBeideTalen, opsomming } from '../../kern/teksten.js';
import type { Beleid } from '../../beleid/beleid.js';
import { BELEID_IDS, type BeleidId } from '../../beleid/ids.js';
import { INGEBOUWD_BELEID } from '../../beleid/ingebouwd.js';
import { kiesBeleid } from '../../beleid/opzoeken.js';
import { kiesRegio } from '../../beleid/regio.js';
import { leesOpties, type Regelopties } from '../../kern/opties.js';
import { magCiteren, regelbeleidVan } from '../../kern/regelbeleid.js';
import { valideer } from '../../kern/valideer.js';
import type { Beoordeling, Bron } from '../../types/beoordeling.js';
import type { Feit, Status } from '../../types/feit.js';
import { OngeldigeInvoerFout } from '../../types/fouten.js';
import { maakVeilig } from '../../types/uitslag.js';
import type { Tweetalig } from '../../types/tweetalig.js';
import { ETHOS_LIGHT_BRONNEN, SITUATIE, SITUATIE_BRONNEN, SITUATIE_KEUZES } from './beschrijving.js';
import { bepaalKwetsbareGroepen, type KwetsbareGroep } from './kwetsbaar.js';
import {
  SituatieInvoerSchema,
  type Doelgroep,
  type Gebeurtenissoort,
  type GevalideerdeGebeurtenis,
  type GevalideerdeSituatieInvoer,
  type SituatieInvoer,
  type Woonsituatie,
} from './invoer.js';
import { zonderVervuiling } from '../../kern/schoon-prototype.js';

/**
 * Opties van {@link classificeerSituatie}: `beleid` voor de richting van de opvang (een beleid met
 * een grondslag voor de regel situatie, `regels.situatie.grondslag`; zonder die grondslag geeft de
 * regel geen richting) en `uitgeslotenStatussen` (een grondslag met zo'n status geeft geen
 * richting). Standaard het ingebouwde beleid van de regio in de invoer.
 */
export type SituatieOpties = Regelopties;

/**
 * De uitkomsten van {@link classificeerSituatie}; `'aanvullen'` alleen bij een niet-conventionele
 * woonplek waarvan niet is opgegeven of er een dak boven het hoofd is.
 */
export type SituatieUitkomst = 'dakloos' | 'thuisloos' | 'dreigend-dakloos' | 'gehuisvest' | 'aanvullen';

/**
 * Een route naar dakloosheid van de RVS (visie MO IJssel-Vecht §2.3): 1 verlies van huisvesting
 * na een ingrijpende gebeurtenis, 2 geen onderdak na het verlaten van een instelling,
 * 3 huisuitzetting, 4 remigratie.
 */
export type Route = 1 | 2 | 3 | 4;

/** Een ETHOS Light-categorie (1 openbare ruimte … 6 tijdelijk bij familie of vrienden). */
export type EthosLight = 1 | 2 | 3 | 4 | 5 | 6;

/** Een groep waarvoor de landelijke wet- en regelgeving volgens de visie MO onvoldoende voorziet (§9.2). */
export type Aandachtsgroep = 'arbeidsmigrant' | 'remigrant' | 'bijzondere-gemeente';

export type { KwetsbareGroep } from './kwetsbaar.js';

/**
 * Waar de situatie volgens de visie MO op wijst (§5.3 en §5.4):
 * - `'eigen-gemeente'`: opvang in de eigen gemeente (enkelvoudige problematiek);
 * - `'lokaal-maatwerk'`: zware problematiek, eerst lokaal maatwerk ("Verwijzen naar elders is
 *   echter niet de oplossing"); ook als niet bekend is of de lokale mogelijkheden toereikend zijn;
 * - `'regionale-afstemming'`: zware problematiek, en de invoer zegt dat de lokale mogelijkheden
 *   niet toereikend zijn ("situaties die dermate complex zijn dat lokale mogelijkheden niet
 *   toereikend zijn"); bij enkelvoudige problematiek blijft het `'eigen-gemeente'`;
 * - `'onbekend'`: de zwaarte van de problematiek is niet opgegeven.
 */
export type Opvangrichting = 'eigen-gemeente' | 'lokaal-maatwerk' | 'regionale-afstemming' | 'onbekend';

/** Het resultaat van {@link classificeerSituatie}. */
export interface SituatieBeoordeling extends Beoordeling<SituatieUitkomst> {
  /** Elke route die de gebeurtenissen tonen, oplopend en zonder dubbele. */
  routes: Route[];
  /** De route van de meest recente gebeurtenis met een datum, de enige route, of `null`. */
  primaireRoute: Route | null;
  /** De ETHOS Light-categorie, of `null` bij een eigen woning. */
  ethosLight: EthosLight | null;
  /** De groepen uit §9.2 die de invoer laat zien, in vaste volgorde. */
  aandachtsgroepen: Aandachtsgroep[];
  /**
   * De kwetsbare groepen (visie MO §3.3 en §7.2) die de invoer laat zien, in vaste volgorde; leeg
   * als er geen zijn, of als het beleid van de beoordeling de visie niet mag citeren (zoals bij
   * `opvang`: alleen onder het beleid van IJssel-Vecht of een beleid dat de visie noemt).
   */
  kwetsbareGroepen: KwetsbareGroep[];
  /**
   * Waar de situatie op wijst; `null` als de cliënt gehuisvest is, of als geen beleid een richting
   * geeft (de richting is regionaal beleid: geef `regio: 'ijssel-vecht'` of een beleid met een
   * grondslag voor de regel situatie).
   */
  opvang: Opvangrichting | null;
}

interface Indeling {
  uitkomst: SituatieUitkomst;
  ethosLight: EthosLight | null;
  tekst: Tweetalig;
  bronnen: readonly Bron[];
  keuzes: readonly string[];
  /** `'onbekend'` als de invoer te weinig zegt om in te delen (dan is de uitkomst `'aanvullen'`). */
  status?: 'onbekend';
}

const ETHOS = (categorie: EthosLight) => `ETHOS Light ${categorie}: "${ETHOS_LIGHT_BRONNEN[categorie].citaat ?? ''}"`;
const B = SITUATIE_BRONNEN;
const K = SITUATIE_KEUZES;

/**
 * De indeling per woonsituatie; het type `Record` laat de compiler bewaken dat er geen ontbreekt.
 * Een tabel van functies, geen `match`: die bouwt bij elke aanroep al zijn takken opnieuw.
 */
const INDELINGEN: Readonly<Record<Woonsituatie, (dak: Feit) => Indeling>> = {
  'openbare-ruimte': () => ({
    uitkomst: 'dakloos',
    ethosLight: 1,
    tekst: {
      nl: `De cliënt leeft in de openbare ruimte. Dat is dakloos: er is geen woning waar hij of zij kan verblijven (${ETHOS(1)}).`,
      en: 'The client lives in public space. That is dakloos (without a roof): there is no dwelling to stay in (ETHOS Light 1).',
    },
    bronnen: [B.dakloos, ETHOS_LIGHT_BRONNEN[1]],
    keuzes: [],
  }),
  nachtopvang: () => ({
    uitkomst: 'dakloos',
    ethosLight: 2,
    tekst: {
      nl: `De cliënt slaapt in de nachtopvang. Dat is dakloos: er is geen woning waar hij of zij kan verblijven (${ETHOS(2)}).`,
      en: 'The client sleeps in a night shelter. That is dakloos in the sense of the visie: there is no dwelling to stay in (ETHOS Light 2).',
    },
    bronnen: [B.dakloos, ETHOS_LIGHT_BRONNEN[2]],
    keuzes: [K.opvangDakloos],
  }),
  opvangvoorziening: () => ({
    uitkomst: 'dakloos',
    ethosLight: 3,
    tekst: {
      nl: `De cliënt verblijft in een opvangvoorziening. Dat is dakloos: er is geen woning (meer) waar hij of zij kan verblijven (${ETHOS(3)}).`,
      en: 'The client stays in a shelter facility. That is dakloos in the sense of the visie: there is no dwelling (any more) to stay in (ETHOS Light 3).',
    },
    bronnen: [B.dakloos, ETHOS_LIGHT_BRONNEN[3]],
    keuzes: [K.opvangDakloos],
  }),
  'instelling-zonder-woning': () => ({
    uitkomst: 'dreigend-dakloos',
    ethosLight: 4,
    tekst: {
      nl: `De cliënt verlaat een instelling zonder woning. Dat is dreigend dakloos: nu is er nog een dak, straks geen woning (${ETHOS(4)}).`,
      en: 'The client is leaving an institution without a dwelling. That is at risk of homelessness: there is a roof now, but soon no dwelling (ETHOS Light 4).',
    },
    bronnen: [B.route2, ETHOS_LIGHT_BRONNEN[4]],
    keuzes: [K.instellingDreigend],
  }),
  // Begrippen: dakloos is "letterlijk geen dak boven het hoofd", thuisloos "(nog) wel een dak boven
  // hun hoofd, maar niet een eigen woonruimte". Welke van de twee, zegt de invoer; nooit geraden.
  'niet-conventioneel': (dak) =>
    match(dak)
      .returnType<Indeling>()
      .with(false, () => ({
        uitkomst: 'dakloos',
        ethosLight: 5,
        tekst: {
          nl: `De cliënt verblijft bij gebrek aan woonruimte in een caravan, tent, auto of kraakpand, en heeft daar letterlijk geen dak boven het hoofd. Dat is dakloos (${ETHOS(5)}).`,
          en: 'The client stays in a caravan, tent, car or squat for lack of housing, and literally has no roof over their head there. That is dakloos (without a roof) (ETHOS Light 5).',
        },
        bronnen: [B.dakloos, ETHOS_LIGHT_BRONNEN[5]],
        keuzes: [K.nietConventioneel],
      }))
      .with(true, () => ({
        uitkomst: 'thuisloos',
        ethosLight: 5,
        tekst: {
          nl: `De cliënt verblijft bij gebrek aan woonruimte in een caravan, tent, auto of kraakpand, en heeft daar wel een dak boven het hoofd. Dat is thuisloos: wel een dak, maar geen eigen woonruimte (${ETHOS(5)}).`,
          en: 'The client stays in a caravan, tent, car or squat for lack of housing, and has a roof over their head there. That is thuisloos (without a home of their own): a roof, but no dwelling of their own (ETHOS Light 5).',
        },
        bronnen: [B.thuisloosOmschrijving, ETHOS_LIGHT_BRONNEN[5]],
        keuzes: [K.nietConventioneel],
      }))
      .with('onbekend', () => ({
        uitkomst: 'aanvullen',
        ethosLight: 5,
        status: 'onbekend',
        tekst: {
          nl: `De cliënt verblijft bij gebrek aan woonruimte in een caravan, tent, auto of kraakpand (${ETHOS(5)}). Niet bekend is of de cliënt daar letterlijk een dak boven het hoofd heeft. Zonder dak is dat dakloos, met een dak thuisloos. Geef op of er een dak boven het hoofd is.`,
          en: 'The client stays in a caravan, tent, car or squat for lack of housing (ETHOS Light 5). It is not known whether the client literally has a roof over their head there. Without a roof that is dakloos (without a roof), with a roof thuisloos (without a home of their own). Give whether there is a roof over the head.',
        },
        bronnen: [B.dakloos, B.thuisloosOmschrijving, ETHOS_LIGHT_BRONNEN[5]],
        keuzes: [K.nietConventioneel],
      }))
      .exhaustive(),
  'familie-of-vrienden': () => ({
    uitkomst: 'thuisloos',
    ethosLight: 6,
    tekst: {
      nl: `De cliënt verblijft tijdelijk bij familie of vrienden. Dat is thuisloos: wel een dak boven het hoofd, maar geen eigen woonruimte ("bankhoppers"; ${ETHOS(6)}).`,
      en: 'The client stays temporarily with family or friends. That is thuisloos (without a home of their own): a roof, but no dwelling of their own ("bankhoppers" (sofa surfers); ETHOS Light 6).',
    },
    bronnen: [B.thuisloos, ETHOS_LIGHT_BRONNEN[6]],
    keuzes: [],
  }),
  'eigen-woning-dreigend-verlies': () => ({
    uitkomst: 'dreigend-dakloos',
    ethosLight: null,
    tekst: {
      nl: 'De cliënt heeft een eigen woning die verloren dreigt te gaan. Dat is dreigend dakloos (geen ETHOS Light-categorie).',
      en: 'The client has a dwelling that may be lost. That is at risk of homelessness (no ETHOS Light category).',
    },
    bronnen: [B.dakloos],
    keuzes: [K.verliesDreigend],
  }),
  'eigen-woning': () => ({
    uitkomst: 'gehuisvest',
    ethosLight: null,
    tekst: {
      nl: 'De cliënt heeft een eigen woning. Dat is gehuisvest: niet dakloos en niet thuisloos (geen ETHOS Light-categorie).',
      en: 'The client has a dwelling. That is housed: neither dakloos nor thuisloos (no ETHOS Light category).',
    },
    bronnen: [B.dakloos, B.thuisloos],
    keuzes: [],
  }),
};
function deelIn(woonsituatie: Woonsituatie, dak: Feit): Indeling {
  return INDELINGEN[woonsituatie](dak);
}

/**
 * De RVS-route van een gebeurtenis (visie MO §2.3); het type `Record` bewaakt dat elke soort een
 * route heeft. Een tabel, geen `match`: die bouwt bij elke aanroep zijn takken opnieuw.
 */
const ROUTE_VAN: Readonly<Record<Gebeurtenissoort, Route>> = {
  relatiebreuk: 1,
  baanverlies: 1,
  'overlijden-naaste': 1,
  'financiele-terugval': 1,
  'einde-werkgebonden-huisvesting': 1,
  'uitstroom-instelling': 2,
  huisuitzetting: 3,
  'terugkeer-uit-buitenland': 4,
};
function routeVan(soort: Gebeurtenissoort): Route {
  return ROUTE_VAN[soort];
}

/** De gebeurtenissen die wij tot route 1 rekenen maar die de visie niet als voorbeeld noemt. */
const ROUTE_1_ZONDER_VOORBEELD: ReadonlySet<Gebeurtenissoort> = new Set<Gebeurtenissoort>(['overlijden-naaste', 'financiele-terugval', 'einde-werkgebonden-huisvesting']);

const ROUTENAMEN: Readonly<Record<Route, Tweetalig>> = {
  1: { nl: 'verlies van huisvesting na een ingrijpende gebeurtenis', en: 'loss of housing after a drastic life event' },
  2: { nl: 'geen onderdak na het verlaten van een instelling', en: 'no housing after leaving an institution' },
  3: { nl: 'huisuitzetting', en: 'eviction' },
  4: { nl: 'remigratie', en: 'remigration' },
};

const ROUTEBRONNEN: Readonly<Record<Route, Bron>> = { 1: B.route1, 2: B.route2, 3: B.route3, 4: B.route4 };

/** Gebeurtenissen in woorden, voor de brief. */
const GEBEURTENISNAMEN: Readonly<Record<Gebeurtenissoort, Tweetalig>> = {
  relatiebreuk: { nl: 'een relatiebreuk', en: 'a relationship breakdown' },
  baanverlies: { nl: 'het verlies van werk', en: 'job loss' },
  'overlijden-naaste': { nl: 'het overlijden van een naaste', en: 'the death of someone close' },
  'financiele-terugval': { nl: 'een financiële terugval', en: 'a financial setback' },
  'einde-werkgebonden-huisvesting': { nl: 'het einde van huisvesting bij het werk', en: 'the end of work-related housing' },
  'uitstroom-instelling': { nl: 'het verlaten van een instelling', en: 'leaving an institution' },
  huisuitzetting: { nl: 'een huisuitzetting', en: 'an eviction' },
  'terugkeer-uit-buitenland': { nl: 'de terugkeer uit het buitenland', en: 'the return from abroad' },
};

const AANDACHTSGROEPEN: readonly Aandachtsgroep[] = ['arbeidsmigrant', 'remigrant', 'bijzondere-gemeente'];
const AANDACHTSGROEPNAMEN: Readonly<Record<Aandachtsgroep, Tweetalig>> = {
  arbeidsmigrant: { nl: 'arbeidsmigrant', en: 'labour migrant' },
  remigrant: { nl: 'remigrant', en: 'remigrant' },
  'bijzondere-gemeente': { nl: 'afkomstig uit een bijzondere gemeente (Bonaire, Sint Eustatius of Saba)', en: 'from a special municipality (Bonaire, Sint Eustatius or Saba)' },
};
const VOORBEELDGROEPEN: Readonly<Partial<Record<Doelgroep, Tweetalig>>> = {
  'economisch-dakloos': { nl: 'economisch daklozen', en: 'the economically homeless' },
  scheiding: { nl: 'mensen die in scheiding liggen of gescheiden zijn', en: 'people who are separating or separated' },
  'met-kinderen': { nl: 'gezinnen en alleenstaanden met kinderen', en: 'families and single parents with children' },
  'jongere-niet-meer-thuis': { nl: 'jongeren (18 tot 25 jaar) die niet meer thuis kunnen wonen', en: 'young people (18 to 25) who can no longer live at home' },
};

/**
 * Deelt een situatie in (visie MO IJssel-Vecht, Begrippen, §2.3, §3.3, §5.2, §5.3, §5.4, §7.2 en
 * §9.2; ETHOS Light):
 *
 * - de uitkomst en `ethosLight` volgen uit de `woonsituatie` (criterium `situatie.woonsituatie`);
 *   bij `'niet-conventioneel'` beslist `dakBovenHetHoofd`: `false` dakloos ("letterlijk geen dak
 *   boven het hoofd"), `true` thuisloos ("(nog) wel een dak boven hun hoofd"); zonder dat feit
 *   deelt de regel niet in: uitkomst `'aanvullen'` met `ontbrekendeGegevens: ['dakBovenHetHoofd']`;
 * - `routes`: elke RVS-route die de gebeurtenissen tonen, oplopend; `primaireRoute`: de route van
 *   de meest recente gebeurtenis met een datum, of de enige route, anders `null` (de grond
 *   `situatie.route` vraagt dan om datums);
 * - `aandachtsgroepen` (signaal `situatie.aandachtsgroep`): arbeidsmigrant, remigrant (ook uit
 *   `terugkeer-uit-buitenland`) of uit een bijzondere gemeente, waarvoor de landelijke regels
 *   onvoldoende voorzien;
 * - `opvang` (signaal `situatie.opvang`): de richting van de opvang, alleen onder een beleid dat
 *   een grondslag voor de regel situatie geeft: het ingebouwde beleid van de `regio` (alleen
 *   `'ijssel-vecht'`, waarvan de visie MO op 22 juni 2023 is vastgesteld), of `opties.beleid`.
 *   Dan: `'eigen-gemeente'` bij enkelvoudige problematiek, ook als `lokaleMogelijkhedenToereikend`
 *   `false` is; bij zware eerst `'lokaal-maatwerk'` (ook als `lokaleMogelijkhedenToereikend`
 *   onbekend is: dan met die vraag), en `'regionale-afstemming'` precies bij zware problematiek
 *   met `lokaleMogelijkhedenToereikend` `false`; `'onbekend'` als `problematiek` niet is opgegeven
 *   (nooit geraden); `null` bij gehuisvest. Zonder zo'n beleid is `opvang` `null` en is er geen
 *   grond `situatie.opvang`: de richting van IJssel-Vecht wordt niet geleend (SPEC §2.9);
 * - `kwetsbareGroepen` (signaal `situatie.kwetsbare-groep`): kinderen (bij `'met-kinderen'`),
 *   jongeren (`'jongere'`, `'jongere-niet-meer-thuis'`), vrouwen en LHBTIQ+'ers uit de
 *   `doelgroepen`, alleen onder een beleid dat de visie mag citeren (zoals de richting).
 *
 * De signalen veranderen de indeling niet. De indeling zelf (woonsituatie, ETHOS Light, routes)
 * is landelijk en hangt niet van een datum of beleid af: `peildatum` is `null`, `beleid` is het
 * beleid van de richting (of `null`), en `ontbrekendeGegevens` is leeg behalve bij een
 * niet-conventionele plek zonder opgave van een dak.
 *
 * @param invoer - zie {@link SituatieInvoer}; `regio` kiest het ingebouwde beleid van de richting
 * @param opties - `beleid`: een eigen beleid met `regels.situatie.grondslag` (gaat voor `regio`);
 *   `uitgeslotenStatussen`: een grondslag met zo'n status geeft geen richting
 * @returns de beoordeling met `routes`, `primaireRoute`, `ethosLight`, `aandachtsgroepen` en `opvang`
 * @throws {OngeldigeInvoerFout} bij een onbekende woonsituatie, gebeurtenis, doelgroep of regio,
 *   een onbestaande datum, een feit dat geen `true`, `false` of `'onbekend'` is, of gebeurtenissen
 *   die geen lijst zijn; `fouten[].pad` noemt het veld
 * @example
 * const beoordeling = classificeerSituatie({
 *   woonsituatie: 'familie-of-vrienden',
 *   gebeurtenissen: [
 *     { soort: 'relatiebreuk', datum: '2025-11-02' },
 *     { soort: 'huisuitzetting', datum: '2026-03-12' },
 *   ],
 *   problematiek: 'enkelvoudig',
 *   regio: 'ijssel-vecht',
 * });
 * beoordeling.uitkomst //=> 'thuisloos'
 * beoordeling.ethosLight //=> 6
 * beoordeling.routes //=> [1, 3]
 * beoordeling.primaireRoute //=> 3
 * beoordeling.opvang //=> 'eigen-gemeente'
 * classificeerSituatie({ woonsituatie: 'openbare-ruimte', problematiek: 'zwaar', regio: 'ijssel-vecht' }).opvang
 * //=> 'lokaal-maatwerk'
 * classificeerSituatie({ woonsituatie: 'openbare-ruimte', problematiek: 'zwaar', lokaleMogelijkhedenToereikend: false, regio: 'ijssel-vecht' }).opvang
 * //=> 'regionale-afstemming'
 * // In Almelo geeft geen beleid deze richting: geen richting, niet die van IJssel-Vecht.
 * classificeerSituatie({ woonsituatie: 'openbare-ruimte', problematiek: 'zwaar', regio: 'almelo' }).opvang
 * //=> null
 * classificeerSituatie({ woonsituatie: 'openbare-ruimte', gebeurtenissen: [{ soort: 'baanverlies' }, { soort: 'uitstroom-instelling' }] }).primaireRoute
 * //=> null
 * classificeerSituatie({ woonsituatie: 'nachtopvang', gebeurtenissen: [{ soort: 'terugkeer-uit-buitenland' }] }).aandachtsgroepen
 * //=> ['remigrant']
 * // Een caravan: de invoer zegt of er een dak boven het hoofd is; anders wordt niet geraden.
 * classificeerSituatie({ woonsituatie: 'niet-conventioneel', dakBovenHetHoofd: true }).uitkomst
 * //=> 'thuisloos'
 * classificeerSituatie({ woonsituatie: 'niet-conventioneel' }).ontbrekendeGegevens
 * //=> ['dakBovenHetHoofd']
 * // Enkelvoudige problemen: de eigen gemeente, ook als de lokale mogelijkheden niet toereikend heten.
 * classificeerSituatie({ woonsituatie: 'openbare-ruimte', problematiek: 'enkelvoudig', lokaleMogelijkhedenToereikend: false, regio: 'ijssel-vecht' }).opvang
 * //=> 'eigen-gemeente'
 * classificeerSituatie({ woonsituatie: 'nachtopvang', doelgroepen: ['vrouw', 'lhbtiq'], regio: 'ijssel-vecht' }).kwetsbareGroepen
 * //=> ['vrouwen', 'lhbtiq']
 */
export function classificeerSituatie(invoer: SituatieInvoer, opties?: SituatieOpties): SituatieBeoordeling {
  // Met een schoon Object.prototype: geen vreemde naam daarop verandert de uitkomst (SPEC §2.8).
  return zonderVervuiling(() => classificeerSituatieOpSchoonPrototype(invoer, opties));
}

function classificeerSituatieOpSchoonPrototype(invoer: SituatieInvoer, opties?: SituatieOpties): SituatieBeoordeling {
  const gevalideerd = valideer(SituatieInvoerSchema, invoer);
  const beleid = beleidVoorRichting(gevalideerd.regio, opties);
  const indeling = deelIn(gevalideerd.woonsituatie, gevalideerd.dakBovenHetHoofd);
  const gehuisvest = indeling.uitkomst === 'gehuisvest';
  const route = bepaalRoutes(gevalideerd.gebeurtenissen, gehuisvest);
  const aandacht = bepaalAandachtsgroepen(gevalideerd);
  // De richting is regionaal beleid: alleen onder een beleid met een grondslag ervoor (SPEC §2.9).
  const opvang = beleid ? bepaalOpvang(gevalideerd, gehuisvest, magCiteren(B.voorkeurEigenGemeente, beleid)) : { richting: null, uitslag: null };
  // Ook de kwetsbare groepen zijn woorden van de visie: alleen onder een beleid dat haar mag citeren.
  const kwetsbaar = beleid && magCiteren(B.kwetsbareGroepen, beleid) ? bepaalKwetsbareGroepen(gevalideerd) : { groepen: [], uitslag: null };
  const status = indeling.status ?? 'voldaan';
  const ontbrekend = status === 'onbekend' ? ['dakBovenHetHoofd'] : [];
  const uitslagen = [
    criteriumuitslag('situatie.woonsituatie', status, indeling.tekst, indeling.bronnen, ontbrekend, { keuzes: indeling.keuzes }),
    route.uitslag,
    aandacht.uitslag,
    ...(opvang.uitslag ? [opvang.uitslag] : []),
    ...(kwetsbaar.uitslag ? [kwetsbaar.uitslag] : []),
  ];
  // Een eigen combinatie: de woonsituatie beslist; alleen als zij niet indeelt (een niet-conventionele
  // plek zonder opgave van een dak) is de uitkomst "aanvullen". Een onbekende route of richting niet.
  return metVelden(maakBeoordeling(SITUATIE, { peildatum: null, beleid }, uitslagen, indeling.uitkomst, ontbrekend), {
    routes: route.routes,
    primaireRoute: route.primair,
    ethosLight: indeling.ethosLight,
    aandachtsgroepen: aandacht.groepen,
    kwetsbareGroepen: kwetsbaar.groepen,
    opvang: opvang.richting,
  });
}

/**
 * Het beleid dat de richting van de opvang geeft, of `null`: het meegegeven beleid, anders het
 * ingebouwde beleid van de opgegeven regio; alleen als het een grondslag voor de regel situatie
 * heeft die niet is uitgesloten. De regio moet bestaan (ingebouwd, of een eigen regio van het
 * meegegeven beleid).
 */
function beleidVoorRichting(regio: string | undefined, opties: unknown): Beleid | null {
  const gelezen = leesOpties(opties);
  const meegegeven = gelezen.beleid === undefined ? null : kiesBeleid(gelezen.beleid);
  if (regio !== undefined) kiesRegio(regio, meegegeven, 'regio');
  const standaard = regio !== undefined && (BELEID_IDS as readonly string[]).includes(regio) ? INGEBOUWD_BELEID[regio as BeleidId] : null;
  // Een meegegeven beleid zonder richting mag de richting van de regio niet stil weghalen: zeg het.
  if (meegegeven && standaard && !regelbeleidVan(meegegeven, 'situatie') && regelbeleidVan(standaard, 'situatie')) {
    throw new OngeldigeInvoerFout([
      {
        pad: 'opties.beleid',
        melding: `beleid '${meegegeven.id}' geeft geen grondslag voor de richting van de opvang (regels.situatie.grondslag), het beleid van regio '${standaard.id}' wel: laat opties.beleid weg voor de richting van die regio, of laat het veld 'regio' weg`,
      },
    ]);
  }
  const beleid = meegegeven ?? standaard;
  const regelbeleid = regelbeleidVan(beleid, 'situatie');
  return regelbeleid && !gelezen.uitgesloten.has(regelbeleid.grondslag.status) ? beleid : null;
}

/**
 * De niet-gooiende vorm van {@link classificeerSituatie}: `{ succes: true, beoordeling }`,
 * of een {@link Mislukking}: `{ succes: false, soort: 'ongeldige-invoer', fouten }` bij onjuiste
 * invoer, of `{ succes: false, soort: 'geen-beleid', fouten, nietInWerking }` als het beleid dat de
 * regel nodig heeft op de peildatum niet in werking is (zie {@link GeenBeleidMislukking}).
 * Gooit alleen bij een programmeerfout.
 *
 * @example
 * const uitslag = classificeerSituatieVeilig({ woonsituatie: 'tent', gebeurtenissen: [{ soort: 'brand', datum: '2026-02-30' }] } as never);
 * uitslag.succes ? [] : [uitslag.soort, ...uitslag.fouten.map((fout) => fout.pad)]
 * //=> ['ongeldige-invoer', 'woonsituatie', 'gebeurtenissen.0.soort', 'gebeurtenissen.0.datum']
 */
export const classificeerSituatieVeilig = /* @__PURE__ */ maakVeilig(classificeerSituatie);

function noemRoutes(routes: readonly Route[], taal: 'nl' | 'en'): string {
  return opsomming(
    routes.map((route) => `${route} (${ROUTENAMEN[route][taal]})`),
    taal === 'nl' ? 'en' : 'and',
  );
}

/** De routes en de primaire route: die van de meest recente gebeurtenis met een datum, of de enige. */
function bepaalRoutes(gebeurtenissen: readonly GevalideerdeGebeurtenis[], gehuisvest: boolean): { routes: Route[]; primair: Route | null; uitslag: Criteriumuitslag } {
  const routes = [...new Set(gebeurtenissen.map((gebeurtenis) => routeVan(gebeurtenis.soort)))].sort((a, b) => a - b);
  const bronnen = [B.routes, ...routes.map((route) => ROUTEBRONNEN[route])];
  const keuzes = [...(routes.length > 1 ? [K.primaireRoute] : []), ...(gebeurtenissen.some((gebeurtenis) => ROUTE_1_ZONDER_VOORBEELD.has(gebeurtenis.soort)) ? [K.route1] : [])];
  const uitslag = (primair: Route | null, status: Status, tekst: Tweetalig) => ({
    routes,
    primair,
    uitslag: criteriumuitslag('situatie.route', status, tekst, bronnen, status === 'onbekend' ? ['gebeurtenissen'] : [], { keuzes }),
  });
  const alle: Tweetalig = { nl: ` Alle routes: ${noemRoutes(routes, 'nl')}.`, en: ` All routes: ${noemRoutes(routes, 'en')}.` };
  if (routes.length === 0) {
    return gehuisvest
      ? uitslag(null, 'niet-van-toepassing', {
          nl: 'De cliënt is gehuisvest en er zijn geen gebeurtenissen opgegeven. Een route naar dakloosheid is niet aan de orde.',
          en: 'The client is housed and no events were given. No route into homelessness applies.',
        })
      : uitslag(null, 'onbekend', {
          nl: 'Er zijn geen gebeurtenissen opgegeven, dus de route naar dakloosheid is niet bekend. Geef op wat er aan de dakloosheid voorafging, met de datum.',
          en: 'No events were given, so the route into homelessness is unknown. Give what preceded the homelessness, with the date.',
        });
  }
  const gedateerd = gebeurtenissen.flatMap(({ soort, datum }) => (datum === undefined ? [] : [{ soort, datum }]));
  if (gedateerd.length > 0) {
    const laatste = gedateerd.reduce((meest, gebeurtenis) => (gebeurtenis.datum > meest ? gebeurtenis.datum : meest), gedateerd[0]!.datum);
    const opLaatste = gedateerd.filter((gebeurtenis) => gebeurtenis.datum === laatste);
    const routesOpLaatste = [...new Set(opLaatste.map((gebeurtenis) => routeVan(gebeurtenis.soort)))].sort((a, b) => a - b);
    const datum = datumInBeideTalen(laatste);
    const zonderDatum: Tweetalig =
      gedateerd.length < gebeurtenissen.length
        ? { nl: ' Gebeurtenissen zonder datum tellen niet mee voor de primaire route.', en: ' Events without a date do not count for the primary route.' }
        : { nl: '', en: '' };
    if (routesOpLaatste.length === 1) {
      const primair = routesOpLaatste[0]!;
      const soorten = [...new Set(opLaatste.map((gebeurtenis) => gebeurtenis.soort))];
      const wat = (taal: 'nl' | 'en') => opsomming(soorten.map((soort) => GEBEURTENISNAMEN[soort][taal]), taal === 'nl' ? 'en' : 'and');
      return uitslag(primair, 'voldaan', {
        nl: `Primaire route ${primair} (${ROUTENAMEN[primair].nl}): de meest recente gebeurtenis met een datum is ${wat('nl')}, op ${datum.nl}.${routes.length > 1 ? alle.nl : ''}${zonderDatum.nl}`,
        en: `Primary route ${primair} (${ROUTENAMEN[primair].en}): the most recent dated event is ${wat('en')}, on ${datum.en}.${routes.length > 1 ? alle.en : ''}${zonderDatum.en}`,
      });
    }
    return uitslag(null, 'onbekend', {
      nl: `Op ${datum.nl}, de meest recente datum, staan gebeurtenissen van routes ${noemRoutes(routesOpLaatste, 'nl')}. De primaire route is daardoor niet te bepalen.${alle.nl}${zonderDatum.nl}`,
      en: `On ${datum.en}, the most recent date, there are events of routes ${noemRoutes(routesOpLaatste, 'en')}. So the primary route cannot be determined.${alle.en}${zonderDatum.en}`,
    });
  }
  if (routes.length === 1) {
    const primair = routes[0]!;
    return uitslag(primair, 'voldaan', {
      nl: `Route ${primair} (${ROUTENAMEN[primair].nl}) is de enige route die de gebeurtenissen tonen.`,
      en: `Route ${primair} (${ROUTENAMEN[primair].en}) is the only route the events show.`,
    });
  }
  return uitslag(null, 'onbekend', {
    nl: `De gebeurtenissen tonen routes ${noemRoutes(routes, 'nl')}, maar geen ervan heeft een datum. Geef de datums op om de primaire route te bepalen: de route van de meest recente gebeurtenis.`,
    en: `The events show routes ${noemRoutes(routes, 'en')}, but none has a date. Give the dates to determine the primary route: that of the most recent event.`,
  });
}

function bepaalAandachtsgroepen(invoer: GevalideerdeSituatieInvoer): { groepen: Aandachtsgroep[]; uitslag: Criteriumuitslag } {
  const uitRoute4 = invoer.gebeurtenissen.some((gebeurtenis) => routeVan(gebeurtenis.soort) === 4);
  const opgegeven = new Set<string>(invoer.doelgroepen);
  const groepen = AANDACHTSGROEPEN.filter((groep) => opgegeven.has(groep) || (groep === 'remigrant' && uitRoute4));
  if (groepen.length === 0) {
    return {
      groepen,
      uitslag: criteriumuitslag(
        'situatie.aandachtsgroep',
        'niet-van-toepassing',
        {
          nl: 'De invoer wijst niet op een arbeidsmigrant, remigrant of iemand uit een bijzondere gemeente. Dat zijn de groepen waarvoor de landelijke regels onvoldoende voorzien.',
          en: 'The input does not show a labour migrant, remigrant or someone from a special municipality. Those are the groups the national rules do not sufficiently provide for.',
        },
        [B.aandachtsgroepen],
      ),
    };
  }
  const afgeleid = uitRoute4 && !opgegeven.has('remigrant');
  const naam = (groep: Aandachtsgroep, taal: 'nl' | 'en') =>
    `${AANDACHTSGROEPNAMEN[groep][taal]}${groep === 'remigrant' && afgeleid ? (taal === 'nl' ? ' (want hij of zij is teruggekeerd uit het buitenland)' : ' (having returned from abroad)') : ''}`;
  return {
    groepen,
    uitslag: criteriumuitslag(
      'situatie.aandachtsgroep',
      'voldaan',
      {
        nl: `De cliënt is ${opsomming(groepen.map((groep) => naam(groep, 'nl')), 'en')}: ${groepen.length > 1 ? 'groepen' : 'een groep'} waarvoor de landelijke wet- en regelgeving volgens de visie MO onvoldoende voorziet. De knelpunten liggen in het landelijke systeem. Dit is een aandachtspunt; het verandert de indeling niet.`,
        en: `The client is ${opsomming(groepen.map((groep) => naam(groep, 'en')), 'and')}: ${groepen.length > 1 ? 'groups' : 'a group'} the national rules do not sufficiently provide for, according to the visie MO. The problems lie in the national system. This is a point of attention; it does not change the classification.`,
      },
      afgeleid ? [B.aandachtsgroepen, B.remigranten] : [B.aandachtsgroepen],
      [],
      { keuzes: afgeleid ? [K.remigrant] : [] },
    ),
  };
}

const LEEG: Tweetalig = { nl: '', en: '' };

/**
 * De richting van de opvang (visie §5.3 en §5.4). `visieCiteerbaar`: of de grond de visie onder het
 * beslissende beleid mag citeren; zo niet (een eigen beleid dat haar niet noemt), dan noemt de
 * toelichting haar voorbeeldgroepen niet als woorden van dat beleid.
 */
function bepaalOpvang(invoer: GevalideerdeSituatieInvoer, gehuisvest: boolean, visieCiteerbaar: boolean): { richting: Opvangrichting | null; uitslag: Criteriumuitslag } {
  const regel = 'situatie.opvang';
  if (gehuisvest) {
    return {
      richting: null,
      uitslag: criteriumuitslag(regel, 'niet-van-toepassing', { nl: 'De cliënt is gehuisvest: de vraag naar opvang speelt niet.', en: 'The client is housed: the question of shelter does not arise.' }, [B.voorkeurEigenGemeente]),
    };
  }
  const toereikend = invoer.lokaleMogelijkhedenToereikend;
  const voorbeelden = [...new Set(invoer.doelgroepen.flatMap((groep) => (Object.hasOwn(VOORBEELDGROEPEN, groep) ? [VOORBEELDGROEPEN[groep]!] : [])))];
  const genoemd: Tweetalig =
    voorbeelden.length > 0 && visieCiteerbaar
      ? {
          nl: ` Het beleid noemt ${opsomming(voorbeelden.map((groep) => groep.nl), 'en')} als voorbeeld van wie in de eigen gemeente opgevangen kan worden.`,
          en: ` The policy names ${opsomming(voorbeelden.map((groep) => groep.en), 'and')} as an example of who can be sheltered in the own municipality.`,
        }
      : LEEG;
  // §5.2 Gezinnen: "Hiermee wordt dan ook de wenselijkheid/noodzaak van opvang in de eigen gemeente onderstreept."
  const gezin: Tweetalig =
    visieCiteerbaar && invoer.doelgroepen.includes('met-kinderen')
      ? { nl: ' Voor gezinnen onderstreept het beleid de opvang in de eigen gemeente.', en: ' For families the policy underlines shelter in the own municipality.' }
      : LEEG;
  const zwaar: Tweetalig = {
    nl: 'Er is sprake van ernstige verslaving of psychiatrie in combinatie met multi-problematiek.',
    en: 'There is severe addiction or psychiatric illness combined with multiple problems.',
  };
  // "Er zijn echter situaties die dermate complex zijn dat lokale mogelijkheden niet toereikend zijn.
  // Regionale afstemming en samenwerking is dan noodzakelijk." Dat staat bij de zwaardere
  // problematiek (§5.4): alleen daar wijst 'niet toereikend' op regionale afstemming.
  const nietToereikendZin: Tweetalig =
    toereikend === false
      ? {
          nl: ' Volgens de opgave zijn de lokale mogelijkheden niet toereikend. De visie noemt regionale afstemming bij situaties die zo complex zijn dat lokale mogelijkheden niet toereikend zijn, en zij doet dat bij de zware problemen. Wij lezen dat als: regionale afstemming alleen bij zware problemen.',
          en: ' According to what was given, local options are not sufficient. The visie names regional coordination for situations so complex that local options are not sufficient, and it does so under severe problems. We read that as: regional coordination only with severe problems.',
        }
      : LEEG;
  const regionaal = toereikend === false ? [K.regionaalBijZwaar] : [];
  return match(invoer.problematiek)
    .returnType<{ richting: Opvangrichting | null; uitslag: Criteriumuitslag }>()
    .with('enkelvoudig', () => ({
      richting: 'eigen-gemeente',
      uitslag: criteriumuitslag(
        regel,
        'voldaan',
        {
          nl: `De cliënt is in grote mate zelfredzaam, met problemen op beperkte levensgebieden. Het beleid wijst dan op opvang in de eigen gemeente, waar netwerk, werk en school blijven.${genoemd.nl}${gezin.nl}${nietToereikendZin.nl}${toereikend === false ? ' Daarom blijft de richting hier de eigen gemeente. Of de cliënt toch regionaal opgevangen moet worden, beslist een mens.' : ''}`,
          en: `The client is largely self-reliant, with problems in few areas of life. The policy then points to shelter in the own municipality, where network, work and school remain.${genoemd.en}${gezin.en}${nietToereikendZin.en}${toereikend === false ? ' So the direction here stays the own municipality. Whether the client should still be sheltered regionally, a person decides.' : ''}`,
        },
        [B.voorkeurEigenGemeente, B.eigenGemeente, ...(gezin.nl ? [B.gezinnen] : []), ...(toereikend === false ? [B.nietToereikend] : [])],
        [],
        { keuzes: regionaal },
      ),
    }))
    .with('zwaar', () =>
      match(toereikend)
        .returnType<{ richting: Opvangrichting; uitslag: Criteriumuitslag }>()
        .with(false, () => ({
          richting: 'regionale-afstemming',
          uitslag: criteriumuitslag(
            regel,
            'voldaan',
            {
              nl: `${zwaar.nl} De lokale mogelijkheden zijn volgens de opgave niet toereikend. Voor zulke situaties noemt het beleid regionale afstemming en samenwerking.`,
              en: `${zwaar.en} According to what was given, local options are not sufficient. For such situations the policy names regional coordination and cooperation.`,
            },
            [B.zwaar, B.nietToereikend],
            [],
            { keuzes: [K.toereikendAlsFeit, K.regionaalBijZwaar] },
          ),
        }))
        .with(true, () => ({
          richting: 'lokaal-maatwerk',
          uitslag: criteriumuitslag(
            regel,
            'voldaan',
            {
              nl: `${zwaar.nl} Verwijzen naar elders is volgens het beleid niet de oplossing: de richting is lokaal maatwerk. De lokale mogelijkheden zijn volgens de opgave toereikend.`,
              en: `${zwaar.en} Referring elsewhere is not the solution according to the policy: the direction is local tailored support. According to what was given, local options are sufficient.`,
            },
            [B.zwaar, B.lokaalMaatwerk],
            [],
            { keuzes: [K.toereikendAlsFeit] },
          ),
        }))
        .with('onbekend', () => ({
          richting: 'lokaal-maatwerk',
          uitslag: criteriumuitslag(
            regel,
            'onbekend',
            {
              nl: `${zwaar.nl} Verwijzen naar elders is volgens het beleid niet de oplossing: eerst lokaal maatwerk. Niet bekend is of de lokale mogelijkheden toereikend zijn. Alleen als ze dat niet zijn, is regionale afstemming nodig. Geef op of de lokale mogelijkheden toereikend zijn.`,
              en: `${zwaar.en} Referring elsewhere is not the solution according to the policy: local tailored support first. It is not known whether local options are sufficient. Only if they are not is regional coordination needed. Give whether local options are sufficient.`,
            },
            [B.zwaar, B.lokaalMaatwerk, B.nietToereikend],
            ['lokaleMogelijkhedenToereikend'],
            { keuzes: [K.toereikendAlsFeit] },
          ),
        }))
        .exhaustive(),
    )
    .with('onbekend', () => ({
      richting: 'onbekend',
      uitslag: criteriumuitslag(
        regel,
        'onbekend',
        {
          nl: `Niet bekend is of de problemen enkelvoudig zijn (in grote mate zelfredzaam) of zwaar (ernstige verslaving of psychiatrie met multi-problematiek). Geef de zwaarte van de problemen op.${genoemd.nl}${voorbeelden.length > 0 ? ' Beslissend is of de cliënt in grote mate zelfredzaam is.' : ''}${nietToereikendZin.nl}${toereikend === false ? ' Of dat zo is, hangt dus ook af van de zwaarte.' : ''}`,
          en: `It is not known whether the problems are single (largely self-reliant) or severe (severe addiction or psychiatric illness with multiple problems). Give the severity of the problems.${genoemd.en}${voorbeelden.length > 0 ? ' What decides is whether the client is largely self-reliant.' : ''}${nietToereikendZin.en}${toereikend === false ? ' Whether that is so therefore also depends on the severity.' : ''}`,
        },
        toereikend === false ? [B.eigenGemeente, B.zwaar, B.nietToereikend] : [B.eigenGemeente, B.zwaar],
        ['problematiek'],
        { keuzes: [...(voorbeelden.length > 0 ? [K.voorbeeldgroep] : []), ...regionaal] },
      ),
    }))
    .exhaustive();
}
