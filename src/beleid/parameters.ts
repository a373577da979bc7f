import * as z from 'zod';
import { REGIO_IDS } from '../data/regio-ids.js';

/**
 * De beleidsparameters die een {@link Beleid} kan vastleggen: per naam een omschrijving en
 * het schema van de waarde. Een beleid met een andere parameternaam of een waarde van een
 * ander type wordt door {@link defineBeleid} geweigerd.
 *
 * De regels die deze parameters gebruiken, leveren ook de ingebouwde waarden; een parameter
 * zonder waarde in werking is een {@link BeleidNietInWerkingFout}, nooit een stille standaard.
 */
export const BELEIDSPARAMETERS = {
  'versnelfonds.maximumInCenten': {
    omschrijving: 'Maximumbedrag dat het versnelfonds per aanvraag verstrekt, in eurocent.',
    schema: z.number().int().positive(),
  },
  'versnelfonds.beoordelingstermijnInUren': {
    omschrijving: 'Binnen hoeveel uur (verstreken tijd) een aanvraag beoordeeld wordt.',
    schema: z.number().int().positive(),
  },
  'versnelfonds.regio': {
    omschrijving: 'De regio waaruit cliënten moeten komen (criterium 2, herkomst).',
    schema: z.enum(REGIO_IDS),
  },
  'versnelfonds.kostenBatenFactor': {
    omschrijving: 'De verwachte besparing moet ten minste deze factor maal het toekenbare bedrag zijn (criterium 3, kosten-baten).',
    schema: z.number().nonnegative(),
  },
} as const;

/** De naam van een van de {@link BELEIDSPARAMETERS}. */
export type Parameternaam = keyof typeof BELEIDSPARAMETERS;

/** Het type van de waarde van parameter `P`. */
export type Parameterwaarde<P extends Parameternaam> = z.output<(typeof BELEIDSPARAMETERS)[P]['schema']>;
