import * as z from 'zod/mini';
import { beschreven } from '../../kern/beschrijving.js';
import { feitSchema, optioneelFeitSchema } from '../../kern/valideer.js';
import { FASEN, type Fase } from '../../types/fase.js';
import type { Feit } from '../../types/feit.js';
import { diepBevroren } from '../../types/bevroren.js';

/** Wat er met alternatieve bewindvoering moet gebeuren: `'starten'` of een lopende `'voortzetten'`. */
export const BEWINDVOERINGSHANDELINGEN = /* @__PURE__ */ diepBevroren(['starten', 'voortzetten'] as const);

/** Eén van de {@link BEWINDVOERINGSHANDELINGEN}. */
export type Bewindvoeringshandeling = (typeof BEWINDVOERINGSHANDELINGEN)[number];

/** De invoer van {@link toetsAlternatieveBewindvoering}. */
export interface AlternatieveBewindvoeringInvoer {
  /** De fase in de keten. */
  fase: Fase;
  /** Starten, of een lopende alternatieve bewindvoering voortzetten. */
  handeling: Bewindvoeringshandeling;
  /** Of de cliënt instemt met (verdere) deelname; deelname is vrijwillig. */
  toestemming: Feit;
  /**
   * Of de cliënt nog behoefte heeft aan alternatieve bewindvoering. Alleen nodig bij
   * voortzetten na uitstroom ("gaat (naar behoefte) door"); weggelaten telt als `'onbekend'`.
   */
  behoefte?: Feit | undefined;
}

/** De invoer van {@link toetsAlternatieveBewindvoering} na validatie: `behoefte` is altijd gezet. */
export interface GevalideerdeAlternatieveBewindvoeringInvoer extends Omit<AlternatieveBewindvoeringInvoer, 'behoefte'> {
  /** Of de cliënt nog behoefte heeft (`'onbekend'` als weggelaten). */
  behoefte: Feit;
}

/** Het zod-schema van een {@link AlternatieveBewindvoeringInvoer}; onbekende velden worden geweigerd. */
export const AlternatieveBewindvoeringInvoerSchema: z.ZodMiniType<GevalideerdeAlternatieveBewindvoeringInvoer, AlternatieveBewindvoeringInvoer> = z.strictObject({
  fase: beschreven(z.enum(FASEN), { description: "'dreigend', 'opvang' of 'na-uitstroom'." }),
  handeling: beschreven(z.enum(BEWINDVOERINGSHANDELINGEN), { description: "'starten' of 'voortzetten'." }),
  toestemming: beschreven(feitSchema, { description: 'Of de cliënt instemt met (verdere) deelname.' }),
  behoefte: beschreven(optioneelFeitSchema, { description: "Of de cliënt nog behoefte heeft (nodig bij voortzetten na uitstroom); weggelaten = 'onbekend'." }),
});
