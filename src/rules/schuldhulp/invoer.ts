import * as z from 'zod/mini';
import { beschreven } from '../../kern/beschrijving.js';
import { feitSchema } from '../../kern/valideer.js';
import { FASEN, type Fase } from '../../types/fase.js';
import type { Feit } from '../../types/feit.js';
import { diepBevroren } from '../../types/bevroren.js';

/**
 * De vormen van schuldhulpverlening die de cliënt heeft:
 * - `'geen'`: geen enkele vorm;
 * - `'regulier'`: reguliere schuldhulpverlening (bv. van de gemeente of de Stadsbank);
 * - `'alternatieve-bewindvoering'`: bewindvoering met een leercomponent (oplossing 4);
 * - `'budgetbeheer'`: budgetbeheer (een van de componenten van alternatieve bewindvoering);
 * - `'onbekend'`: niet bekend.
 */
export const SCHULDHULPVORMEN = /* @__PURE__ */ diepBevroren(['geen', 'regulier', 'alternatieve-bewindvoering', 'budgetbeheer', 'onbekend'] as const);

/** Eén van de {@link SCHULDHULPVORMEN}. */
export type Schuldhulpvorm = (typeof SCHULDHULPVORMEN)[number];

/** De invoer van {@link toetsSchuldhulp}. */
export interface SchuldhulpInvoer {
  /** De fase in de keten. */
  fase: Fase;
  /** Of de cliënt schulden heeft. */
  schulden: Feit;
  /** Welke vorm van schuldhulpverlening de cliënt heeft. */
  schuldhulpverlening: Schuldhulpvorm;
}

/** Het zod-schema van een {@link SchuldhulpInvoer}; onbekende velden worden geweigerd. */
export const SchuldhulpInvoerSchema: z.ZodMiniType<SchuldhulpInvoer, SchuldhulpInvoer> = z.strictObject({
  fase: beschreven(z.enum(FASEN), { description: "'dreigend', 'opvang' of 'na-uitstroom'." }),
  schulden: beschreven(feitSchema, { description: 'Of de cliënt schulden heeft.' }),
  schuldhulpverlening: beschreven(z.enum(SCHULDHULPVORMEN), { description: 'Welke vorm van schuldhulpverlening de cliënt heeft.' }),
});
