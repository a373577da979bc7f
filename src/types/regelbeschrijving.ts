import type { Bron } from './beoordeling.js';
import type { Tweetalig } from './tweetalig.js';
import type { Waardestatus } from './waardestatus.js';

/** Hoe vast de bronpassage staat waar een criterium op rust, en waarom (verplicht tenzij `'vastgesteld'`). */
export interface Basisbeschrijving {
  /** De status van de passage. */
  status: Waardestatus;
  /** Waarom deze status: wat de bron zegt (leeg bij `'vastgesteld'`). */
  reden: Tweetalig;
  /**
   * `true` als het criterium rust op een wet, een begrip of een landelijke indeling: dan geldt deze
   * grondslag onder elk beleid. Anders is het een toets waarvan de toegepaste waarden hun eigen
   * status hebben, en vervangt de grondslag die een beleid voor de regel geeft deze.
   */
  landelijk?: boolean;
}

/** Een keuze waar de bronnen zwijgen: een maat, een beslisregel, een drempel of een reikwijdte (status `'interpretatie'`). */
export interface Keuzebeschrijving {
  /** Het id, bv. `'regisseur.maat-contacturen'`. */
  id: string;
  /** De keuze en waarom, in één of twee korte zinnen: zo noemt de brief onze lezing ("Interpretatie"). */
  tekst: Tweetalig;
  /**
   * De keuze zelf als regel, zonder de reden (die zegt dat de bronnen zwijgen): zo staat zij in de
   * brief als een beleid haar overneemt ("Regel van het beleid", SPEC §2.9). Dan zegt de bron van
   * het beleid het, dus hoort "de bron zegt niet" of "wij lezen" er niet in. Onpersoonlijk, in de
   * tegenwoordige tijd, zoals een regeltekst: bv. "Het maximum geldt per aanvraag." Dezelfde
   * inhoud als `tekst`, zonder voorwaarden erbij of eraf. Een test eist dit voor elke keuze.
   */
  alsRegel: Tweetalig;
}

/** De beschrijving van één criterium van een regel, voor de regelcatalogus en de motivering. */
export interface Criteriumbeschrijving {
  /** Het id, bv. `'herkomst.regio'`. */
  id: string;
  /** Een korte naam voor de brief, bv. "Laatste optie". */
  titel: Tweetalig;
  /** `'criterium'` telt mee in de uitkomst; een `'signaal'` informeert alleen. */
  soort: 'criterium' | 'signaal';
  /** Wanneer het criterium voldaan is (bij een signaal: waarop het wijst). */
  voldaanAls: Tweetalig;
  /**
   * De bronnen van de regeltekst van het criterium (niet die van beleidswaarden: die volgen de
   * waarde). Een bron uit een regionaal document wordt alleen geciteerd onder het beleid van die
   * regio, of als het beleid dat besliste het document zelf citeert; een beleid kan de regeltekst
   * vervangen (`regels.<regel>.criteria`).
   */
  bronnen: readonly Bron[];
  /**
   * Waar het criterium op rust: een ingebouwde grondslag, of `'beleid'`: het criterium komt uit het
   * beleid van een regio, en de grondslag komt uit het beleid dat besliste (`regels.<regel>.grondslag`;
   * de ingebouwde beleidssets geven die voor hun regels, zie {@link INGEBOUWD_BELEID}).
   */
  basis: Basisbeschrijving | 'beleid';
  /** De keuzes die het criterium maakt waar de bronnen zwijgen. */
  keuzes: readonly Keuzebeschrijving[];
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
  /** De criteria en signalen in de volgorde waarin de regel ze toetst. */
  criteria: readonly Criteriumbeschrijving[];
  /** Per invoerveld (pad) dat in `ontbrekendeGegevens` kan staan, een naam voor de brief, bv. "de verwachte besparing". */
  velden: Readonly<Record<string, Tweetalig>>;
  /**
   * Per ja/nee-veld (een {@link Feit}; pad met punten, zonder indexen, bv.
   * `'betrokkenOrganisaties.bereikbaar'`) de vraag zoals een formulier haar stelt: *ja* betekent
   * altijd dat het veld `true` is. Een test eist een vraag voor elk zo'n veld.
   */
  vragen: Readonly<Record<string, Tweetalig>>;
}
