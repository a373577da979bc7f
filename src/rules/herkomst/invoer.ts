import * as z from 'zod/mini';
import { REGIO_IDS, type RegioId } from '../../data/regio-ids.js';
import { kalenderdatumSchema } from '../../kern/valideer.js';

/**
 * De herkomst zoals de invoer die noemt: een gemeentenaam of CBS-code, `'onbekend'`,
 * `'buitenland'`, of een bijzondere gemeente (`'Bonaire'`, `'Sint Eustatius'`, `'Saba'`).
 */
export const gemeenteVanHerkomstSchema = z
  .string()
  .check(z.trim(), z.minLength(1), z.maxLength(200), z.meta({ description: "Gemeentenaam of CBS-code (GM0141, 0141, 141), 'onbekend', 'buitenland', 'Bonaire', 'Sint Eustatius' of 'Saba'." }));

/** De invoer van {@link bepaalHerkomst} na validatie: de peildatum is altijd `JJJJ-MM-DD`. */
export interface GevalideerdeHerkomstInvoer {
  /** Zoals gegeven, zonder spaties aan begin en eind. */
  gemeenteVanHerkomst: string;
  /** De regio. */
  regio: RegioId;
  /** De peildatum `JJJJ-MM-DD` (een `Date` is omgezet naar de Amsterdamse kalenderdatum). */
  peildatum: string;
}

/** Het zod-schema van de invoer van {@link bepaalHerkomst}; onbekende velden worden geweigerd. */
export const HerkomstInvoerSchema: z.ZodMiniType<GevalideerdeHerkomstInvoer, HerkomstInvoer> = z.strictObject({
  gemeenteVanHerkomst: gemeenteVanHerkomstSchema,
  regio: z.enum(REGIO_IDS).check(z.meta({ description: 'De regio waartegen getoetst wordt.' })),
  peildatum: kalenderdatumSchema,
});

/** De invoer van {@link bepaalHerkomst}. */
export interface HerkomstInvoer {
  /** Gemeentenaam of CBS-code, `'onbekend'`, `'buitenland'`, `'Bonaire'`, `'Sint Eustatius'` of `'Saba'`. */
  gemeenteVanHerkomst: string;
  /** De regio waartegen getoetst wordt. */
  regio: RegioId;
  /** De datum waarop de regio-indeling en herindelingen gelden: `JJJJ-MM-DD` of een `Date`. */
  peildatum: string | Date;
}
