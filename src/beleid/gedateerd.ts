import type { Bron } from '../types/beoordeling.js';

/**
 * Hoe vast een beleidswaarde staat:
 * - `'vastgesteld'`: vastgesteld beleid;
 * - `'praktijk'`: een in de bron beschreven huidige werkwijze;
 * - `'ambitie'`: een gesteld doel, nog geen vastgesteld beleid;
 * - `'planningsaanname'`: een aanname om mee te plannen;
 * - `'interpretatie'`: onze lezing waar de bron vaag is; altijd met een `toelichting`.
 */
export type Waardestatus = 'vastgesteld' | 'praktijk' | 'ambitie' | 'planningsaanname' | 'interpretatie';

/** Alle waarden van {@link Waardestatus}, van vast naar minder vast. */
export const WAARDESTATUSSEN = ['vastgesteld', 'praktijk', 'ambitie', 'planningsaanname', 'interpretatie'] as const satisfies readonly Waardestatus[];

/**
 * Een waarde die geldt in een periode: vanaf `vanaf` (inclusief) tot `tot` (exclusief, zoals
 * het Nederlandse "tot"; weggelaten = zonder einddatum).
 *
 * @typeParam T - het type van de waarde
 */
export interface GedateerdeWaarde<T> {
  /** Eerste dag waarop de waarde geldt (`JJJJ-MM-DD`). */
  vanaf: string;
  /** Eerste dag waarop de waarde niet meer geldt (`JJJJ-MM-DD`); weggelaten = geen einde. */
  tot?: string;
  /** De waarde zelf. */
  waarde: T;
  /** Hoe vast de waarde staat. */
  status: Waardestatus;
  /** Waar de waarde vandaan komt, met citaat. */
  bronnen: readonly Bron[];
  /** Waarom deze waarde (verplicht bij `'interpretatie'`, anders optioneel). */
  toelichting?: string;
}

/**
 * De waarde die op de peildatum geldt, of `undefined` als er geen geldt.
 * Datums `JJJJ-MM-DD` zijn als tekst te vergelijken; daarom geen Date-rekenwerk.
 *
 * @internal
 */
export function geldigOp<T>(perioden: readonly GedateerdeWaarde<T>[] | undefined, peildatum: string): GedateerdeWaarde<T> | undefined {
  return perioden?.find((periode) => periode.vanaf <= peildatum && (periode.tot === undefined || peildatum < periode.tot));
}

/** De beschrijving van de perioden waarin wél een waarde geldt, voor een foutmelding. @internal */
export function beschrijfPerioden(perioden: readonly GedateerdeWaarde<unknown>[] | undefined): string {
  if (!perioden || perioden.length === 0) return 'er is geen enkele waarde vastgelegd';
  return `waarden gelden ${perioden.map((periode) => (periode.tot ? `van ${periode.vanaf} tot ${periode.tot}` : `vanaf ${periode.vanaf}`)).join(', ')}`;
}
