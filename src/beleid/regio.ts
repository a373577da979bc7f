import { naamVanGemeentecode } from '../data/gemeenten.js';
import { INGEBOUWDE_REGIOS_TEKST } from '../data/regio-ids.js';
import { zoekRegio, type Regio } from '../data/regios.js';
import { OngeldigeInvoerFout } from '../types/fouten.js';
import type { Beleid } from './beleid.js';
import { INGEBOUWDE_INDELINGEN } from './ids.js';

/**
 * Een regio zoals een regel haar toepast: de regio, en het beleid dat haar indeling leverde
 * (`'ingebouwd'` voor een ingebouwde regio), voor `toegepasteWaarden`. @internal
 */
export interface GekozenRegio {
  regio: Regio;
  /** Het beleid-id dat de indeling leverde, of `'ingebouwd'` (voor `toegepasteWaarden`). */
  indelingsbeleid: string;
  /** Het beleid van een eigen regio (voor zijn documenten en de verwijzing in de beoordeling), anders `null`. */
  beleid: Beleid | null;
}

/**
 * De regio met dit id: een ingebouwde, of een eigen regio uit `regios` van het beleid. Een
 * onbekend id is een fout op `pad` die zegt welke regio's er zijn (nooit het gegeven id: dat is
 * vrije tekst).
 *
 * @internal
 */
export function kiesRegio(id: string, beleid: Beleid | null, pad: string): GekozenRegio {
  const ingebouwd = zoekRegio(id);
  if (ingebouwd) return { regio: ingebouwd, indelingsbeleid: INGEBOUWDE_INDELINGEN, beleid: null };
  if (beleid && Object.hasOwn(beleid.regios, id)) {
    const eigen = beleid.regios[id]!;
    return {
      regio: {
        id,
        naam: eigen.naam,
        // defineBeleid controleerde dat elke centrumgemeente een bekende gemeente is.
        centrumgemeenten: eigen.centrumgemeenten.map((code) => ({ code, naam: naamVanGemeentecode(code)! })),
        leden: eigen.leden,
      },
      indelingsbeleid: beleid.id,
      beleid,
    };
  }
  const eigenIds = beleid ? Object.keys(beleid.regios) : [];
  const waar = !beleid
    ? '; een eigen regio geeft u mee in opties.beleid'
    : eigenIds.length === 0
      ? `; beleid '${beleid.id}' heeft geen eigen regio's`
      : `; eigen regio's van beleid '${beleid.id}': ${eigenIds.slice(0, 10).map((regio) => `'${regio}'`).join(', ')}${eigenIds.length > 10 ? ', …' : ''}`;
  throw new OngeldigeInvoerFout([{ pad, melding: `onbekende regio; ingebouwd zijn ${INGEBOUWDE_REGIOS_TEKST}${waar}` }]);
}

