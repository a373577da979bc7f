import { OngeldigeInvoerFout, BeleidNietInWerkingFout } from '../types/fouten.js';
import type { Beleid } from './beleid.js';
import { defineBeleid, isGecontroleerdBeleid } from './define-beleid.js';
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
    throw new OngeldigeInvoerFout([
      { pad, melding: `onbekend beleid; ingebouwd zijn ${Object.keys(INGEBOUWD_BELEID).map((id) => `'${id}'`).join(', ')}` },
    ]);
  }
  // Alleen dit object zelf telt als gecontroleerd (ingebouwd of uit defineBeleid); een kopie of
  // een object met dezelfde velden wordt opnieuw gecontroleerd.
  if (keuze !== null && typeof keuze === 'object' && (isGecontroleerdBeleid(keuze) || Object.values(INGEBOUWD_BELEID).includes(keuze))) return keuze;
  try {
    return defineBeleid(keuze);
  } catch (fout) {
    if (fout instanceof OngeldigeInvoerFout) {
      throw new OngeldigeInvoerFout(fout.fouten.map((veldfout) => ({ ...veldfout, pad: veldfout.pad ? `${pad}.${veldfout.pad}` : pad })));
    }
    throw fout;
  }
}
