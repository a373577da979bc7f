import type { Status } from './feit.js';

/**
 * Een verwijzing naar de bron van een criterium of waarde.
 * `document` is een id uit {@link BRONDOCUMENTEN}, zodat elke bron tot een volledige
 * verwijzing te herleiden is (zie {@link zoekBrondocument}).
 */
export interface Bron {
  /** Id van het brondocument, bv. `'integrale-ketenaanpak-mo'`. */
  document: string;
  /** Het onderdeel (hoofdstuk, paragraaf, artikel), bv. `'Oplossing 5: Versnelfonds'`. */
  onderdeel: string;
  /** Een kort letterlijk citaat uit de bron, in het Nederlands zoals geschreven. */
  citaat?: string;
}

/** Een verwijzing naar het gebruikte beleid: id en versie. */
export interface Beleidsverwijzing {
  /** Id van het beleid, bv. `'almelo'`. */
  id: string;
  /** Versie van het beleid. */
  versie: string;
}

/** Een gemeente kort aangeduid: CBS-code en naam. */
export interface Gemeenteverwijzing {
  /** CBS-code in de vorm `GM0141`. */
  code: string;
  /** Officiële naam. */
  naam: string;
}

/**
 * De onderbouwing van één criterium in een beoordeling.
 */
export interface Grond {
  /** Id van het criterium, bv. `'herkomst.regio'`. */
  regel: string;
  /** De uitslag van het criterium. */
  status: Status;
  /** Eén Nederlandse zin die de feiten en waarden noemt die de uitslag bepaalden. */
  toelichting: string;
  /** Dezelfde toelichting in het Engels, voor {@link motivering} met `taal: 'en'`. */
  toelichtingEn: string;
  /** De bronnen van het criterium: document, onderdeel en citaat. */
  bronnen: Bron[];
}

/**
 * De uitkomst van een regel, met per criterium een {@link Grond}.
 *
 * @typeParam U - de mogelijke uitkomsten van de regel
 */
export interface Beoordeling<U extends string> {
  /** Id van de regel, bv. `'herkomst'`. */
  regel: string;
  /** De uitkomst. */
  uitkomst: U;
  /** Eén grond per criterium, in de volgorde van de regel. */
  gronden: Grond[];
  /**
   * De invoervelden (paden met punten) die een beslissing blokkeren. Leeg, behalve als de
   * uitkomst de "meer gegevens nodig"-uitkomst van de regel is (meestal `'aanvullen'`).
   */
  ontbrekendeGegevens: string[];
  /** De peildatum (`JJJJ-MM-DD`) waarop de regel is toegepast; `null` als de regel niet van een datum afhangt. */
  peildatum: string | null;
  /** Het gebruikte beleid; `null` als de regel geen beleidswaarden gebruikt. */
  beleid: Beleidsverwijzing | null;
}
