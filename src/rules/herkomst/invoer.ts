import * as z from 'zod/mini';
import { beschreven } from '../../kern/beschrijving.js';
import type { RegioKeuze } from '../../data/regio-ids.js';
import { kalenderdatumSchema } from '../../kern/valideer.js';
import { regioInvoerSchema } from '../../kern/regio-schema.js';

/**
 * De herkomst zoals de invoer die noemt: een gemeentenaam of CBS-code, `'onbekend'`,
 * `'buitenland'`, of een bijzondere gemeente (`'Bonaire'`, `'Sint Eustatius'`, `'Saba'`).
 */
export const gemeenteVanHerkomstSchema = beschreven(z.string().check(z.trim(), z.minLength(1), z.maxLength(200)), {
  description: "Gemeentenaam of CBS-code (GM0141, 0141, 141), 'onbekend', 'buitenland', 'Bonaire', 'Sint Eustatius' of 'Saba'.",
});

/** De invoer van {@link bepaalHerkomst} na validatie: de peildatum is altijd `JJJJ-MM-DD`. */
export interface GevalideerdeHerkomstInvoer {
  /** Zoals gegeven, zonder spaties aan begin en eind. */
  gemeenteVanHerkomst: string;
  /** De regio (het id; of ze bestaat, controleert de regel met het beleid). */
  regio: string;
  /** De peildatum `JJJJ-MM-DD` (een `Date` is omgezet naar de Amsterdamse kalenderdatum). */
  peildatum: string;
}

/** Het zod-schema van de invoer van {@link bepaalHerkomst}; onbekende velden worden geweigerd. */
export const HerkomstInvoerSchema: z.ZodMiniType<GevalideerdeHerkomstInvoer, HerkomstInvoer> = z.strictObject({
  gemeenteVanHerkomst: gemeenteVanHerkomstSchema,
  regio: regioInvoerSchema,
  peildatum: kalenderdatumSchema,
});

/** De invoer van {@link bepaalHerkomst}. */
export interface HerkomstInvoer {
  /** Gemeentenaam of CBS-code, `'onbekend'`, `'buitenland'`, `'Bonaire'`, `'Sint Eustatius'` of `'Saba'`. */
  gemeenteVanHerkomst: string;
  /** De regio waartegen getoetst wordt: een ingebouwde regio, of een eigen regio van het beleid in `opties.beleid`. */
  regio: RegioKeuze;
  /** De datum waarop de regio-indeling en herindelingen gelden: `JJJJ-MM-DD` of een `Date`. */
  peildatum: string | Date;
}
