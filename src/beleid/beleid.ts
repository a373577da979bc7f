import type { GedateerdeWaarde } from './gedateerd.js';
import type { Parameternaam, Parameterwaarde } from './parameters.js';

/** Per parameter de reeks gedateerde waarden, opvolgend in de tijd zonder gaten of overlap. */
export type Beleidsparameters = { readonly [P in Parameternaam]?: readonly GedateerdeWaarde<Parameterwaarde<P>>[] };

/**
 * Een eigen brondocument van een beleid: een raadsbesluit, beleidsregels, een publicatie in
 * het CVDR. Een `Bron.document` in het beleid mag naar dit `id` verwijzen; een beoordeling met dit
 * beleid draagt het document mee in `eigenDocumenten`, zodat {@link motivering} het volledig
 * noemt, ook uit opgeslagen JSON.
 */
export interface EigenBrondocument {
  /** Id in kleine letters met streepjes, anders dan elk ingebouwd id, bv. `'raadsbesluit-opvang-2025'`. */
  readonly id: string;
  /** De titel zoals het document die voert. */
  readonly titel: string;
  /** Wie het document vaststelde of uitgaf, bv. `'Gemeenteraad van Deventer'`. */
  readonly uitgever: string;
  /** Het jaar van het document. */
  readonly jaar: number;
  /** Waar het te vinden is (`https://…`); de bibliotheek haalt het nooit op. */
  readonly url?: string;
}

/**
 * Een eigen regio van een beleid, net als een ingebouwde: een naam, de centrumgemeente(n) en
 * het lidmaatschap per periode, als CBS-codes, elke periode met status en bronnen.
 */
export interface EigenRegio {
  /** Leesbare naam zoals een brief haar noemt, bv. `'regio Deventer'`. */
  readonly naam: string;
  /** De CBS-codes van de centrumgemeente(n), bv. `['GM0150']`; elk is lid in elke periode. */
  readonly centrumgemeenten: readonly string[];
  /** De CBS-codes van de leden per periode (`GM0150`), opvolgend zonder gat of overlap. */
  readonly leden: readonly GedateerdeWaarde<readonly string[]>[];
}

/**
 * Een beleid: een set gedateerde beleidswaarden van een regio of gemeente, met eventueel eigen
 * regio's en eigen brondocumenten. Maak een eigen beleid met {@link defineBeleid}; de ingebouwde
 * staan in {@link INGEBOUWD_BELEID}.
 */
export interface Beleid {
  /** Korte id in kleine letters met streepjes, bv. `'almelo'` of `'gemeente-wierden'`. */
  readonly id: string;
  /** De versie van deze set waarden; komt terug in elke `Beoordeling.beleid`. */
  readonly versie: string;
  /** Leesbare naam, bv. `'Centrumregio Almelo'`. */
  readonly naam: string;
  /** De gedateerde waarden per parameter. */
  readonly parameters: Beleidsparameters;
  /** De eigen brondocumenten (leeg als het beleid alleen ingebouwde documenten citeert). */
  readonly documenten: readonly EigenBrondocument[];
  /** De eigen regio's per id (leeg als het beleid alleen ingebouwde regio's noemt). */
  readonly regios: Readonly<Record<string, EigenRegio>>;
}

/**
 * Wat {@link defineBeleid} aanneemt als het uit TypeScript komt: een {@link Beleid} waarin
 * `documenten` en `regios` mogen ontbreken. Uit een bestand (`JSON.parse`) mag elke waarde: die
 * wordt gecontroleerd.
 */
export interface Beleidsdefinitie extends Omit<Beleid, 'documenten' | 'regios'> {
  /** De eigen brondocumenten; weggelaten = geen. */
  readonly documenten?: Beleid['documenten'];
  /** De eigen regio's per id; weggelaten = geen. */
  readonly regios?: Beleid['regios'];
}
