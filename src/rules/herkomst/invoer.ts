import * as z from 'zod';
import { REGIO_IDS, type RegioId } from '../../data/regio-ids.js';
import { kalenderdatumSchema } from '../../kern/valideer.js';

/**
 * De herkomst zoals de invoer die noemt: een gemeentenaam of CBS-code, `'onbekend'`,
 * `'buitenland'`, of een bijzondere gemeente (`'Bonaire'`, `'Sint Eustatius'`, `'Saba'`).
 */
export const gemeenteVanHerkomstSchema = z
  .string()
  .trim()
  .min(1)
  .meta({ description: "Gemeentenaam of CBS-code (GM0141, 0141, 141), 'onbekend', 'buitenland', 'Bonaire', 'Sint Eustatius' of 'Saba'." });

/** Het zod-schema van de invoer van {@link bepaalHerkomst}. */
export const HerkomstInvoerSchema = z.strictObject({
  gemeenteVanHerkomst: gemeenteVanHerkomstSchema,
  regio: z.enum(REGIO_IDS).meta({ description: 'De regio waartegen getoetst wordt.' }),
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
