import type { Bron } from '../types/beoordeling.js';
import type { Waardestatus } from '../types/waardestatus.js';
import type { GedateerdeWaarde } from './gedateerd.js';
import type { Parameternaam, Parameterwaarde } from './parameters.js';
import type { RegelId } from './regelonderdelen.js';

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
 * De grondslag van de criteria van een regel onder een beleid: waarop ze rusten (bv. een
 * raadsbesluit dat het fonds instelt) en hoe vast dat staat. Elke grond van die regel toont deze
 * grondslag in plaats van de ingebouwde (SPEC §2.9).
 */
export interface Regelgrondslag {
  /** Hoe vast de grondslag staat: `'vastgesteld'` voor een besluit, regeling of verordening. */
  readonly status: Waardestatus;
  /** Waarom deze status, in korte zinnen; verplicht tenzij `'vastgesteld'`. */
  readonly toelichting?: string;
  /** Dezelfde toelichting in het Engels, voor een motivering in het Engels; weggelaten = de Nederlandse tekst. */
  readonly toelichtingEn?: string;
  /** Waar de grondslag staat: ten minste één bron (een eigen document van het beleid, of een ingebouwd). */
  readonly bronnen: readonly Bron[];
}

/**
 * Wat een beleid doet met een lezing van ons (een keuze waar de bronnen zwijgen): overnemen als
 * eigen regel, of vervangen door eigen woorden. Een keuze die het beleid niet noemt, blijft onze
 * lezing (`'interpretatie'`). Zonder eigen `bronnen` noemt de brief bij de keuze geen bron: zij
 * rust dan op de grondslag, die al bij de grond staat.
 */
export type Keuzebeleid =
  | {
      /** Onze lezing is de regel van het beleid geworden: de brief noemt haar "Regel van het beleid". */
      readonly overgenomen: true;
      /** Waar het beleid de lezing vastlegt; weggelaten: geen aparte bron (de grondslag staat al bij de grond). */
      readonly bronnen?: readonly Bron[];
    }
  | {
      /** De regel in de woorden van het beleid (in plaats van onze lezing). */
      readonly tekst: string;
      /** Dezelfde regel in het Engels, voor `motivering(…, { taal: 'en' })`; weggelaten: `tekst`. */
      readonly tekstEn?: string;
      /** Waar het beleid deze woorden vastlegt; weggelaten: geen aparte bron (de grondslag staat al bij de grond). */
      readonly bronnen?: readonly Bron[];
    };

/**
 * Wat een beleid voor één regel heeft vastgesteld (SPEC §2.9): de grondslag van de criteria, eigen
 * regelteksten per criterium en welke van onze lezingen het overneemt of in eigen woorden vastlegt.
 */
export interface Regelbeleid {
  /** De grondslag van de criteria van de regel onder dit beleid. */
  readonly grondslag: Regelgrondslag;
  /** Per criterium-id (bv. `'versnelfonds.laatste-optie'`) de eigen regeltekst; anders citeert de grond de ingebouwde regeltekst, als die mag. */
  readonly criteria?: Readonly<
    Record<
      string,
      {
        /** De eigen regeltekst van het criterium: geciteerd in plaats van de ingebouwde. */
        readonly bronnen: readonly Bron[];
      }
    >
  >;
  /** Per keuze-id (bv. `'versnelfonds.begrenzen'`) overgenomen of in eigen woorden. */
  readonly keuzes?: Readonly<Record<string, Keuzebeleid>>;
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
  /**
   * Per regel wat het beleid heeft vastgesteld: grondslag, eigen regelteksten en overgenomen
   * lezingen (leeg als het beleid alleen waarden geeft). Een regel die op het beleid van een regio
   * rust (versnelfonds, regisseur, schuldhulp, alternatieve bewindvoering, de richting van
   * situatie), beslist alleen onder een beleid met een grondslag voor die regel.
   */
  readonly regels: Readonly<Partial<Record<RegelId, Regelbeleid>>>;
}

/**
 * Wat {@link defineBeleid} aanneemt als het uit TypeScript komt: een {@link Beleid} waarin
 * `documenten` en `regios` mogen ontbreken. Uit een bestand (`JSON.parse`) mag elke waarde: die
 * wordt gecontroleerd.
 */
export interface Beleidsdefinitie extends Omit<Beleid, 'documenten' | 'regios' | 'regels'> {
  /** De eigen brondocumenten; weggelaten = geen. */
  readonly documenten?: Beleid['documenten'];
  /** De eigen regio's per id; weggelaten = geen. */
  readonly regios?: Beleid['regios'];
  /** Per regel grondslag, eigen regelteksten en overgenomen lezingen; weggelaten = geen. */
  readonly regels?: Beleid['regels'];
}
