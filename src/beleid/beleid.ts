import type { GedateerdeWaarde } from './gedateerd.js';
import type { Parameternaam, Parameterwaarde } from './parameters.js';

/** Per parameter de reeks gedateerde waarden, opvolgend in de tijd zonder gaten of overlap. */
export type Beleidsparameters = { readonly [P in Parameternaam]?: readonly GedateerdeWaarde<Parameterwaarde<P>>[] };

/**
 * Een beleid: een set gedateerde beleidswaarden van een regio of gemeente. Maak een eigen
 * beleid met {@link defineBeleid}; de ingebouwde staan in {@link INGEBOUWD_BELEID}.
 */
export interface Beleid {
  /** Korte id in kleine letters met streepjes, bv. `'almelo'` of `'gemeente-wierden'`. */
  readonly id: string;
  /** De versie van deze set waarden; komt terug in elke `Beoordeling.beleid`. */
  readonly versie: string;
  /** Leesbare naam, bv. `'Centrumregio Almelo'`. */
  readonly naam: string;
  /** De gedateerde waarden per parameter. */
  readonly parameters: Beleidsparameters;
}
