import * as z from 'zod/mini';
import { INGEBOUWDE_REGIOS_TEKST } from '../data/regio-ids.js';
import { ID_PATROON } from './patronen.js';

/**
 * Een regio-id, in een invoer of als beleidswaarde: de vorm (kleine letters, cijfers, streepjes).
 * Of het een ingebouwde regio of een eigen regio van het beleid is, controleert de regel of
 * {@link defineBeleid} met het beleid erbij.
 */
export const regioIdSchema = z.string().check(
  z.maxLength(200),
  z.regex(ID_PATROON, `moet een regio-id zijn: ${INGEBOUWDE_REGIOS_TEKST}, of een eigen regio uit het beleid`),
  z.meta({ description: `De regio: ${INGEBOUWDE_REGIOS_TEKST}, of het id van een eigen regio uit het beleid (opties.beleid, of --beleid in de CLI).` }),
);
