import { OngeldigeInvoerFout, BeleidNietInWerkingFout } from '../types/fouten.js';
import type { Beleid } from './beleid.js';
import { defineBeleid } from './define-beleid.js';
import { BELEID_IDS, isGecontroleerdBeleid, isIngebouwdBeleidId } from './ids.js';
import { beschrijfPerioden, geldigOp, type GedateerdeWaarde } from './gedateerd.js';
import { INGEBOUWD_BELEID, type BeleidId } from './ingebouwd.js';
import type { Parameternaam, Parameterwaarde } from './parameters.js';

/**
 * De waarde van een beleidsparameter die op de peildatum geldt, met status en bronnen; of
 * `undefined` als er op die datum geen waarde in werking is.
 *
 * @param beleid - een ingebouwd of eigen beleid
 * @param parameter - de naam van de parameter
 * @param peildatum - `JJJJ-MM-DD`
 * @example
 * zoekBeleidswaarde(INGEBOUWD_BELEID.almelo, 'versnelfonds.maximumInCenten', '2019-06-01')
 * //=> undefined
 */
export function zoekBeleidswaarde<P extends Parameternaam>(
  beleid: Beleid,
  parameter: P,
  peildatum: string,
): GedateerdeWaarde<Parameterwaarde<P>> | undefined {
  return geldigOp(beleid.parameters[parameter] as readonly GedateerdeWaarde<Parameterwaarde<P>>[] | undefined, peildatum);
}

/**
 * Als {@link zoekBeleidswaarde}, maar een ontbrekende waarde is een
 * {@link BeleidNietInWerkingFout} die parameter, beleid en datum noemt: nooit een stille
 * standaardwaarde.
 *
 * @param beleid - een ingebouwd of eigen beleid
 * @param parameter - de naam van de parameter
 * @param peildatum - `JJJJ-MM-DD`
 * @param pad - het datumveld in de invoer van de regel dat de peildatum gaf (voor `fouten[].pad`)
 * @throws {BeleidNietInWerkingFout} als op de peildatum geen waarde in werking is
 * @example
 * const eigen = defineBeleid({ id: 'eigen', versie: '1', naam: 'Eigen', parameters: {
 *   'versnelfonds.maximumInCenten': [{ vanaf: '2026-01-01', waarde: 50_000, status: 'vastgesteld',
 *     bronnen: [{ document: 'integrale-ketenaanpak-mo', onderdeel: 'Oplossing 5' }] }] } });
 * beleidswaardeOp(eigen, 'versnelfonds.maximumInCenten', '2026-03-01').waarde
 * //=> 50000
 * beleidswaardeOp(eigen, 'versnelfonds.maximumInCenten', '2025-12-31')
 * // gooit: geen waarde voor 'versnelfonds.maximumInCenten' van 'eigen' in werking op 2025-12-31
 */
export function beleidswaardeOp<P extends Parameternaam>(
  beleid: Beleid,
  parameter: P,
  peildatum: string,
  pad = 'peildatum',
): GedateerdeWaarde<Parameterwaarde<P>> {
  const waarde = zoekBeleidswaarde(beleid, parameter, peildatum);
  if (waarde) return waarde;
  throw new BeleidNietInWerkingFout({
    parameter,
    peildatum,
    beleid: beleid.id,
    pad,
    aanvulling: beschrijfPerioden(beleid.parameters[parameter]),
    ingebouwd: isIngebouwdBeleidId(beleid.id),
    perioden: beleid.parameters[parameter] ?? [],
  });
}

/**
 * Het beleid dat een regel gebruikt: een ingebouwd id of een eigen beleid. Een eigen beleid
 * dat niet via {@link defineBeleid} is gemaakt, wordt alsnog gecontroleerd.
 *
 * @internal
 */
export function kiesBeleid(keuze: BeleidId | Beleid, pad = 'opties.beleid'): Beleid {
  if (typeof keuze === 'string') {
    if (Object.prototype.hasOwnProperty.call(INGEBOUWD_BELEID, keuze)) return INGEBOUWD_BELEID[keuze as BeleidId];
    throw onbekendBeleid(pad);
  }
  return gecontroleerdBeleid(keuze, pad);
}

/**
 * Als {@link kiesBeleid}, voor een regel die alleen eigen regio's uit het beleid leest (herkomst):
 * een ingebouwd id geeft `null` (de ingebouwde beleidssets hebben geen eigen regio's), zonder de
 * ingebouwde waarden te laden.
 *
 * @internal
 */
export function kiesEigenBeleid(keuze: BeleidId | Beleid, pad = 'opties.beleid'): Beleid | null {
  if (typeof keuze === 'string') {
    if ((BELEID_IDS as readonly string[]).includes(keuze)) return null;
    throw onbekendBeleid(pad);
  }
  return gecontroleerdBeleid(keuze, pad);
}

function onbekendBeleid(pad: string): OngeldigeInvoerFout {
  return new OngeldigeInvoerFout([{ pad, melding: `onbekend beleid; ingebouwd zijn ${BELEID_IDS.map((id) => `'${id}'`).join(', ')}` }]);
}

/** Dit object zelf als het gecontroleerd is (ingebouwd of uit defineBeleid); anders wordt het nu gecontroleerd, met fouten onder `pad`. */
function gecontroleerdBeleid(keuze: unknown, pad: string): Beleid {
  if (keuze !== null && typeof keuze === 'object' && isGecontroleerdBeleid(keuze)) return keuze as Beleid;
  try {
    return defineBeleid(keuze);
  } catch (fout) {
    if (fout instanceof OngeldigeInvoerFout) {
      throw new OngeldigeInvoerFout(fout.fouten.map((veldfout) => ({ ...veldfout, pad: veldfout.pad ? `${pad}.${veldfout.pad}` : pad })));
    }
    throw fout;
  }
}
