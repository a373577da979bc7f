import * as z from 'zod/mini';
import type { RegioKeuze } from '../../data/regio-ids.js';
import { beschreven } from '../../kern/beschrijving.js';
import { regioInvoerSchema } from '../../kern/regio-schema.js';
import { kalenderdatumSchema, optioneelFeitSchema } from '../../kern/valideer.js';
import type { Feit } from '../../types/feit.js';

/** De invoer van {@link berekenWoningaanbod}. */
export interface WoningaanbodInvoer {
  /**
   * De regio van de centrale toegang die de cliënt aanmeldde: een ingebouwde regio, of een eigen
   * regio van het beleid in `opties.beleid`. Bepaalt het standaardbeleid.
   */
  regio: RegioKeuze;
  /**
   * De dag waarop de centrale toegang (in de regio Almelo: het Cimot) de cliënt aanmeldde als
   * uitstromer uit het beschermd wonen: `JJJJ-MM-DD` of een `Date`. Niet na de peildatum. De
   * termijn telt vanaf deze dag, en de termijn die op deze dag gold, geldt tot het aanbod.
   */
  aangemeldOp: string | Date;
  /** De dag waarop de stand wordt beoordeeld: `JJJJ-MM-DD` of een `Date`. */
  peildatum: string | Date;
  /** Of de cliënt al een woning is aangeboden; weggelaten telt als `'onbekend'`. */
  woningAangeboden?: Feit | undefined;
}

/** De invoer van {@link berekenWoningaanbod} na validatie: datums als `JJJJ-MM-DD`, `woningAangeboden` altijd gezet. */
export interface GevalideerdeWoningaanbodInvoer extends Omit<WoningaanbodInvoer, 'regio' | 'aangemeldOp' | 'peildatum' | 'woningAangeboden'> {
  /** De regio (het id in kleine letters; of ze bestaat, controleert de regel met het beleid). */
  regio: string;
  /** De dag van aanmelding `JJJJ-MM-DD`. */
  aangemeldOp: string;
  /** De peildatum `JJJJ-MM-DD`. */
  peildatum: string;
  /** Zoals gegeven, of `'onbekend'` als weggelaten. */
  woningAangeboden: Feit;
}

/**
 * Het zod-schema van een {@link WoningaanbodInvoer}; onbekende velden worden geweigerd, en een
 * aanmelding na de peildatum is een fout op `aangemeldOp`.
 */
export const WoningaanbodInvoerSchema: z.ZodMiniType<GevalideerdeWoningaanbodInvoer, WoningaanbodInvoer> = z
  .strictObject({
    regio: regioInvoerSchema,
    aangemeldOp: beschreven(kalenderdatumSchema, {
      description: 'De dag waarop de centrale toegang de cliënt aanmeldde als uitstromer uit het beschermd wonen, JJJJ-MM-DD; niet na de peildatum.',
    }),
    peildatum: beschreven(kalenderdatumSchema, { description: 'De dag waarop de stand wordt beoordeeld, JJJJ-MM-DD.' }),
    woningAangeboden: beschreven(optioneelFeitSchema, { description: "Of de cliënt al een woning is aangeboden; weggelaten = 'onbekend'." }),
  })
  .check(
    z.superRefine((invoer, context) => {
      if (invoer.aangemeldOp > invoer.peildatum) {
        context.addIssue({ code: 'custom', path: ['aangemeldOp'], message: `ligt na de peildatum (${invoer.peildatum}); een termijn kan niet beoordeeld worden voordat de aanmelding er is` });
      }
    }),
  );
