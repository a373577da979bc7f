import * as z from 'zod/mini';
import { INGEBOUWDE_REGIOS_TEKST } from '../data/regio-ids.js';
import { beschreven } from './beschrijving.js';
import { ID_PATROON } from './patronen.js';

const REGIO_MELDING = `moet een regio-id zijn: ${INGEBOUWDE_REGIOS_TEKST}, of een eigen regio uit het beleid`;

/**
 * Een regio-id als beleidswaarde: de vorm (kleine letters, cijfers, streepjes), zoals een beleid
 * zijn ids vastlegt. Of het een ingebouwde regio of een eigen regio van het beleid is, controleert
 * {@link defineBeleid} met het beleid erbij.
 */
export const regioIdSchema = beschreven(z.string().check(z.maxLength(200), z.regex(ID_PATROON, REGIO_MELDING)), {
  description: `De regio: ${INGEBOUWDE_REGIOS_TEKST}, of het id van een eigen regio uit het beleid.`,
});

/** De vorm van een regio-id in een invoer: als {@link ID_PATROON}, maar hoofdletters mogen. */
const REGIO_INVOER_PATROON = /^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/;

/**
 * Een regio-id in de invoer van een regel. Hoofdletters maken niet uit, zoals bij gemeentenamen:
 * `'Almelo'` en `'IJssel-Vecht'` zijn `'almelo'` en `'ijssel-vecht'`; de regel ziet (en de
 * beoordeling noemt) altijd het id in kleine letters. Of de regio bestaat, controleert de regel
 * met het beleid erbij.
 */
export const regioInvoerSchema: z.ZodMiniType<string, string> = z.pipe(
  beschreven(z.string().check(z.maxLength(200), z.regex(REGIO_INVOER_PATROON, REGIO_MELDING)), {
    description: `De regio: ${INGEBOUWDE_REGIOS_TEKST}, of het id van een eigen regio uit het beleid (opties.beleid, of --beleid in de CLI). Hoofdletters maken niet uit.`,
  }),
  z.transform((id: string) => id.toLowerCase()),
);
