import * as z from 'zod/mini';
import type { Beleid } from '../beleid/beleid.js';
import type { BeleidId } from '../beleid/ingebouwd.js';
import { OngeldigeInvoerFout } from '../types/fouten.js';
import { valideer } from './valideer.js';

/** De opties die elke regel met beleid aanneemt. */
export interface Regelopties {
  beleid?: BeleidId | Beleid;
}

/**
 * Het schema van het tweede argument van een regel: `beleid` plus de velden van `extra`, in
 * een omhulsel `{ opties }` zodat elk foutpad met `opties.` begint. Eén keer per regel
 * gemaakt (op moduleniveau), niet per aanroep.
 */
export function optiesschema<Extra extends Record<string, z.core.SomeType>>(extra: Extra) {
  return z.object({ opties: z.strictObject({ beleid: z.optional(z.unknown()), ...extra }) });
}

/** Het optiesschema van een regel die alleen `beleid` aanneemt. */
export const ALLEEN_BELEID = optiesschema({});

/**
 * Controleert het tweede argument van een regel: weggelaten, of een object dat aan `schema`
 * (uit {@link optiesschema}) voldoet. Fouten krijgen het pad `opties.<veld>`. Het beleid zelf
 * controleert `kiesBeleid`.
 */
export function leesOpties<S extends z.ZodMiniType<{ opties: Record<string, unknown> }>>(
  opties: unknown,
  schema: S,
): Regelopties & Omit<z.output<S>['opties'], 'beleid'> {
  type Gelezen = Regelopties & Omit<z.output<S>['opties'], 'beleid'>;
  if (opties === undefined) return {} as Gelezen;
  if (opties === null || typeof opties !== 'object' || Array.isArray(opties)) {
    throw new OngeldigeInvoerFout([{ pad: 'opties', melding: 'moet een object zijn, bv. { beleid: "almelo" }' }]);
  }
  valideer(schema, { opties });
  return opties as Gelezen;
}
