import { geldigOp, beschrijfPerioden } from '../../beleid/gedateerd.js';
import { schrijfDatum } from '../../calculators/datum.js';
import type { Criteriumuitslag } from '../../kern/besluit.js';
import { opsomming, statuszin } from '../../kern/teksten.js';
import { vindGemeente, normaliseerNaam, type Herindeling } from '../../data/gemeenten.js';
import { REGIOS, type Regio } from '../../data/regios.js';
import type { RegioId } from '../../data/regio-ids.js';
import type { Bron, Gemeenteverwijzing } from '../../types/beoordeling.js';
import { BeleidNietInWerkingFout, OngeldigeInvoerFout } from '../../types/fouten.js';

/** De bijzondere gemeenten (openbare lichamen in Caribisch Nederland): geen gemeente met CBS-code. */
export const BIJZONDERE_GEMEENTEN = ['Bonaire', 'Sint Eustatius', 'Saba'] as const;

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
export interface Herkomstvaststelling {
  uitslag: Criteriumuitslag;
  herkomstsoort: Herkomstsoort;
  gemeente: Gemeenteverwijzing | null;
  bijzondereGemeente: BijzondereGemeente | null;
  herindeling: Herindeling | null;
  regio: Regioverwijzing;
}

/** De regio zoals een beoordeling haar noemt: id, naam en de centrumgemeente(n) als tekst. */
export interface Regioverwijzing {
  /** Id van de regio. */
  id: RegioId;
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

const BRON_BIJZONDERE_GEMEENTEN: Bron = {
  document: 'visie-mo-ijssel-vecht',
  onderdeel: '3.4 Overige onderwerpen, voetnoot 3',
  citaat: 'Bonaire, Sint Eustatius en Saba worden bestuurd door een eilandbestuur en de Nederlandse Rijksoverheid. De eilanden zijn bijzondere gemeenten van Nederland.',
};
const BRON_HERINDELINGEN: Bron = { document: 'cbs-gemeenten', onderdeel: 'Gemeentelijke herindelingen 2022-2023' };

/** "regio Almelo (centrumgemeente Almelo)"; bij Twente beide centrumgemeenten. */
function beschrijfRegio(regio: Regio, taal: 'nl' | 'en'): string {
  const namen = regio.centrumgemeenten.map((gemeente) => gemeente.naam);
  if (taal === 'en') return `the ${regio.naam.replace(/^regio /, '')} region (${namen.length > 1 ? 'central municipalities' : 'central municipality'} ${opsomming(namen, 'and')})`;
  return `de ${regio.naam} (${namen.length > 1 ? 'centrumgemeenten' : 'centrumgemeente'} ${opsomming(namen, 'en')})`;
}

function verwijzingNaar(regio: Regio): Regioverwijzing {
  return { id: regio.id, naam: regio.naam, centrumgemeente: opsomming(regio.centrumgemeenten.map((gemeente) => gemeente.naam), 'en') };
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
  invoer: { gemeenteVanHerkomst: string; regio: RegioId; peildatum: string },
  criterium: string,
  pad = 'gemeenteVanHerkomst',
  peildatumPad = 'peildatum',
): Herkomstvaststelling {
  const { peildatum } = invoer;
  const regio = REGIOS[invoer.regio];
  const lidmaatschap = geldigOp(regio.leden, peildatum);
  if (!lidmaatschap) {
    throw new BeleidNietInWerkingFout({ parameter: 'regio.leden', peildatum, beleid: regio.id, pad: peildatumPad, aanvulling: beschrijfPerioden(regio.leden) });
  }
  const datumNl = schrijfDatum(peildatum, 'nl');
  const datumEn = schrijfDatum(peildatum, 'en');
  const regioNl = beschrijfRegio(regio, 'nl');
  const regioEn = beschrijfRegio(regio, 'en');
  const status = { nl: statuszin(lidmaatschap, 'nl'), en: statuszin(lidmaatschap, 'en') };
  const basis = { regio: verwijzingNaar(regio), gemeente: null, bijzondereGemeente: null, herindeling: null };
  const grond = (uitslag: Pick<Criteriumuitslag['grond'], 'status' | 'toelichting' | 'toelichtingEn'>, extraBronnen: Bron[] = [], ontbrekend: string[] = []): Criteriumuitslag => ({
    grond: { regel: criterium, ...uitslag, bronnen: [...lidmaatschap.bronnen, ...extraBronnen] },
    ontbrekend,
  });

  const sleutel = normaliseerNaam(invoer.gemeenteVanHerkomst);
  if (sleutel === 'onbekend') {
    return {
      ...basis,
      herkomstsoort: 'onbekend',
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
  }
  if (sleutel === 'buitenland') {
    return {
      ...basis,
      herkomstsoort: 'buitenland',
      uitslag: grond({
        status: 'niet-voldaan',
        toelichting: `De cliënt komt uit het buitenland en dus niet uit ${regioNl}.`,
        toelichtingEn: `The client comes from abroad and therefore not from ${regioEn}.`,
      }),
    };
  }
  const bijzonder = BIJZONDER_OP_SLEUTEL.get(sleutel);
  if (bijzonder) {
    return {
      ...basis,
      herkomstsoort: 'bijzondere-gemeente',
      bijzondereGemeente: bijzonder,
      uitslag: grond(
        {
          status: 'niet-voldaan',
          toelichting: `${bijzonder} is een bijzondere gemeente (openbaar lichaam in Caribisch Nederland) en hoort bij geen enkele opvangregio, dus ook niet bij ${regioNl}.`,
          toelichtingEn: `${bijzonder} is a special municipality (public body in the Caribbean Netherlands) and belongs to no shelter region, so not to ${regioEn}.`,
        },
        [BRON_BIJZONDERE_GEMEENTEN],
      ),
    };
  }

  const vondst = vindGemeente(invoer.gemeenteVanHerkomst, peildatum);
  if (!vondst.gevonden) throw new OngeldigeInvoerFout([{ pad, melding: vondst.melding }]);
  const { code, naam, herindeling } = vondst.gemeente;
  const hoortErbij = lidmaatschap.waarde.includes(code);
  const herindelingNl = herindeling
    ? `${herindeling.voormaligeGemeente.naam} is op ${schrijfDatum(herindeling.datum, 'nl')} opgegaan in ${naam}. `
    : '';
  const herindelingEn = herindeling
    ? `${herindeling.voormaligeGemeente.naam} merged into ${naam} on ${schrijfDatum(herindeling.datum, 'en')}. `
    : '';
  return {
    ...basis,
    herkomstsoort: 'gemeente',
    gemeente: { code, naam },
    herindeling,
    uitslag: grond(
      {
        status: hoortErbij ? 'voldaan' : 'niet-voldaan',
        toelichting: `${herindelingNl}${naam} (${code}) hoort op ${datumNl} ${hoortErbij ? '' : 'niet '}bij ${regioNl}.${status.nl}`,
        toelichtingEn: `${herindelingEn}${naam} (${code}) ${hoortErbij ? 'belongs' : 'does not belong'} to ${regioEn} on ${datumEn}.${status.en}`,
      },
      herindeling ? [BRON_HERINDELINGEN] : [],
    ),
  };
}
