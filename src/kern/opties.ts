import type { Beleid } from '../beleid/beleid.js';
import type { BeleidId } from '../beleid/ingebouwd.js';
import { OngeldigeInvoerFout } from '../types/fouten.js';

/** De opties die een regel met beleid aanneemt. */
export interface Regelopties {
  beleid?: BeleidId | Beleid;
}

/**
 * Controleert het tweede argument van een regel: weggelaten, of een object met alleen
 * `beleid`. Het beleid zelf controleert `kiesBeleid`.
 */
export function leesOpties(opties: unknown): Regelopties {
  if (opties === undefined) return {};
  if (opties === null || typeof opties !== 'object' || Array.isArray(opties)) {
    throw new OngeldigeInvoerFout([{ pad: 'opties', melding: 'moet een object zijn, bv. { beleid: "almelo" }' }]);
  }
  const onbekend = Object.keys(opties).filter((sleutel) => sleutel !== 'beleid');
  if (onbekend.length > 0) throw new OngeldigeInvoerFout(onbekend.map((sleutel) => ({ pad: `opties.${sleutel}`, melding: 'onbekend veld' })));
  return opties as Regelopties;
}
