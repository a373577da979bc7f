import { match } from 'ts-pattern';
import { schrijfDatum } from '../../calculators/datum.js';
import { criteriumuitslag } from '../../kern/feiten.js';
import { opsomming } from '../../kern/teksten.js';
import { valideer } from '../../kern/valideer.js';
import type { Beoordeling, Bron } from '../../types/beoordeling.js';
import type { Status } from '../../types/feit.js';
import { maakVeilig } from '../../types/uitslag.js';
import type { Tweetalig } from '../beschrijving.js';
import { ETHOS_LIGHT_BRONNEN, SITUATIE_BRONNEN } from './beschrijving.js';
import {
  SituatieInvoerSchema,
  type Doelgroep,
  type Gebeurtenissoort,
  type GevalideerdeGebeurtenis,
  type GevalideerdeSituatieInvoer,
  type SituatieInvoer,
  type Woonsituatie,
} from './invoer.js';

/** De uitkomsten van {@link classificeerSituatie}. */
export type SituatieUitkomst = 'dakloos' | 'thuisloos' | 'dreigend-dakloos' | 'gehuisvest';

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

/**
 * Waar de situatie op wijst (visie MO §5.3 en §5.4): opvang in de eigen gemeente, regionale
 * afstemming, of nog onbekend omdat de zwaarte van de problematiek niet is opgegeven.
 */
export type Opvangrichting = 'eigen-gemeente' | 'regionale-afstemming' | 'onbekend';

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
  /** Waar de situatie op wijst; `null` als de cliënt gehuisvest is. */
  opvang: Opvangrichting | null;
}

interface Indeling {
  uitkomst: SituatieUitkomst;
  ethosLight: EthosLight | null;
  tekst: Tweetalig;
  bronnen: readonly Bron[];
}

const ETHOS_NL = (categorie: EthosLight) => `ETHOS Light ${categorie}: '${ETHOS_LIGHT_BRONNEN[categorie].citaat ?? ''}'`;

/** De indeling per woonsituatie (SPEC §4.6); `.exhaustive()` laat de compiler bewaken dat er geen ontbreekt. */
function deelIn(woonsituatie: Woonsituatie): Indeling {
  return match(woonsituatie)
    .returnType<Indeling>()
    .with('openbare-ruimte', () => ({
      uitkomst: 'dakloos',
      ethosLight: 1,
      tekst: { nl: `De cliënt leeft in de openbare ruimte: dakloos, er is geen woning waar hij of zij kan verblijven (${ETHOS_NL(1)}).`, en: 'The client lives in public space: roofless (dakloos), there is no dwelling to stay in (ETHOS Light 1).' },
      bronnen: [SITUATIE_BRONNEN.dakloos, ETHOS_LIGHT_BRONNEN[1]],
    }))
    .with('nachtopvang', () => ({
      uitkomst: 'dakloos',
      ethosLight: 2,
      tekst: { nl: `De cliënt slaapt in de nachtopvang: dakloos, er is geen woning waar hij of zij kan verblijven (${ETHOS_NL(2)}).`, en: 'The client sleeps in a night shelter: roofless (dakloos), there is no dwelling to stay in (ETHOS Light 2).' },
      bronnen: [SITUATIE_BRONNEN.dakloos, ETHOS_LIGHT_BRONNEN[2]],
    }))
    .with('opvangvoorziening', () => ({
      uitkomst: 'dakloos',
      ethosLight: 3,
      tekst: { nl: `De cliënt verblijft in een opvangvoorziening: dakloos, er is geen woning (meer) waar hij of zij kan verblijven (${ETHOS_NL(3)}).`, en: 'The client stays in a shelter facility: roofless (dakloos), there is no dwelling (any more) to stay in (ETHOS Light 3).' },
      bronnen: [SITUATIE_BRONNEN.dakloos, ETHOS_LIGHT_BRONNEN[3]],
    }))
    .with('instelling-zonder-woning', () => ({
      uitkomst: 'dreigend-dakloos',
      ethosLight: 4,
      tekst: {
        nl: `De cliënt verlaat een instelling zonder woning: dreigend dakloos (${ETHOS_NL(4)}).`,
        en: 'The client is leaving an institution without a dwelling: at risk of homelessness (ETHOS Light 4).',
      },
      bronnen: [SITUATIE_BRONNEN.instelling, ETHOS_LIGHT_BRONNEN[4]],
    }))
    .with('niet-conventioneel', () => ({
      uitkomst: 'dakloos',
      ethosLight: 5,
      tekst: {
        nl: `De cliënt verblijft bij gebrek aan woonruimte in een niet-conventionele woonplek (caravan, tent, auto of kraakpand): dakloos (${ETHOS_NL(5)}). Dit is een interpretatie: de bron noemt dakloos "er is geen woning (meer) waar de dakloze kan verblijven" en thuisloos het verblijf bij familie of vrienden; zo'n woonplek is geen woning, en ook bij een opvangplek met een dak spreekt de SPEC van dakloos.`,
        en: 'The client stays in a non-conventional place (caravan, tent, car or squat) for lack of housing: roofless (dakloos) (ETHOS Light 5). This is an interpretation: the source calls dakloos "no dwelling (any more) to stay in" and thuisloos staying with family or friends; such a place is not a dwelling, and a shelter bed with a roof counts as dakloos too.',
      },
      bronnen: [SITUATIE_BRONNEN.dakloos, SITUATIE_BRONNEN.thuisloos, ETHOS_LIGHT_BRONNEN[5]],
    }))
    .with('familie-of-vrienden', () => ({
      uitkomst: 'thuisloos',
      ethosLight: 6,
      tekst: {
        nl: `De cliënt verblijft tijdelijk bij familie of vrienden: thuisloos, wel een dak boven het hoofd maar geen eigen woonruimte ("bankhoppers"; ${ETHOS_NL(6)}).`,
        en: 'The client stays temporarily with family or friends: houseless (thuisloos), a roof but no dwelling of their own ("sofa surfers"; ETHOS Light 6).',
      },
      bronnen: [SITUATIE_BRONNEN.thuisloos, ETHOS_LIGHT_BRONNEN[6]],
    }))
    .with('eigen-woning-dreigend-verlies', () => ({
      uitkomst: 'dreigend-dakloos',
      ethosLight: null,
      tekst: { nl: 'De cliënt heeft een eigen woning die verloren dreigt te gaan: dreigend dakloos (geen ETHOS Light-categorie).', en: 'The client has a dwelling that may be lost: at risk of homelessness (no ETHOS Light category).' },
      bronnen: [SITUATIE_BRONNEN.dreigend],
    }))
    .with('eigen-woning', () => ({
      uitkomst: 'gehuisvest',
      ethosLight: null,
      tekst: { nl: 'De cliënt heeft een eigen woning: gehuisvest (geen ETHOS Light-categorie).', en: 'The client has a dwelling: housed (no ETHOS Light category).' },
      bronnen: [SITUATIE_BRONNEN.dakloos, SITUATIE_BRONNEN.thuisloos],
    }))
    .exhaustive();
}

/** De RVS-route van een gebeurtenis (SPEC §4.6); `.exhaustive()` bewaakt dat elke soort een route heeft. */
function routeVan(soort: Gebeurtenissoort): Route {
  return match(soort)
    .returnType<Route>()
    .with('relatiebreuk', 'baanverlies', 'overlijden-naaste', 'financiele-terugval', 'einde-werkgebonden-huisvesting', () => 1)
    .with('uitstroom-instelling', () => 2)
    .with('huisuitzetting', () => 3)
    .with('terugkeer-uit-buitenland', () => 4)
    .exhaustive();
}

const ROUTENAMEN: Readonly<Record<Route, Tweetalig>> = {
  1: { nl: 'verlies van huisvesting na een ingrijpende gebeurtenis', en: 'loss of housing after a drastic life event' },
  2: { nl: 'geen onderdak na het verlaten van een instelling', en: 'no housing after leaving an institution' },
  3: { nl: 'huisuitzetting', en: 'eviction' },
  4: { nl: 'remigratie', en: 'remigration' },
};

const AANDACHTSGROEPEN: readonly Aandachtsgroep[] = ['arbeidsmigrant', 'remigrant', 'bijzondere-gemeente'];
const AANDACHTSGROEPNAMEN: Readonly<Record<Aandachtsgroep, Tweetalig>> = {
  arbeidsmigrant: { nl: 'arbeidsmigrant', en: 'labour migrant' },
  remigrant: { nl: 'remigrant', en: 'remigrant' },
  'bijzondere-gemeente': { nl: 'afkomstig uit een bijzondere gemeente (Bonaire, Sint Eustatius of Saba)', en: 'from a special municipality (Bonaire, Sint Eustatius or Saba)' },
};
const VOORBEELDGROEPEN: Readonly<Partial<Record<Doelgroep, Tweetalig>>> = {
  'economisch-dakloos': { nl: 'economisch dakloos', en: 'economically homeless' },
  scheiding: { nl: 'in scheiding of gescheiden', en: 'separating or separated' },
  'met-kinderen': { nl: 'gezin of alleenstaande met kinderen', en: 'family or single parent with children' },
  'jongere-niet-meer-thuis': { nl: 'jongere (18 tot 25 jaar) die niet meer thuis kan wonen', en: 'young person (18 to 25) who can no longer live at home' },
};

/**
 * Deelt een situatie in (SPEC §4.6; visie MO IJssel-Vecht, Begrippen, §2.3, §5.3, §5.4 en §9.2;
 * ETHOS Light):
 *
 * - de uitkomst en `ethosLight` volgen uit de `woonsituatie`;
 * - `routes`: elke RVS-route die de gebeurtenissen tonen, oplopend; `primaireRoute`: de route van
 *   de meest recente gebeurtenis met een datum, of de enige route, anders `null` (de grond
 *   `situatie.route` vraagt dan om datums);
 * - `aandachtsgroepen`: arbeidsmigrant, remigrant (ook uit `terugkeer-uit-buitenland`) of uit
 *   een bijzondere gemeente, waarvoor de landelijke regels onvoldoende voorzien;
 * - `opvang`: `'eigen-gemeente'` bij enkelvoudige problematiek, `'regionale-afstemming'` bij
 *   zware, `'onbekend'` als `problematiek` niet is opgegeven (nooit geraden); `null` bij gehuisvest.
 *
 * De regel hangt niet van een datum of beleid af: `peildatum` en `beleid` zijn `null`.
 *
 * @param invoer - zie {@link SituatieInvoer}
 * @returns de beoordeling met `routes`, `primaireRoute`, `ethosLight`, `aandachtsgroepen` en `opvang`
 * @throws {OngeldigeInvoerFout} bij een onbekende woonsituatie, gebeurtenis of doelgroep, een
 *   onbestaande datum of gebeurtenissen die geen lijst zijn; `fouten[].pad` noemt het veld
 * @example
 * const beoordeling = classificeerSituatie({
 *   woonsituatie: 'familie-of-vrienden',
 *   gebeurtenissen: [
 *     { soort: 'relatiebreuk', datum: '2025-11-02' },
 *     { soort: 'huisuitzetting', datum: '2026-03-12' },
 *   ],
 *   problematiek: 'enkelvoudig',
 * });
 * beoordeling.uitkomst //=> 'thuisloos'
 * beoordeling.ethosLight //=> 6
 * beoordeling.routes //=> [1, 3]
 * beoordeling.primaireRoute //=> 3
 * beoordeling.opvang //=> 'eigen-gemeente'
 * classificeerSituatie({ woonsituatie: 'openbare-ruimte', gebeurtenissen: [{ soort: 'baanverlies' }, { soort: 'uitstroom-instelling' }] }).primaireRoute
 * //=> null
 * classificeerSituatie({ woonsituatie: 'nachtopvang', gebeurtenissen: [{ soort: 'terugkeer-uit-buitenland' }] }).aandachtsgroepen
 * //=> ['remigrant']
 */
export function classificeerSituatie(invoer: SituatieInvoer): SituatieBeoordeling {
  const gevalideerd = valideer(SituatieInvoerSchema, invoer);
  const indeling = deelIn(gevalideerd.woonsituatie);
  const gehuisvest = indeling.uitkomst === 'gehuisvest';
  const route = bepaalRoutes(gevalideerd.gebeurtenissen, gehuisvest);
  const aandacht = bepaalAandachtsgroepen(gevalideerd);
  const opvang = bepaalOpvang(gevalideerd, gehuisvest);
  return {
    regel: 'situatie',
    uitkomst: indeling.uitkomst,
    gronden: [
      criteriumuitslag('situatie.woonsituatie', 'voldaan', indeling.tekst, indeling.bronnen).grond,
      criteriumuitslag('situatie.route', route.status, route.tekst, [SITUATIE_BRONNEN.routes, SITUATIE_BRONNEN.rvs]).grond,
      criteriumuitslag('situatie.aandachtsgroep', aandacht.groepen.length > 0 ? 'voldaan' : 'niet-van-toepassing', aandacht.tekst, [SITUATIE_BRONNEN.aandachtsgroepen]).grond,
      criteriumuitslag('situatie.opvang', opvang.status, opvang.tekst, [SITUATIE_BRONNEN.eigenGemeente, SITUATIE_BRONNEN.zwaar]).grond,
    ],
    ontbrekendeGegevens: [],
    peildatum: null,
    beleid: null,
    routes: route.routes,
    primaireRoute: route.primair,
    ethosLight: indeling.ethosLight,
    aandachtsgroepen: aandacht.groepen,
    opvang: opvang.richting,
  };
}

/**
 * De niet-gooiende vorm van {@link classificeerSituatie}: `{ succes: true, beoordeling }` of,
 * bij onjuiste invoer, `{ succes: false, fouten }`.
 *
 * @example
 * const uitslag = classificeerSituatieVeilig({ woonsituatie: 'tent', gebeurtenissen: [{ soort: 'brand', datum: '2026-02-30' }] } as never);
 * uitslag.succes ? [] : uitslag.fouten.map((fout) => fout.pad)
 * //=> ['woonsituatie', 'gebeurtenissen.0.soort', 'gebeurtenissen.0.datum']
 */
export const classificeerSituatieVeilig = /* @__PURE__ */ maakVeilig(classificeerSituatie);

interface Routebepaling {
  routes: Route[];
  primair: Route | null;
  status: Status;
  tekst: Tweetalig;
}

function noemRoutes(routes: readonly Route[], taal: 'nl' | 'en'): string {
  return opsomming(
    routes.map((route) => `${route} (${ROUTENAMEN[route][taal]})`),
    taal === 'nl' ? 'en' : 'and',
  );
}

/** De routes en de primaire route: die van de meest recente gebeurtenis met een datum, of de enige. */
function bepaalRoutes(gebeurtenissen: readonly GevalideerdeGebeurtenis[], gehuisvest: boolean): Routebepaling {
  const routes = [...new Set(gebeurtenissen.map((gebeurtenis) => routeVan(gebeurtenis.soort)))].sort((a, b) => a - b);
  const alle: Tweetalig = { nl: ` Alle routes: ${noemRoutes(routes, 'nl')}.`, en: ` All routes: ${noemRoutes(routes, 'en')}.` };
  if (routes.length === 0) {
    return gehuisvest
      ? {
          routes,
          primair: null,
          status: 'niet-van-toepassing',
          tekst: { nl: 'De cliënt is gehuisvest en er zijn geen gebeurtenissen opgegeven: een route naar dakloosheid is niet aan de orde.', en: 'The client is housed and no events were given: no route into homelessness applies.' },
        }
      : {
          routes,
          primair: null,
          status: 'onbekend',
          tekst: {
            nl: 'Er zijn geen gebeurtenissen opgegeven, dus de route naar dakloosheid is niet bekend; geef de gebeurtenissen op (soort en datum).',
            en: 'No events were given, so the route into homelessness is unknown; give the events (kind and date).',
          },
        };
  }
  const gedateerd = gebeurtenissen.flatMap(({ soort, datum }) => (datum === undefined ? [] : [{ soort, datum }]));
  if (gedateerd.length > 0) {
    const laatste = gedateerd.reduce((meest, gebeurtenis) => (gebeurtenis.datum > meest ? gebeurtenis.datum : meest), gedateerd[0]!.datum);
    const opLaatste = gedateerd.filter((gebeurtenis) => gebeurtenis.datum === laatste);
    const routesOpLaatste = [...new Set(opLaatste.map((gebeurtenis) => routeVan(gebeurtenis.soort)))].sort((a, b) => a - b);
    const datum = { nl: schrijfDatum(laatste, 'nl'), en: schrijfDatum(laatste, 'en') };
    const zonderDatum: Tweetalig =
      gedateerd.length < gebeurtenissen.length
        ? { nl: ' Gebeurtenissen zonder datum tellen niet mee voor de primaire route.', en: ' Events without a date do not count for the primary route.' }
        : { nl: '', en: '' };
    if (routesOpLaatste.length === 1) {
      const primair = routesOpLaatste[0]!;
      const soorten = opsomming([...new Set(opLaatste.map((gebeurtenis) => `'${gebeurtenis.soort}'`))], 'en');
      return {
        routes,
        primair,
        status: 'voldaan',
        tekst: {
          nl: `Primaire route ${primair} (${ROUTENAMEN[primair].nl}): de meest recente gebeurtenis met een datum is ${soorten} op ${datum.nl}.${routes.length > 1 ? alle.nl : ''}${zonderDatum.nl}`,
          en: `Primary route ${primair} (${ROUTENAMEN[primair].en}): the most recent dated event is ${soorten} on ${datum.en}.${routes.length > 1 ? alle.en : ''}${zonderDatum.en}`,
        },
      };
    }
    return {
      routes,
      primair: null,
      status: 'onbekend',
      tekst: {
        nl: `Op ${datum.nl}, de meest recente datum, staan gebeurtenissen van routes ${noemRoutes(routesOpLaatste, 'nl')}; de primaire route is daardoor niet te bepalen.${alle.nl}${zonderDatum.nl}`,
        en: `On ${datum.en}, the most recent date, there are events of routes ${noemRoutes(routesOpLaatste, 'en')}; so the primary route cannot be determined.${alle.en}${zonderDatum.en}`,
      },
    };
  }
  if (routes.length === 1) {
    const primair = routes[0]!;
    return {
      routes,
      primair,
      status: 'voldaan',
      tekst: { nl: `Route ${primair} (${ROUTENAMEN[primair].nl}) is de enige route die de gebeurtenissen tonen.`, en: `Route ${primair} (${ROUTENAMEN[primair].en}) is the only route the events show.` },
    };
  }
  return {
    routes,
    primair: null,
    status: 'onbekend',
    tekst: {
      nl: `De gebeurtenissen tonen routes ${noemRoutes(routes, 'nl')}, maar geen ervan heeft een datum; geef de datums op om de primaire route te bepalen (de route van de meest recente gebeurtenis).`,
      en: `The events show routes ${noemRoutes(routes, 'en')}, but none has a date; give the dates to determine the primary route (that of the most recent event).`,
    },
  };
}

function bepaalAandachtsgroepen(invoer: GevalideerdeSituatieInvoer): { groepen: Aandachtsgroep[]; tekst: Tweetalig } {
  const uitRoute4 = invoer.gebeurtenissen.some((gebeurtenis) => routeVan(gebeurtenis.soort) === 4);
  const opgegeven = new Set<string>(invoer.doelgroepen);
  const groepen = AANDACHTSGROEPEN.filter((groep) => opgegeven.has(groep) || (groep === 'remigrant' && uitRoute4));
  if (groepen.length === 0) {
    return {
      groepen,
      tekst: {
        nl: 'De invoer wijst niet op een arbeidsmigrant, remigrant of iemand uit een bijzondere gemeente, de groepen waarvoor de landelijke regels onvoldoende voorzien.',
        en: 'The input does not show a labour migrant, remigrant or someone from a special municipality, the groups the national rules do not provide for.',
      },
    };
  }
  const naam = (groep: Aandachtsgroep, taal: 'nl' | 'en') =>
    `${AANDACHTSGROEPNAMEN[groep][taal]}${groep === 'remigrant' && uitRoute4 && !opgegeven.has(groep) ? (taal === 'nl' ? " (uit de gebeurtenis 'terugkeer-uit-buitenland')" : " (from the event 'terugkeer-uit-buitenland')") : ''}`;
  return {
    groepen,
    tekst: {
      nl: `De cliënt is ${opsomming(groepen.map((groep) => naam(groep, 'nl')), 'en')}: ${groepen.length > 1 ? 'groepen' : 'een groep'} waarvoor de landelijke wet- en regelgeving volgens de visie MO onvoldoende voorziet. De knelpunten liggen in het landelijke systeem; het is een signaal, geen reden om opvang te weigeren.`,
      en: `The client is ${opsomming(groepen.map((groep) => naam(groep, 'en')), 'and')}: ${groepen.length > 1 ? 'groups' : 'a group'} the national rules do not sufficiently provide for, according to the visie MO. The problems lie in the national system; it is a signal, not a reason to refuse shelter.`,
    },
  };
}

function bepaalOpvang(invoer: GevalideerdeSituatieInvoer, gehuisvest: boolean): { richting: Opvangrichting | null; status: Status; tekst: Tweetalig } {
  if (gehuisvest) {
    return { richting: null, status: 'niet-van-toepassing', tekst: { nl: 'De cliënt is gehuisvest: de vraag naar opvang speelt niet.', en: 'The client is housed: the question of shelter does not arise.' } };
  }
  const voorbeelden = invoer.doelgroepen.flatMap((groep) => VOORBEELDGROEPEN[groep] ?? []);
  const genoemd: Tweetalig =
    voorbeelden.length > 0
      ? {
          nl: ` De visie noemt ${opsomming([...new Set(voorbeelden.map((groep) => groep.nl))], 'en')} als voorbeeld van wie in de eigen gemeente opgevangen kan worden.`,
          en: ` The visie names ${opsomming([...new Set(voorbeelden.map((groep) => groep.en))], 'and')} as an example of who can be sheltered in the own municipality.`,
        }
      : { nl: '', en: '' };
  return match(invoer.problematiek)
    .returnType<{ richting: Opvangrichting | null; status: Status; tekst: Tweetalig }>()
    .with('enkelvoudig', () => ({
      richting: 'eigen-gemeente',
      status: 'voldaan',
      tekst: {
        nl: `De cliënt is in grote mate zelfredzaam met problemen op beperkte levensgebieden: de situatie wijst op opvang in de eigen gemeente, waar netwerk, werk en school blijven.${genoemd.nl}`,
        en: `The client is largely self-reliant with problems in few areas of life: the situation points to shelter in the own municipality, where network, work and school remain.${genoemd.en}`,
      },
    }))
    .with('zwaar', () => ({
      richting: 'regionale-afstemming',
      status: 'voldaan',
      tekst: {
        nl: 'Er is sprake van ernstige verslaving of psychiatrie in combinatie met multi-problematiek: regionale afstemming is nodig, met een afweging of de cliënt met ondersteuning in de wijk kan blijven of elders in de regio wordt opgevangen, en intensieve samenwerking van alle betrokken partijen.',
        en: 'There is severe addiction or psychiatric illness combined with multiple problems: regional coordination is needed, weighing whether the client can stay in the neighbourhood with support or is sheltered elsewhere in the region, with intensive cooperation of all parties involved.',
      },
    }))
    .with('onbekend', () => ({
      richting: 'onbekend',
      status: 'onbekend',
      tekst: {
        nl: `Niet bekend is of de problematiek enkelvoudig is (in grote mate zelfredzaam) of zwaar (ernstige verslaving of psychiatrie met multi-problematiek); geef 'problematiek' op.${genoemd.nl}${voorbeelden.length > 0 ? ' Beslissend is of de cliënt in grote mate zelfredzaam is.' : ''}`,
        en: `It is not known whether the problems are single (largely self-reliant) or severe (severe addiction or psychiatric illness with multiple problems); give 'problematiek'.${genoemd.en}${voorbeelden.length > 0 ? ' What decides is whether the client is largely self-reliant.' : ''}`,
      },
    }))
    .exhaustive();
}
