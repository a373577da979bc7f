import { geldigOp, beschrijfPerioden } from '../../beleid/gedateerd.js';
import { schrijfDatum } from '../../calculators/datum.js';
import type { Criteriumuitslag, GebruikteWaarde } from '../../kern/besluit.js';
import { criteriumuitslag } from '../../kern/feiten.js';
import { opsomming } from '../../kern/teksten.js';
import { vindGemeente, normaliseerNaam, type Herindeling } from '../../data/gemeenten.js';
import type { Regio } from '../../data/regios.js';
import type { RegioKeuze } from '../../data/regio-ids.js';
import type { GekozenRegio } from '../../beleid/regio.js';
import { INGEBOUWDE_INDELINGEN } from '../../beleid/ids.js';
import type { Waardestatus } from '../../types/waardestatus.js';
import type { Tweetalig } from '../../types/tweetalig.js';
import type { Bron, Gemeenteverwijzing } from '../../types/beoordeling.js';
import { BeleidNietInWerkingFout, OngeldigeInvoerFout } from '../../types/fouten.js';
import { HERKOMST_BRONNEN } from './beschrijving.js';
import { diepBevroren } from '../../types/bevroren.js';

/** De bijzondere gemeenten (openbare lichamen in Caribisch Nederland): geen gemeente met CBS-code. */
export const BIJZONDERE_GEMEENTEN = /* @__PURE__ */ diepBevroren(['Bonaire', 'Sint Eustatius', 'Saba'] as const);

/** Eén van de {@link BIJZONDERE_GEMEENTEN}. */
export type BijzondereGemeente = (typeof BIJZONDERE_GEMEENTEN)[number];

/**
 * Wat voor herkomst de invoer noemde:
 * - `'gemeente'`: een Nederlandse gemeente (zie `gemeente`);
 * - `'bijzondere-gemeente'`: Bonaire, Sint Eustatius of Saba;
 * - `'buitenland'`: het buitenland;
 * - `'onbekend'`: niet bekend.
 */
export type Herkomstsoort = 'gemeente' | 'bijzondere-gemeente' | 'buitenland' | 'onbekend';

/** Wat de herkomsttoets vaststelt, naast de grond. @internal */
export interface Herkomstvaststelling extends GelezenHerkomst {
  uitslag: Criteriumuitslag;
  regio: Regioverwijzing;
}

/** De regio zoals een beoordeling haar noemt: id, naam en de centrumgemeente(n) als tekst. */
export interface Regioverwijzing {
  /** Id van de regio: ingebouwd, of een eigen regio van het beleid. */
  id: RegioKeuze;
  /** Leesbare naam, bv. `'regio Almelo'`. */
  naam: string;
  /** Naam van de centrumgemeente; bij Twente `'Almelo en Enschede'`. */
  centrumgemeente: string;
}

const BIJZONDER_OP_SLEUTEL: ReadonlyMap<string, BijzondereGemeente> = new Map([
  ['bonaire', 'Bonaire'],
  ['sinteustatius', 'Sint Eustatius'],
  ['steustatius', 'Sint Eustatius'],
  ['saba', 'Saba'],
]);

const INDELING: Tweetalig = /* @__PURE__ */ diepBevroren({ nl: 'de indeling van de regio', en: 'the composition of the region' });

/**
 * Het signaal bij elke uitkomst "van buiten de regio" (SPEC §4.1): van buiten de regio komen is
 * geen reden om eerste opvang te weigeren. Gedeeld door elke regel die herkomst toetst.
 *
 * - `herkomstsoort`: bij herkomst uit het buitenland of een bijzondere gemeente belooft het signaal
 *   geen hulp: of de gemeente waar iemand zich meldt hem moet opvangen, hangt dan van meer af dan
 *   de regio, en dat toetst geen regel hier (audit december 2026, rij 7).
 * - `doel`: bij het versnelfonds zegt het signaal dat de afwijzing over het fonds gaat, niet over
 *   opvang; anders leest de cliënt dat de reden van de afwijzing geen reden is (rij 6).
 *
 * @internal
 */
export function landelijkeToegankelijkheid(herkomstsoort: Herkomstsoort = 'gemeente', doel: 'opvang' | 'versnelfonds' = 'opvang'): Criteriumuitslag {
  const fonds: Tweetalig =
    doel === 'versnelfonds'
      ? { nl: 'Het versnelfonds is alleen voor cliënten uit de regio van het fonds. Dat gaat niet over opvang. ', en: 'The acceleration fund is only for clients from the region of the fund. That is not about shelter. ' }
      : { nl: '', en: '' };
  const opvang: Tweetalig =
    herkomstsoort === 'gemeente'
      ? {
          nl: 'Van buiten de regio komen is geen reden om eerste opvang te weigeren. Wie zich bij een gemeente meldt, krijgt daar hulp. Samen met de cliënt wordt gezocht waar de kans van slagen het grootst is.',
          en: 'Coming from outside the region is no reason to refuse first shelter. Whoever turns to a municipality is helped there. Together with the client, the place where success is most likely is sought.',
        }
      : {
          nl: 'Van buiten de regio komen is op zich geen reden om eerste opvang te weigeren. Bij herkomst uit het buitenland of uit Caribisch Nederland hangt de hulp van meer af dan de regio. Dat toetst deze regel niet.',
          en: 'Coming from outside the region is in itself no reason to refuse first shelter. For someone from abroad or from the Caribbean Netherlands, help depends on more than the region. This rule does not test that.',
        };
  return criteriumuitslag('landelijke-toegankelijkheid', 'voldaan', { nl: fonds.nl + opvang.nl, en: fonds.en + opvang.en }, [HERKOMST_BRONNEN.landelijkeToegankelijkheid]);
}

/**
 * "regio Almelo (centrumgemeente Almelo)"; bij Twente beide centrumgemeenten. Een eigen regio die
 * al naar haar gemeente heet ("gemeente Wierden") krijgt er niet nog eens "(centrumgemeente
 * Wierden)" achter (audit december 2026, rij 30).
 */
function beschrijfRegio(regio: Regio, taal: 'nl' | 'en'): string {
  const namen = regio.centrumgemeenten.map((gemeente) => gemeente.naam);
  if (namen.length === 1 && regio.naam.toLowerCase() === `gemeente ${namen[0]!.toLowerCase()}`) return taal === 'en' ? `the municipality of ${namen[0]}` : `de ${regio.naam}`;
  if (taal === 'en') return `${regioInHetEngels(regio.naam)} (${namen.length > 1 ? 'central municipalities' : 'central municipality'} ${opsomming(namen, 'and')})`;
  return `de ${regio.naam} (${namen.length > 1 ? 'centrumgemeenten' : 'centrumgemeente'} ${opsomming(namen, 'en')})`;
}

/** De teksten van een regio in een grond en een verwijzing. */
interface Regioteksten {
  nl: string;
  en: string;
  centrumgemeente: string;
}

/** Per bevroren (ingebouwde) regio één keer; een eigen regio (uit kiesRegio, niet bevroren) elke keer opnieuw. */
const REGIOTEKSTEN = new WeakMap<Regio, Regioteksten>();
function regioteksten(regio: Regio): Regioteksten {
  let teksten = REGIOTEKSTEN.get(regio);
  if (teksten) return teksten;
  teksten = { nl: beschrijfRegio(regio, 'nl'), en: beschrijfRegio(regio, 'en'), centrumgemeente: centrumgemeenten(regio) };
  if (Object.isFrozen(regio) && Object.isFrozen(regio.centrumgemeenten) && regio.centrumgemeenten.every((gemeente) => Object.isFrozen(gemeente))) REGIOTEKSTEN.set(regio, teksten);
  return teksten;
}

function centrumgemeenten(regio: Regio): string {
  return opsomming(regio.centrumgemeenten.map((gemeente) => gemeente.naam), 'en');
}

/**
 * De naam van een regio in een Engelse zin: "regio Almelo" wordt "the Almelo region"; een eigen
 * naam in een andere vorm ("Centrumregio Utrecht") wordt "the region Centrumregio Utrecht".
 *
 * @internal
 */
export function regioInHetEngels(naam: string): string {
  return /^regio /.test(naam) ? `the ${naam.slice('regio '.length)} region` : `the region ${naam}`;
}

/** De verwijzing naar een regio zoals een beoordeling haar noemt. @internal */
export function verwijzingNaar(regio: Regio): Regioverwijzing {
  return { id: regio.id, naam: regio.naam, centrumgemeente: regioteksten(regio).centrumgemeente };
}

/** Wat de herkomst in de invoer is, los van een regio. @internal */
export interface GelezenHerkomst {
  herkomstsoort: Herkomstsoort;
  gemeente: Gemeenteverwijzing | null;
  bijzondereGemeente: BijzondereGemeente | null;
  herindeling: Herindeling | null;
}

/**
 * Leest `gemeenteVanHerkomst`: `'onbekend'`, `'buitenland'`, een bijzondere gemeente of een
 * gemeente op de peildatum (na een eventuele herindeling).
 *
 * @throws {OngeldigeInvoerFout} bij een onbekende gemeente, met suggestie, op `pad`
 * @internal
 */
export function leesHerkomst(gemeenteVanHerkomst: string, peildatum: string, pad = 'gemeenteVanHerkomst'): GelezenHerkomst {
  const sleutel = normaliseerNaam(gemeenteVanHerkomst);
  if (sleutel === 'onbekend') return { gemeente: null, bijzondereGemeente: null, herindeling: null, herkomstsoort: 'onbekend' };
  if (sleutel === 'buitenland') return { gemeente: null, bijzondereGemeente: null, herindeling: null, herkomstsoort: 'buitenland' };
  const bijzonder = BIJZONDER_OP_SLEUTEL.get(sleutel);
  if (bijzonder) return { gemeente: null, bijzondereGemeente: bijzonder, herindeling: null, herkomstsoort: 'bijzondere-gemeente' };
  const vondst = vindGemeente(gemeenteVanHerkomst, peildatum);
  if (!vondst.gevonden) throw new OngeldigeInvoerFout([{ pad, melding: vondst.melding }]);
  const { code, naam, herindeling } = vondst.gemeente;
  return { herkomstsoort: 'gemeente', gemeente: { code, naam }, bijzondereGemeente: null, herindeling };
}

/**
 * De herkomsttoets: komt iemand met deze herkomst op de peildatum uit de regio? Gedeeld door
 * `bepaalHerkomst` (criterium `herkomst.regio`) en regels die herkomst als criterium hebben.
 *
 * @param criterium - het id van het criterium in de regel die toetst
 * @param pad - het pad van `gemeenteVanHerkomst` in de invoer van die regel
 * @param peildatumPad - het datumveld in de invoer dat de peildatum gaf
 * @internal
 */
export function toetsHerkomst(
  invoer: { gemeenteVanHerkomst: string; regio: GekozenRegio; peildatum: string; uitgesloten: ReadonlySet<Waardestatus>; datum?: Tweetalig },
  criterium: string,
  pad = 'gemeenteVanHerkomst',
  peildatumPad = 'peildatum',
  bronVanCriterium: readonly Bron[] = [],
): Herkomstvaststelling {
  const { peildatum } = invoer;
  const { regio, indelingsbeleid } = invoer.regio;
  const lidmaatschap = geldigOp(regio.leden, peildatum);
  // Een indeling met een uitgesloten status (bv. een geplande regio) telt niet: dan is er geen indeling in werking.
  if (!lidmaatschap || invoer.uitgesloten.has(lidmaatschap.status)) {
    throw new BeleidNietInWerkingFout({
      parameter: 'regio.leden',
      peildatum,
      beleid: regio.id,
      pad: peildatumPad,
      aanvulling: lidmaatschap ? `de indeling die dan geldt heeft status '${lidmaatschap.status}', en die status is uitgesloten` : beschrijfPerioden(regio.leden),
      regio: regio.id,
      ingebouwd: indelingsbeleid === INGEBOUWDE_INDELINGEN,
      perioden: regio.leden,
      uitgeslotenStatus: lidmaatschap?.status ?? null,
    });
  }
  const herkomst = leesHerkomst(invoer.gemeenteVanHerkomst, peildatum, pad);
  // De peildatum in woorden: van de aanroeper als die haar ook schrijft (het versnelfonds).
  // Alleen als eigen veld: een vervuild Object.prototype.datum verandert zo geen tekst (SPEC §2.8).
  const datum = Object.hasOwn(invoer, 'datum') ? invoer.datum : undefined;
  const datumNl = datum ? datum.nl : schrijfDatum(peildatum, 'nl');
  const datumEn = datum ? datum.en : schrijfDatum(peildatum, 'en');
  const teksten = regioteksten(regio);
  const regioNl = teksten.nl;
  const regioEn = teksten.en;
  const basis = { herkomstsoort: herkomst.herkomstsoort, gemeente: herkomst.gemeente, bijzondereGemeente: herkomst.bijzondereGemeente, herindeling: herkomst.herindeling, regio: { id: regio.id, naam: regio.naam, centrumgemeente: teksten.centrumgemeente } };
  // De indeling is een gedateerde waarde als een beleidswaarde: haar bronnen en status volgen haar (SPEC §2.4).
  const indeling: GebruikteWaarde = { parameter: `regio.${regio.id}.leden`, beleid: indelingsbeleid, naam: INDELING, waarde: lidmaatschap };
  // Bij een onbekende herkomst is de indeling niet toegepast: dan citeert de grond haar ook niet.
  const grond = (uitslag: Pick<Criteriumuitslag['grond'], 'status' | 'toelichting' | 'toelichtingEn'>, eigenBronnen: Bron[] = [], ontbrekend: string[] = []): Criteriumuitslag => ({
    grond: { regel: criterium, status: uitslag.status, toelichting: uitslag.toelichting, toelichtingEn: uitslag.toelichtingEn, bronnen: [...bronVanCriterium, ...eigenBronnen] },
    ontbrekend,
    waarden: uitslag.status === 'onbekend' ? [] : [indeling],
  });

  switch (herkomst.herkomstsoort) {
    case 'onbekend':
      return {
        herkomstsoort: basis.herkomstsoort, gemeente: basis.gemeente, bijzondereGemeente: basis.bijzondereGemeente, herindeling: basis.herindeling, regio: basis.regio,
        uitslag: grond(
          {
            status: 'onbekend',
            toelichting: `De gemeente van herkomst is niet bekend; daardoor is niet vast te stellen of de cliënt op ${datumNl} uit ${regioNl} komt.`,
            toelichtingEn: `The municipality of origin is unknown, so it cannot be established whether the client comes from ${regioEn} on ${datumEn}.`,
          },
          [],
          [pad],
        ),
      };
    case 'buitenland':
      return {
        herkomstsoort: basis.herkomstsoort, gemeente: basis.gemeente, bijzondereGemeente: basis.bijzondereGemeente, herindeling: basis.herindeling, regio: basis.regio,
        uitslag: grond({
          status: 'niet-voldaan',
          toelichting: `De cliënt komt uit het buitenland en dus niet uit ${regioNl}.`,
          toelichtingEn: `The client comes from abroad and therefore not from ${regioEn}.`,
        }),
      };
    case 'bijzondere-gemeente': {
      const bijzonder = herkomst.bijzondereGemeente!;
      return {
        herkomstsoort: basis.herkomstsoort, gemeente: basis.gemeente, bijzondereGemeente: basis.bijzondereGemeente, herindeling: basis.herindeling, regio: basis.regio,
        uitslag: grond(
          {
            status: 'niet-voldaan',
            toelichting: `${bijzonder} is een bijzondere gemeente (openbaar lichaam in Caribisch Nederland) en hoort bij geen enkele opvangregio, dus ook niet bij ${regioNl}.`,
            toelichtingEn: `${bijzonder} is a special municipality (public body in the Caribbean Netherlands) and belongs to no shelter region, so not to ${regioEn}.`,
          },
          [HERKOMST_BRONNEN.bijzondereGemeenten],
        ),
      };
    }
    case 'gemeente': {
      const { code, naam } = herkomst.gemeente!;
      const { herindeling } = herkomst;
      const hoortErbij = lidmaatschap.waarde.includes(code);
      const herindelingNl = herindeling ? `${herindeling.voormaligeGemeente.naam} is op ${schrijfDatum(herindeling.datum, 'nl')} opgegaan in ${naam}. ` : '';
      const herindelingEn = herindeling ? `${herindeling.voormaligeGemeente.naam} merged into ${naam} on ${schrijfDatum(herindeling.datum, 'en')}. ` : '';
      return {
        herkomstsoort: basis.herkomstsoort, gemeente: basis.gemeente, bijzondereGemeente: basis.bijzondereGemeente, herindeling: basis.herindeling, regio: basis.regio,
        uitslag: grond(
          {
            status: hoortErbij ? 'voldaan' : 'niet-voldaan',
            toelichting: `${herindelingNl}${naam} (${code}) hoort op ${datumNl} ${hoortErbij ? '' : 'niet '}bij ${regioNl}.`,
            toelichtingEn: `${herindelingEn}${naam} (${code}) ${hoortErbij ? 'belongs' : 'does not belong'} to ${regioEn} on ${datumEn}.`,
          },
          herindeling ? [HERKOMST_BRONNEN.herindelingen] : [],
        ),
      };
    }
  }
}
