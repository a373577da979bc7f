import * as z from 'zod/mini';
import { beschreven } from '../../kern/beschrijving.js';
import type { RegioKeuze } from '../../data/regio-ids.js';
import { kalenderdatumSchema } from '../../kern/valideer.js';
import { regioInvoerSchema } from '../../kern/regio-schema.js';
import { OPVANGVORMEN, type Opvangvorm } from '../../types/opvangvorm.js';
import { aanbiederSchema } from '../../beleid/parameters.js';
import { gemeenteVanHerkomstSchema } from '../herkomst/invoer.js';

/** De invoer van {@link berekenVerblijfstermijn}. */
export interface VerblijfstermijnInvoer {
  /**
   * De regio van de opvang: een ingebouwde regio, of een eigen regio van het beleid in
   * `opties.beleid`. Bepaalt het standaardbeleid en waartegen de herkomst wordt getoetst.
   */
  regio: RegioKeuze;
  /** De vorm van opvang. */
  opvangvorm: Opvangvorm;
  /** De eerste dag van het verblijf: `JJJJ-MM-DD` of een `Date`. Niet na de peildatum. De termijn die op deze dag geldt, geldt voor het hele verblijf. */
  startdatum: string | Date;
  /**
   * Gemeentenaam of CBS-code, `'onbekend'`, `'buitenland'` of een bijzondere gemeente. Alleen
   * nodig waar de herkomst de termijn bepaalt (IJssel-Vecht, acute opvang); weggelaten telt als
   * `'onbekend'`. Een opgegeven naam wordt altijd gecontroleerd.
   */
  gemeenteVanHerkomst?: string | undefined;
  /**
   * De aanbieder bij wie het verblijf is, bv. `'Humanitas Onder Dak'`, of `'onbekend'`. Alleen
   * nodig waar het beleid een termijn alleen voor één aanbieder noemt (in Almelo de 24-uursopvang
   * van Humanitas Onder Dak); weggelaten telt als `'onbekend'`. Hoofdletters en extra spaties
   * tellen niet mee bij het vergelijken.
   */
  aanbieder?: string | undefined;
  /** De dag die beoordeeld wordt (en waarop de herkomst wordt getoetst): `JJJJ-MM-DD` of een `Date`. */
  peildatum: string | Date;
}

/** De invoer van {@link berekenVerblijfstermijn} na validatie: datums als `JJJJ-MM-DD`, de herkomst altijd gezet. */
export interface GevalideerdeVerblijfstermijnInvoer extends Omit<VerblijfstermijnInvoer, 'regio' | 'startdatum' | 'gemeenteVanHerkomst' | 'aanbieder' | 'peildatum'> {
  /** De regio (het id; of ze bestaat, controleert de regel met het beleid). */
  regio: string;
  /** De startdatum `JJJJ-MM-DD`. */
  startdatum: string;
  /** Zoals gegeven, of `'onbekend'` als weggelaten. */
  gemeenteVanHerkomst: string;
  /** Zoals gegeven (zonder spaties aan begin en eind), of `'onbekend'` als weggelaten. */
  aanbieder: string;
  /** De peildatum `JJJJ-MM-DD`. */
  peildatum: string;
}

/**
 * Het zod-schema van een {@link VerblijfstermijnInvoer}; onbekende velden worden geweigerd, en
 * een startdatum na de peildatum is een fout op `startdatum`.
 */
export const VerblijfstermijnInvoerSchema: z.ZodMiniType<GevalideerdeVerblijfstermijnInvoer, VerblijfstermijnInvoer> = z
  .strictObject({
    regio: regioInvoerSchema,
    opvangvorm: beschreven(z.enum(OPVANGVORMEN), { description: 'De vorm van opvang.' }),
    startdatum: beschreven(kalenderdatumSchema, { description: 'De eerste dag van het verblijf, JJJJ-MM-DD; niet na de peildatum.' }),
    gemeenteVanHerkomst: z._default(gemeenteVanHerkomstSchema, 'onbekend'),
    aanbieder: z._default(beschreven(aanbiederSchema, { description: "De aanbieder bij wie het verblijf is, of 'onbekend'." }), 'onbekend'),
    peildatum: beschreven(kalenderdatumSchema, { description: 'De dag waarop de termijn wordt beoordeeld, JJJJ-MM-DD.' }),
  })
  .check(
    z.superRefine((invoer, context) => {
      if (invoer.startdatum > invoer.peildatum) {
        context.addIssue({ code: 'custom', path: ['startdatum'], message: `ligt na de peildatum (${invoer.peildatum}); een verblijf kan niet beoordeeld worden voordat het begint` });
      }
    }),
  );
