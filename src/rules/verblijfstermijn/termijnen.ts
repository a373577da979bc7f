import type { Beleid } from '../../beleid/beleid.js';
import type { GedateerdeWaarde, Waardestatus } from '../../beleid/gedateerd.js';
import { zoekBeleidswaarde } from '../../beleid/opzoeken.js';
import type { Verblijfsduurparameter } from '../../beleid/parameters.js';
import type { Duur } from '../../calculators/termijn.js';
import { HERKOMSTGROEPEN, type Herkomstgroep, type Opvangvorm } from '../../types/opvangvorm.js';

/** Een maximale verblijfsduur die op de peildatum geldt, met de parameter waar hij uit komt. @internal */
export interface GeldendeDuur {
  /** Het id van het beleid. */
  beleid: string;
  parameter: Verblijfsduurparameter;
  waarde: GedateerdeWaarde<Duur>;
}

/** Welke duur op de peildatum geldt voor elke herkomstgroep. @internal */
export interface Termijnkeuze {
  /** Per herkomstgroep de geldende duur, of `null` als er geen geldt. */
  perGroep: Readonly<Record<Herkomstgroep, GeldendeDuur | null>>;
  /** Waarden die op de peildatum gelden maar een uitgesloten status hebben (voor de toelichting). */
  uitgesloten: readonly GeldendeDuur[];
  /** Of de herkomst verschil maakt: de groepen krijgen niet dezelfde waarde. */
  herkomstBeslist: boolean;
}

/** Geen beleid, dus voor niemand een termijn. @internal */
export const GEEN_TERMIJNEN: Termijnkeuze = { perGroep: { 'binnen-regio': null, 'buiten-regio': null }, uitgesloten: [], herkomstBeslist: false };

/**
 * Kiest per herkomstgroep de duur die op de peildatum geldt: de waarde voor die groep
 * (`verblijfsduur.<vorm>.<groep>`) gaat voor de waarde voor iedereen (`verblijfsduur.<vorm>`).
 * Een waarde met een uitgesloten status telt als afwezig. Alleen deze opvangvorm in dit beleid:
 * er wordt nooit een duur van een andere vorm of een ander beleid geleend.
 *
 * @internal
 */
export function kiesTermijnen(beleid: Beleid, opvangvorm: Opvangvorm, peildatum: string, uitgeslotenStatussen: ReadonlySet<Waardestatus>): Termijnkeuze {
  const uitgesloten = new Map<Verblijfsduurparameter, GeldendeDuur>();
  const voorGroep = (groep: Herkomstgroep): GeldendeDuur | null => {
    for (const parameter of [`verblijfsduur.${opvangvorm}.${groep}`, `verblijfsduur.${opvangvorm}`] as const) {
      const waarde = zoekBeleidswaarde(beleid, parameter, peildatum);
      if (!waarde) continue;
      const duur = { beleid: beleid.id, parameter, waarde };
      if (!uitgeslotenStatussen.has(waarde.status)) return duur;
      uitgesloten.set(parameter, duur);
    }
    return null;
  };
  const [binnen, buiten] = HERKOMSTGROEPEN.map(voorGroep) as [GeldendeDuur | null, GeldendeDuur | null];
  return {
    perGroep: { 'binnen-regio': binnen, 'buiten-regio': buiten },
    uitgesloten: [...uitgesloten.values()],
    herkomstBeslist: binnen?.parameter !== buiten?.parameter,
  };
}
