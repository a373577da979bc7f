import * as z from 'zod/mini';
import type { Beleid } from '../beleid/beleid.js';
import type { BeleidId } from '../beleid/ingebouwd.js';
import { OngeldigeInvoerFout } from '../types/fouten.js';
import { STANDAARD_UITGESLOTEN_STATUSSEN, WAARDESTATUSSEN, type Waardestatus } from '../types/waardestatus.js';
import { valideer } from './valideer.js';

/** De opties die elke regel met beleid aanneemt. */
export interface Regelopties {
  /** Een ingebouwd beleid of een eigen beleid uit {@link defineBeleid}. */
  beleid?: BeleidId | Beleid;
  /**
   * Waarden met deze status past de regel niet toe, alsof ze er niet zijn; een signaal noemt
   * wat is weggelaten. Standaard `['ambitie', 'planningsaanname']`; `[]` past elke status toe.
   */
  uitgeslotenStatussen?: readonly Waardestatus[];
}

/** De opties na het lezen: eenmaal gelezen, de uitgesloten statussen als verzameling. @internal */
export interface GelezenOpties {
  beleid: BeleidId | Beleid | undefined;
  uitgesloten: ReadonlySet<Waardestatus>;
}

/**
 * Het schema van het tweede argument van een regel met beleid: `beleid` en
 * `uitgeslotenStatussen`, in een omhulsel `{ opties }` zodat elk foutpad met `opties.` begint.
 * Eén keer gemaakt (op moduleniveau), niet per aanroep.
 *
 * @internal
 */
export const OPTIESSCHEMA = z.object({
  opties: z.strictObject({
    uitgeslotenStatussen: z.optional(z.array(z.enum(WAARDESTATUSSEN))),
  }),
});

/** De standaard uitgesloten statussen als verzameling. @internal */
export const STANDAARD_UITGESLOTEN: ReadonlySet<Waardestatus> = new Set(STANDAARD_UITGESLOTEN_STATUSSEN);

/**
 * Leest het tweede argument van een regel met beleid precies één keer: weggelaten, of een object
 * met `beleid` en `uitgeslotenStatussen`. Fouten krijgen het pad `opties.<veld>`. Het beleid
 * zelf controleert `kiesBeleid`.
 */
export function leesOpties(opties: unknown): GelezenOpties {
  if (opties === undefined) return { beleid: undefined, uitgesloten: STANDAARD_UITGESLOTEN };
  // Elk eigen veld één keer lezen. `beleid` gaat ongekopieerd door, zodat een beleid uit
  // defineBeleid aan zijn identiteit herkend wordt; elk ander object controleert kiesBeleid.
  const velden: Record<string, unknown> = Object.create(null);
  let beleid: unknown;
  try {
    if (opties === null || typeof opties !== 'object' || Array.isArray(opties)) {
      throw new OngeldigeInvoerFout([{ pad: 'opties', melding: 'moet een object zijn, bv. { beleid: "almelo" }' }]);
    }
    for (const sleutel of Object.keys(opties)) {
      const waarde = (opties as Record<string, unknown>)[sleutel];
      if (sleutel === 'beleid') beleid = waarde;
      else velden[sleutel] = waarde;
    }
  } catch (fout) {
    if (fout instanceof OngeldigeInvoerFout) throw fout;
    throw new OngeldigeInvoerFout([{ pad: 'opties', melding: 'kan niet gelezen worden' }]);
  }
  // null is geen beleid: zonder deze regel zou het bij de ene regel 'almelo' betekenen en bij de andere een fout.
  if (beleid === null) throw new OngeldigeInvoerFout([{ pad: 'opties.beleid', melding: "moet een beleid-id zijn (bv. 'almelo') of een beleid; laat het veld weg voor het standaardbeleid" }]);
  const gelezen = valideer(OPTIESSCHEMA, { opties: velden }).opties;
  return {
    beleid: beleid as BeleidId | Beleid | undefined,
    uitgesloten: gelezen.uitgeslotenStatussen === undefined ? STANDAARD_UITGESLOTEN : new Set(gelezen.uitgeslotenStatussen),
  };
}
