import type { Waardestatus } from './waardestatus.js';

/**
 * Eén fout in de invoer: het pad van het veld (met punten, bv. `'bedragInCenten'` of
 * `'betrokkenOrganisaties.1.naam'`) en een Nederlandse melding.
 */
export interface Veldfout {
  /** Pad van het veld in de invoer; `''` voor de invoer als geheel. */
  pad: string;
  /** Nederlandse melding, zonder vrije tekst uit de invoer te herhalen (behalve een gemeentenaam). */
  melding: string;
}

/**
 * Wordt gegooid als de invoer van een regel niet klopt: verkeerde typen, onbekende waarden,
 * onmogelijke datums, onbekende gemeenten. Onjuiste invoer is nooit een beslissing.
 *
 * @example
 * const fout = new OngeldigeInvoerFout([{ pad: 'bedragInCenten', melding: 'moet een positief geheel getal zijn' }]);
 * fout.message //=> 'Ongeldige invoer: bedragInCenten: moet een positief geheel getal zijn'
 * bepaalHerkomstVeilig({ gemeenteVanHerkomst: 'Almeloo', regio: 'almelo', peildatum: '2024-05-01' }).fouten
 * //=> [{ pad: 'gemeenteVanHerkomst', melding: "onbekende gemeente 'Almeloo'; bedoelt u 'Almelo'?" }]
 */
export class OngeldigeInvoerFout extends Error {
  /** Eén fout per veld, met pad en Nederlandse melding. */
  readonly fouten: Veldfout[];

  /**
   * `instanceof` werkt ook tussen de ESM- en de CJS-kopie van het pakket (een app die beide laadt
   * heeft twee klassen): elke fout draagt een merk uit het globale symboolregister.
   *
   * @example
   * new OngeldigeInvoerFout([{ pad: '', melding: 'ontbreekt' }]) instanceof OngeldigeInvoerFout //=> true
   * new Error('x') instanceof OngeldigeInvoerFout //=> false
   */
  static override [Symbol.hasInstance](waarde: unknown): boolean {
    return heeftMerk(waarde, MERK_ONGELDIGE_INVOER);
  }

  /** @param fouten - ten minste één veldfout */
  constructor(fouten: Veldfout[]) {
    super(`Ongeldige invoer: ${fouten.map(beschrijfVeldfout).join('; ')}`);
    merk(this, MERK_ONGELDIGE_INVOER);
    this.name = 'OngeldigeInvoerFout';
    this.fouten = fouten;
  }
}

/** Eén vastgelegde periode van een beleidswaarde of regio-indeling, zonder waarde en bronnen (zie {@link BeleidNietInWerking}). */
export interface Beleidsperiode {
  /** Eerste dag waarop de waarde geldt (`JJJJ-MM-DD`). */
  vanaf: string;
  /** Eerste dag waarop zij niet meer geldt (`JJJJ-MM-DD`), of `null`: geen einde. */
  tot: string | null;
  /** Hoe vast de waarde staat. */
  status: Waardestatus;
}

/**
 * Wat er ontbrak toen een regel geen beleid in werking vond (SPEC §2.11): de velden van een
 * {@link BeleidNietInWerkingFout}, en in de niet-gooiende vorm van een regel het veld
 * `nietInWerking` van een {@link GeenBeleidMislukking}. Gewone gegevens, geschikt voor JSON.
 */
export interface BeleidNietInWerking {
  /** De peildatum (`JJJJ-MM-DD`) waarop niets in werking was; `''` bij een regel zonder datum (regisseur, schuldhulp, alternatieve bewindvoering). */
  peildatum: string;
  /** Het beleid waarin gezocht is; bij een regio-indeling (`parameter` `'regio.leden'`) het id van de regio, zoals sinds 0.2. */
  beleid: string;
  /** Het id van de regio als haar indeling (leden) ontbrak, anders `null`. */
  regio: string | null;
  /** `true` als de ontbrekende waarden ingebouwd zijn (een ingebouwd beleid of een ingebouwde regio): dan helpt een eigen beleid. */
  ingebouwd: boolean;
  /** De eerste parameter zonder waarde in werking, bv. `'versnelfonds.maximumInCenten'` of `'regio.leden'`. */
  parameter: string;
  /** Elke parameter die de regel nodig had en die op de peildatum geen waarde in werking had, in de volgorde van de regel (ten minste `parameter`). */
  ontbrekendeParameters: string[];
  /** De vastgelegde perioden van `parameter`, opvolgend in de tijd; `[]` als er geen enkele is. */
  perioden: Beleidsperiode[];
  /** De eerste dag waarop voor `parameter` een waarde is vastgelegd, of `null` als er geen is. */
  vastgelegdVanaf: string | null;
  /** De eerste dag na de laatste vastgelegde periode, of `null`: geen perioden, of de laatste heeft geen einde. */
  vastgelegdTot: string | null;
  /**
   * De status van de waarde die op de peildatum wél vastgelegd is maar niet is toegepast
   * (`opties.uitgeslotenStatussen`), als dat de oorzaak was; anders `null`.
   */
  uitgeslotenStatus: Waardestatus | null;
}

/**
 * Wordt gegooid als een beleidswaarde of regio-indeling die de regel nodig heeft op de
 * peildatum niet in werking is. Er wordt dan nooit een waarde van een andere datum, regio of
 * soort geleend.
 *
 * Dit is geen fout in de invoer maar een eigen soort uitkomst (SPEC §2.11): de invoer klopt, maar
 * er is op die dag geen beleid om mee te beslissen. De CLI meldt haar apart (exitcode 3) en de
 * niet-gooiende vorm van een regel geeft `soort: 'geen-beleid'`. Voor `catch` blijft zij een
 * {@link OngeldigeInvoerFout} (zoals in 0.2): `fouten[0].pad` noemt het datumveld. De velden van
 * {@link BeleidNietInWerking} zeggen wat ontbrak en wanneer er wél waarden zijn.
 *
 * @example
 * const uitslag = bepaalHerkomstVeilig({ gemeenteVanHerkomst: 'Zwolle', regio: 'ijssel-vecht', peildatum: '2022-12-31' });
 * uitslag.fouten
 * //=> [{ pad: 'peildatum', melding: "geen waarde voor 'regio.leden' van 'ijssel-vecht' in werking op 2022-12-31 (waarden gelden van 2023-01-01 tot 2025-01-01, vanaf 2025-01-01)" }]
 * uitslag.succes ? null : uitslag.soort
 * //=> 'geen-beleid'
 * const na2026 = bepaalHerkomstVeilig({ gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum: '2027-01-01' });
 * na2026.succes || na2026.soort !== 'geen-beleid' ? null : [na2026.nietInWerking.regio, na2026.nietInWerking.ingebouwd, na2026.nietInWerking.vastgelegdVanaf, na2026.nietInWerking.vastgelegdTot]
 * //=> ['almelo', true, '2018-04-01', '2027-01-01']
 */
export class BeleidNietInWerkingFout extends OngeldigeInvoerFout implements BeleidNietInWerking {
  /** De (eerste) parameter zonder waarde in werking, bv. `'regio.leden'`. */
  readonly parameter: string;
  /** De peildatum (`JJJJ-MM-DD`); `''` bij een regel zonder datum (regisseur, schuldhulp, alternatieve bewindvoering). */
  readonly peildatum: string;
  /** Het beleid of (bij `'regio.leden'`) de regio waarin gezocht is. */
  readonly beleid: string;
  /** Het id van de regio als haar indeling ontbrak, anders `null`. */
  readonly regio: string | null;
  /** Of de ontbrekende waarden ingebouwd zijn (een ingebouwd beleid of een ingebouwde regio). */
  readonly ingebouwd: boolean;
  /** Elke parameter zonder waarde in werking, in de volgorde van de regel. */
  readonly ontbrekendeParameters: string[];
  /** De vastgelegde perioden van `parameter`; `[]` als er geen is (of de gooier ze niet meegaf). */
  readonly perioden: Beleidsperiode[];
  /** De eerste dag met een vastgelegde waarde, of `null`. */
  readonly vastgelegdVanaf: string | null;
  /** De eerste dag na de laatste vastgelegde periode, of `null` (geen perioden, of geen einde). */
  readonly vastgelegdTot: string | null;
  /** De status die op de peildatum is uitgesloten, als dat de oorzaak was; anders `null`. */
  readonly uitgeslotenStatus: Waardestatus | null;

  /**
   * Als bij {@link OngeldigeInvoerFout}: `instanceof` werkt ook tussen de ESM- en de CJS-kopie.
   *
   * @example
   * new BeleidNietInWerkingFout({ parameter: 'x', peildatum: '2026-01-01', beleid: 'almelo', pad: 'peildatum' }) instanceof OngeldigeInvoerFout //=> true
   * new OngeldigeInvoerFout([{ pad: '', melding: 'ontbreekt' }]) instanceof BeleidNietInWerkingFout //=> false
   */
  static override [Symbol.hasInstance](waarde: unknown): boolean {
    return heeftMerk(waarde, MERK_BELEID_NIET_IN_WERKING);
  }

  /**
   * @param gegevens - de parameter, de peildatum, het beleid, het datumveld in de invoer, en
   *   eventueel: een aanvulling voor de melding (bv. vanaf wanneer wél een waarde geldt), alle
   *   ontbrekende parameters (standaard alleen `parameter`), de regio, of het ingebouwd is
   *   (standaard `false`), de vastgelegde perioden van `parameter` (een lijst
   *   {@link GedateerdeWaarde}n mag: alleen `vanaf`, `tot` en `status` worden overgenomen;
   *   standaard `[]`) en de uitgesloten status die de oorzaak was
   * @example
   * const fout = new BeleidNietInWerkingFout({
   *   parameter: 'versnelfonds.maximumInCenten', peildatum: '2026-12-01', beleid: 'almelo', pad: 'ingediendOp', ingebouwd: true,
   *   perioden: [{ vanaf: '2020-01-01', tot: '2026-01-01', status: 'voornemen' }],
   * });
   * [fout.vastgelegdVanaf, fout.vastgelegdTot, fout.ontbrekendeParameters]
   * //=> ['2020-01-01', '2026-01-01', ['versnelfonds.maximumInCenten']]
   */
  constructor(gegevens: {
    parameter: string;
    peildatum: string;
    beleid: string;
    pad: string;
    aanvulling?: string;
    ontbrekendeParameters?: readonly string[];
    regio?: string | null;
    ingebouwd?: boolean;
    perioden?: readonly { readonly vanaf: string; readonly tot?: string | null | undefined; readonly status: Waardestatus }[];
    uitgeslotenStatus?: Waardestatus | null;
  }) {
    const { parameter, peildatum, beleid, pad, aanvulling } = gegevens;
    super([
      {
        pad,
        melding: `geen waarde voor '${parameter}' van '${beleid}' in werking${peildatum ? ` op ${peildatum}` : ''}${aanvulling ? ` (${aanvulling})` : ''}`,
      },
    ]);
    merk(this, MERK_BELEID_NIET_IN_WERKING);
    this.name = 'BeleidNietInWerkingFout';
    this.parameter = parameter;
    this.peildatum = peildatum;
    this.beleid = beleid;
    this.regio = gegevens.regio ?? null;
    this.ingebouwd = gegevens.ingebouwd ?? false;
    const ontbrekend = gegevens.ontbrekendeParameters ?? [];
    this.ontbrekendeParameters = ontbrekend.includes(parameter) ? [...ontbrekend] : [parameter, ...ontbrekend];
    // Alleen de datums en de status: een fout draagt geen waarden of bronnen mee (SPEC §2.8: niets echoën).
    this.perioden = (gegevens.perioden ?? []).map((periode) => ({ vanaf: periode.vanaf, tot: Object.hasOwn(periode, 'tot') ? periode.tot ?? null : null, status: periode.status }));
    const laatste = this.perioden.at(-1);
    this.vastgelegdVanaf = this.perioden[0]?.vanaf ?? null;
    this.vastgelegdTot = laatste?.tot ?? null;
    this.uitgeslotenStatus = gegevens.uitgeslotenStatus ?? null;
  }
}

/**
 * De gegevens van een {@link BeleidNietInWerkingFout} als gewoon object (voor
 * `nietInWerking` van de niet-gooiende vorm, en JSON). @internal
 */
export function nietInWerkingVan(fout: BeleidNietInWerkingFout): BeleidNietInWerking {
  return {
    peildatum: fout.peildatum,
    beleid: fout.beleid,
    regio: fout.regio,
    ingebouwd: fout.ingebouwd,
    parameter: fout.parameter,
    ontbrekendeParameters: [...fout.ontbrekendeParameters],
    perioden: fout.perioden.map((periode) => ({ ...periode })),
    vastgelegdVanaf: fout.vastgelegdVanaf,
    vastgelegdTot: fout.vastgelegdTot,
    uitgeslotenStatus: fout.uitgeslotenStatus,
  };
}

function beschrijfVeldfout(fout: Veldfout): string {
  return fout.pad === '' ? fout.melding : `${fout.pad}: ${fout.melding}`;
}

/** De merken van de fouten, uit het globale symboolregister: dezelfde in elke kopie van het pakket. */
const MERK_ONGELDIGE_INVOER = Symbol.for('opvangregels.OngeldigeInvoerFout');
const MERK_BELEID_NIET_IN_WERKING = Symbol.for('opvangregels.BeleidNietInWerkingFout');

/** Zet het merk als eigen, niet-opsombaar en onveranderlijk veld (JSON en de velden van de fout blijven gelijk). */
function merk(fout: object, merkteken: symbol): void {
  // Een beschrijving zonder prototype: een vervuild Object.prototype.get maakt haar anders ongeldig.
  Object.defineProperty(fout, merkteken, Object.setPrototypeOf({ value: true, enumerable: false, writable: false, configurable: false }, null) as PropertyDescriptor);
}

/** Of de waarde het merk als eigen veld heeft; een waarde die bij het lezen gooit (een Proxy), heeft het niet. */
function heeftMerk(waarde: unknown, merkteken: symbol): boolean {
  if (typeof waarde !== 'object' || waarde === null) return false;
  try {
    return Object.getOwnPropertyDescriptor(waarde, merkteken)?.value === true;
  } catch {
    return false;
  }
}
