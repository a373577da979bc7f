import type { Bron } from '../types/beoordeling.js';

/** Een tekst in het Nederlands en het Engels. */
export interface Tweetalig {
  /** Nederlands. */
  nl: string;
  /** Engels. */
  en: string;
}

/** De beschrijving van één criterium van een regel, voor de regelcatalogus en de motivering. */
export interface Criteriumbeschrijving {
  /** Het id, bv. `'herkomst.regio'`. */
  id: string;
  /** Wanneer het criterium voldaan is. */
  voldaanAls: Tweetalig;
  /** De bronnen van het criterium. */
  bronnen: readonly Bron[];
}

/**
 * De beschrijving van een regel: titel, uitkomsten en criteria in nl en en. Bevat geen data of
 * logica, zodat {@link motivering} alleen dit nodig heeft.
 */
export interface Regelbeschrijving {
  /** Het id van de regel, zoals in `Beoordeling.regel`, bv. `'herkomst'`. */
  id: string;
  /** De exportnaam van de functie, bv. `'bepaalHerkomst'`. */
  functie: string;
  /** Korte titel. */
  titel: Tweetalig;
  /** Wat de regel beslist, in één of twee zinnen. */
  omschrijving: Tweetalig;
  /** Per uitkomst een leesbare naam. */
  uitkomsten: Readonly<Record<string, Tweetalig>>;
  /** De criteria in de volgorde waarin de regel ze toetst. */
  criteria: readonly Criteriumbeschrijving[];
}

/** De leesbare naam van de uitkomst `'aanvullen'`, gelijk voor elke regel. @internal */
export const AANVULLEN: Tweetalig = { nl: 'aanvullen (gegevens ontbreken)', en: 'more information needed' };
