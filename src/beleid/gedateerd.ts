import type { Bron } from '../types/beoordeling.js';
import type { Waardestatus } from '../types/waardestatus.js';

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
  /** Waarom deze waarde en deze status (verplicht bij `'interpretatie'`, anders optioneel); korte zinnen, geschikt voor een brief. */
  toelichting?: string;
  /**
   * Dezelfde toelichting in het Engels, voor de Engelse motivering. Zonder deze tekst citeert de
   * Engelse motivering de Nederlandse toelichting als woorden van het beleid; de ingebouwde
   * waarden hebben er altijd een.
   */
  toelichtingEn?: string;
  /**
   * Waarom deze `vanaf` (en `tot`) als de bron geen datum noemt: een gekozen datum is een
   * interpretatie en wordt zo gelabeld (in de regelcatalogus, `beleid controleer` en de site).
   * Een grond noemt geen gekozen datum als feit.
   */
  datumkeuze?: string;
  /**
   * De bronnen van de gekozen datums (bv. het einde van het plan waar de waarde bij hoort): zij
   * onderbouwen de `datumkeuze`, niet de waarde. Een grond citeert ze niet; de regelcatalogus,
   * `beleid controleer` en de site tonen ze bij de datumkeuze.
   */
  datumbronnen?: readonly Bron[];
}

/**
 * De waarde die op de peildatum geldt, of `undefined` als er geen geldt.
 * Datums `JJJJ-MM-DD` zijn als tekst te vergelijken; daarom geen Date-rekenwerk.
 *
 * @internal
 */
export function geldigOp<T>(perioden: readonly GedateerdeWaarde<T>[] | undefined, peildatum: string): GedateerdeWaarde<T> | undefined {
  return perioden?.find((periode) => periode.vanaf <= peildatum && (!Object.hasOwn(periode, 'tot') || periode.tot === undefined || peildatum < periode.tot));
}

/** De beschrijving van de perioden waarin wél een waarde geldt, voor een foutmelding. @internal */
export function beschrijfPerioden(perioden: readonly GedateerdeWaarde<unknown>[] | undefined): string {
  if (!perioden || perioden.length === 0) return 'er is geen enkele waarde vastgelegd';
  return `waarden gelden ${perioden.map((periode) => (periode.tot ? `van ${periode.vanaf} tot ${periode.tot}` : `vanaf ${periode.vanaf}`)).join(', ')}`;
}
