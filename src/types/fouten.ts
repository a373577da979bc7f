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

/**
 * Wordt gegooid als een beleidswaarde of regio-indeling die de regel nodig heeft op de
 * peildatum niet in werking is. Er wordt dan nooit een waarde van een andere datum, regio of
 * soort geleend. Omdat de oorzaak een datum in de invoer is, is dit een bijzondere
 * {@link OngeldigeInvoerFout}: `fouten[0].pad` noemt het datumveld.
 *
 * @example
 * const uitslag = bepaalHerkomstVeilig({ gemeenteVanHerkomst: 'Zwolle', regio: 'ijssel-vecht', peildatum: '2022-12-31' });
 * uitslag.fouten
 * //=> [{ pad: 'peildatum', melding: "geen waarde voor 'regio.leden' van 'ijssel-vecht' in werking op 2022-12-31 (waarden gelden van 2023-01-01 tot 2025-01-01, vanaf 2025-01-01)" }]
 */
export class BeleidNietInWerkingFout extends OngeldigeInvoerFout {
  /** De parameter zonder waarde in werking, bv. `'regio.leden'`. */
  readonly parameter: string;
  /** De peildatum (`JJJJ-MM-DD`). */
  readonly peildatum: string;
  /** Het beleid of de regio waarin gezocht is. */
  readonly beleid: string;

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
   * @param gegevens - de parameter, de peildatum, het beleid, het datumveld in de invoer en
   *   eventueel een aanvulling (bv. vanaf wanneer wél een waarde geldt)
   */
  constructor(gegevens: { parameter: string; peildatum: string; beleid: string; pad: string; aanvulling?: string }) {
    const { parameter, peildatum, beleid, pad, aanvulling } = gegevens;
    super([
      {
        pad,
        melding: `geen waarde voor '${parameter}' van '${beleid}' in werking op ${peildatum}${aanvulling ? ` (${aanvulling})` : ''}`,
      },
    ]);
    merk(this, MERK_BELEID_NIET_IN_WERKING);
    this.name = 'BeleidNietInWerkingFout';
    this.parameter = parameter;
    this.peildatum = peildatum;
    this.beleid = beleid;
  }
}

function beschrijfVeldfout(fout: Veldfout): string {
  return fout.pad === '' ? fout.melding : `${fout.pad}: ${fout.melding}`;
}

/** De merken van de fouten, uit het globale symboolregister: dezelfde in elke kopie van het pakket. */
const MERK_ONGELDIGE_INVOER = Symbol.for('opvangregels.OngeldigeInvoerFout');
const MERK_BELEID_NIET_IN_WERKING = Symbol.for('opvangregels.BeleidNietInWerkingFout');

/** Zet het merk als eigen, niet-opsombaar en onveranderlijk veld (JSON en de velden van de fout blijven gelijk). */
function merk(fout: object, merkteken: symbol): void {
  Object.defineProperty(fout, merkteken, { value: true, enumerable: false, writable: false, configurable: false });
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
