import type { EigenBrondocument } from '../beleid/beleid.js';
import type { Status } from './feit.js';
import type { Waardestatus } from './waardestatus.js';

/**
 * Een verwijzing naar de bron van een criterium of waarde.
 * `document` is een id uit {@link BRONDOCUMENTEN} of een eigen document van het beleid, zodat elke
 * bron tot een volledige verwijzing te herleiden is (zie {@link zoekBrondocument}, en
 * `Beoordeling.eigenDocumenten`).
 */
export interface Bron {
  /** Id van het brondocument, bv. `'integrale-ketenaanpak-mo'`, of van een eigen document van het beleid. */
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
  /** Leesbare naam van het beleid, bv. `'Centrumregio Almelo'` (voor de brief). */
  naam: string;
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
  /**
   * De bronnen: eerst die van de regeltekst van het criterium, dan die van elke beleidswaarde
   * die het criterium toepaste (uit het beleid dat de waarde leverde). Een signaal over een
   * niet-toegepaste waarde citeert die waarde.
   */
  bronnen: Bron[];
  /**
   * `'criterium'` telt mee in de uitkomst; een `'signaal'` informeert (bv. landelijke
   * toegankelijkheid, een niet-toegepaste ambitie) en verandert de uitkomst nooit.
   */
  soort: 'criterium' | 'signaal';
  /** Waar het criterium op rust en hoe vast dat staat, met de reden als die niet `'vastgesteld'` is. */
  basis: Grondslag;
  /**
   * De lezingen waar de bronnen zwijgen die dit criterium hier toepaste (leeg als geen): onze
   * interpretaties, of lezingen die het beleid overnam of in eigen woorden vastlegde.
   */
  interpretaties: Interpretatie[];
}

/**
 * De grondslag van een criterium: waar de regel op rust en hoe vast dat staat. Rust het criterium
 * op het beleid van een regio, dan komt de grondslag uit het beleid dat besliste
 * (`regels.<regel>.grondslag` van dat beleid, SPEC §2.9); anders is het de ingebouwde grondslag
 * van het criterium (een wet, een begrip, of een toets waarvan de waarden hun eigen status hebben).
 */
export interface Grondslag {
  /** De status van de grondslag. */
  status: Waardestatus;
  /** Waarom die status, in het Nederlands; leeg bij `'vastgesteld'` zonder toelichting. */
  toelichting: string;
  /** Dezelfde reden in het Engels (gaf het beleid geen Engelse, dan zijn Nederlandse woorden, aangehaald na "The policy says, in Dutch"). */
  toelichtingEn: string;
  /** De bronnen van de grondslag (bv. het raadsbesluit dat de criteria vaststelt); `[]` bij een ingebouwde grondslag die alleen op de regeltekst rust. */
  bronnen: Bron[];
  /** Het id van het beleid dat deze grondslag gaf, of `null` voor de ingebouwde grondslag van het criterium. */
  beleid: string | null;
}

/**
 * Een lezing waar de bronnen zwijgen. Zolang geen beleid haar overneemt, is het onze lezing (soort
 * `'interpretatie'`, `beleid: null`); een beleid kan haar als eigen regel overnemen
 * (`'overgenomen'`, geciteerd naar de bronnen van het beleid) of in eigen woorden vastleggen
 * (`'eigen-tekst'`), zie `regels.<regel>.keuzes` van een beleid (SPEC §2.9).
 */
export interface Interpretatie {
  /** Id van de keuze, bv. `'regisseur.maat-contacturen'`; de regelcatalogus noemt elke keuze. */
  id: string;
  /** Wie de lezing draagt: wij (`'interpretatie'`), of het beleid (`'overgenomen'`, `'eigen-tekst'`). */
  soort: 'interpretatie' | 'overgenomen' | 'eigen-tekst';
  /** De keuze en de reden, in het Nederlands (bij `'eigen-tekst'` de woorden van het beleid). */
  toelichting: string;
  /** Dezelfde tekst in het Engels (bij `'eigen-tekst'` de Engelse woorden van het beleid, `tekstEn`, of anders zijn Nederlandse woorden als citaat). */
  toelichtingEn: string;
  /** Het id van het beleid dat de lezing overnam of in eigen woorden vastlegde; `null` bij onze lezing. */
  beleid: string | null;
  /** De bronnen van het beleid voor deze lezing; `[]` bij onze lezing. */
  bronnen: Bron[];
}

/**
 * Eén beleidswaarde die een beoordeling toepaste (of, in `uitgeslotenWaarden`, niet toepaste
 * omdat de status is uitgesloten), zodat de beslissing later te herhalen en te controleren is.
 */
export interface ToegepasteWaarde {
  /** De parameter, bv. `'versnelfonds.maximumInCenten'`; een regio-indeling heet `'regio.<id>.leden'`. */
  parameter: string;
  /** De waarde zelf. */
  waarde: unknown;
  /** Hoe vast de waarde staat. */
  status: Waardestatus;
  /** Eerste dag waarop de waarde geldt. */
  vanaf: string;
  /** Eerste dag waarop ze niet meer geldt, of `null` (geen einde). */
  tot: string | null;
  /** Het beleid dat de waarde leverde; `'ingebouwd'` voor de ingebouwde regio-indelingen. */
  beleid: string;
}

/**
 * De uitkomst van een regel, met per criterium een {@link Grond}. Elke aanroep bouwt een nieuwe
 * beoordeling (niet bevroren): wie haar verandert, verandert geen latere beoordeling.
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
   *
   * De volgorde ligt vast: per criterium dat `'onbekend'` is, in de volgorde van de criteria van
   * de regel (`REGELS[regel].beschrijving.criteria`, ook de volgorde van `gronden`); binnen één
   * criterium in de volgorde van `REGELS[regel].beschrijving.velden`; elk veld één keer, op de
   * plek van het eerste criterium dat erom vraagt. Voor `versnelfonds` dus bv.
   * `['voorliggendeVoorzieningenBenut', 'gemeenteVanHerkomst', 'schulden', 'schuldhulpverlenerBetrokken']`.
   * Per regel staat de volgorde in docs/testvectoren.md; de testvectoren vergelijken haar exact.
   */
  ontbrekendeGegevens: string[];
  /** De peildatum (`JJJJ-MM-DD`) waarop de regel is toegepast; `null` als de regel niet van een datum afhangt. */
  peildatum: string | null;
  /** Het gebruikte beleid; `null` als de regel geen beleidswaarden gebruikt. */
  beleid: Beleidsverwijzing | null;
  /** Elke beleidswaarde (en regio-indeling) die de beoordeling toepaste, in de volgorde van de criteria; `[]` als geen. */
  toegepasteWaarden: ToegepasteWaarde[];
  /**
   * Waarden die op de datum golden maar niet zijn toegepast omdat hun status is uitgesloten
   * (standaard ambities en planningsaannames); een signaal noemt elk. `[]` als geen.
   */
  uitgeslotenWaarden: ToegepasteWaarde[];
  /**
   * De eigen brondocumenten van het beleid die de gronden citeren (titel, uitgever, jaar, url),
   * zodat {@link motivering} elke bron volledig noemt, ook uit opgeslagen JSON zonder het beleid.
   * `[]` als de gronden alleen ingebouwde documenten citeren.
   */
  eigenDocumenten: EigenBrondocument[];
  /** De versie van opvangregels die besliste. */
  pakketversie: string;
}
