import * as z from 'zod';
import type { Beleid } from '../beleid/beleid.js';
import type { BeleidId } from '../beleid/ingebouwd.js';
import { OngeldigeInvoerFout } from '../types/fouten.js';
import { valideer } from './valideer.js';

/** De opties die elke regel met beleid aanneemt. */
export interface Regelopties {
  beleid?: BeleidId | Beleid;
}

/**
 * Controleert het tweede argument van een regel: weggelaten, of een object met `beleid` en de
 * velden van `extra`. Fouten krijgen het pad `opties.<veld>`. Het beleid zelf controleert
 * `kiesBeleid`.
 */
export function leesOpties<Extra extends z.ZodRawShape = Record<never, never>>(
  opties: unknown,
  extra?: Extra,
): Regelopties & z.output<z.ZodObject<Extra>> {
  type Gelezen = Regelopties & z.output<z.ZodObject<Extra>>;
  if (opties === undefined) return {} as Gelezen;
  if (opties === null || typeof opties !== 'object' || Array.isArray(opties)) {
    throw new OngeldigeInvoerFout([{ pad: 'opties', melding: 'moet een object zijn, bv. { beleid: "almelo" }' }]);
  }
  // In een omhulsel gevalideerd, zodat elk pad met 'opties.' begint.
  valideer(z.object({ opties: z.strictObject({ beleid: z.unknown().optional(), ...extra }) }), { opties });
  return opties as Gelezen;
}
