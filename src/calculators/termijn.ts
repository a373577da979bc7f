import { UTCDate } from '@date-fns/utc';
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { OngeldigeInvoerFout } from '../types/fouten.js';
import { isKalenderdatum } from './datum.js';
import { diepBevroren } from '../types/bevroren.js';
import { zonderVervuiling } from '../kern/schoon-prototype.js';

/** De eenheid van een {@link Duur}. */
export type Duureenheid = 'nachten' | 'dagen' | 'weken' | 'maanden';

/** Alle waarden van {@link Duureenheid}. */
export const DUUREENHEDEN = /* @__PURE__ */ diepBevroren(['nachten', 'dagen', 'weken', 'maanden'] as const satisfies readonly Duureenheid[]);

/** Een duur, bv. `{ aantal: 8, eenheid: 'weken' }`. */
export interface Duur {
  /** Het aantal eenheden: een geheel getal van ten minste 0. */
  aantal: number;
  /** De eenheid. */
  eenheid: Duureenheid;
}

/** Het grootste `aantal` dat {@link telDuurOp} aanneemt (ruim meer dan elke termijn in de bronnen). */
export const MAXIMAAL_AANTAL = 100_000;

/**
 * Telt een duur op bij een kalenderdatum, in de Amsterdamse kalender (onafhankelijk van de
 * tijdzone van de computer):
 * - N nachten of N dagen: N kalenderdagen later;
 * - N weken: 7 × N kalenderdagen later;
 * - N maanden: dezelfde dag N maanden later, of de laatste dag van die maand als die dag er niet
 *   is (31 mei + 9 maanden = 28 of 29 februari). Er wordt altijd vanaf de startdatum geteld,
 *   nooit maand voor maand.
 *
 * @param datum - de startdatum `JJJJ-MM-DD`
 * @param duur - het aantal en de eenheid
 * @returns de datum `JJJJ-MM-DD` na afloop van de duur
 * @throws {OngeldigeInvoerFout} bij een onbestaande datum (pad `datum`), een duur die geen object is (pad `duur`), een aantal dat geen
 *   geheel getal van 0 tot en met {@link MAXIMAAL_AANTAL} is (pad `duur.aantal`), een onbekende
 *   eenheid (pad `duur.eenheid`) of een uitkomst na het jaar 9999
 * @example
 * telDuurOp('2026-05-03', { aantal: 2, eenheid: 'nachten' }) //=> '2026-05-05'
 * telDuurOp('2026-05-03', { aantal: 8, eenheid: 'weken' }) //=> '2026-06-28'
 * telDuurOp('2026-05-31', { aantal: 9, eenheid: 'maanden' }) //=> '2027-02-28'
 * telDuurOp('2027-05-31', { aantal: 9, eenheid: 'maanden' }) //=> '2028-02-29'
 * telDuurOp('2026-02-30', { aantal: 1, eenheid: 'dagen' })
 * // gooit: datum: moet een bestaande datum JJJJ-MM-DD zijn
 */
export function telDuurOp(datum: string, duur: Duur): string {
  // Met een schoon Object.prototype: geen vreemde naam daarop verandert de uitkomst (SPEC §2.8).
  return zonderVervuiling(() => telDuurOpOpSchoonPrototype(datum, duur));
}

function telDuurOpOpSchoonPrototype(datum: string, duur: Duur): string {
  const start = leesDag(datum, 'datum');
  if (typeof duur !== 'object' || duur === null) throw new OngeldigeInvoerFout([{ pad: 'duur', melding: "moet een duur zijn, bv. { aantal: 2, eenheid: 'nachten' }" }]);
  // Alleen eigen velden: een vervuild Object.prototype geeft geen aantal of eenheid.
  const aantal: unknown = Object.hasOwn(duur, 'aantal') ? duur.aantal : undefined;
  const eenheid: unknown = Object.hasOwn(duur, 'eenheid') ? duur.eenheid : undefined;
  if (typeof aantal !== 'number' || !Number.isInteger(aantal) || aantal < 0 || aantal > MAXIMAAL_AANTAL) {
    throw new OngeldigeInvoerFout([{ pad: 'duur.aantal', melding: `moet een geheel getal van 0 tot en met ${MAXIMAAL_AANTAL} zijn` }]);
  }
  // De kalender van date-fns op UTCDate (SPEC §5 (0.3)): een kalenderdatum zonder tijdzone, dus
  // onafhankelijk van die van de computer; in de Amsterdamse kalender valt nooit een hele dag weg.
  let einde: Date;
  switch (eenheid) {
    case 'nachten':
    case 'dagen':
      einde = addDays(start.datum, aantal);
      break;
    case 'weken':
      einde = addWeeks(start.datum, aantal);
      break;
    case 'maanden':
      // Dezelfde dag N maanden later, of de laatste dag van die maand; altijd vanaf de startdatum.
      einde = addMonths(start.datum, aantal);
      break;
    default:
      throw new OngeldigeInvoerFout([{ pad: 'duur.eenheid', melding: `moet een van ${DUUREENHEDEN.map((naam) => `'${naam}'`).join(', ')} zijn` }]);
  }
  const [jaar, maand, dag] = [einde.getFullYear(), einde.getMonth() + 1, einde.getDate()];
  if (jaar > 9999) throw new OngeldigeInvoerFout([{ pad: 'duur', melding: 'valt na het jaar 9999' }]);
  return `${String(jaar).padStart(4, '0')}-${String(maand).padStart(2, '0')}-${String(dag).padStart(2, '0')}`;
}

/**
 * {@link telDuurOp} voor een veld van de invoer: valt de einddatum na het jaar 9999, dan is dat een
 * fout op `pad` met `melding` (de regel zegt welke datum het zou worden), niet op `duur`.
 *
 * @internal
 */
export function telDuurOpVanaf(datum: string, duur: Duur, pad: string, melding: string): string {
  try {
    return telDuurOp(datum, duur);
  } catch (fout) {
    if (fout instanceof OngeldigeInvoerFout) throw new OngeldigeInvoerFout([{ pad, melding }]);
    throw fout;
  }
}

/**
 * Het aantal kalenderdagen van `van` tot `tot`: positief als `tot` later is, 0 op dezelfde
 * dag, negatief als `tot` al voorbij is. Zo geeft `dagenTussen(peildatum, vertrekdatum)` de
 * resterende dagen van een termijn. Zomer- en wintertijd tellen niet mee: het gaat om
 * kalenderdagen in Amsterdam.
 *
 * @param van - `JJJJ-MM-DD`, bv. de peildatum
 * @param tot - `JJJJ-MM-DD`, bv. de uiterlijke vertrekdatum
 * @throws {OngeldigeInvoerFout} bij een onbestaande datum (pad `van` of `tot`)
 * @example
 * dagenTussen('2026-05-04', '2026-05-05') //=> 1
 * dagenTussen('2026-05-05', '2026-05-05') //=> 0
 * dagenTussen('2026-05-07', '2026-05-05') //=> -2
 * dagenTussen('2026-03-28', '2026-03-30') //=> 2
 */
export function dagenTussen(van: string, tot: string): number {
  // Met een schoon Object.prototype: geen vreemde naam daarop verandert de uitkomst (SPEC §2.8).
  return zonderVervuiling(() => dagenTussenOpSchoonPrototype(van, tot));
}

function dagenTussenOpSchoonPrototype(van: string, tot: string): number {
  const begin = leesDag(van, 'van');
  return differenceInCalendarDays(leesDag(tot, 'tot').datum, begin.datum);
}

/** Een kalenderdatum als jaar, maand, dag en als `UTCDate` (middernacht UTC) voor de rekenfuncties van date-fns. */
function leesDag(datum: string, pad: string): { jaar: number; maand: number; dag: number; datum: UTCDate } {
  if (!isKalenderdatum(datum)) throw new OngeldigeInvoerFout([{ pad, melding: 'moet een bestaande datum JJJJ-MM-DD zijn' }]);
  const [jaar, maand, dag] = [Number(datum.slice(0, 4)), Number(datum.slice(5, 7)), Number(datum.slice(8, 10))];
  // setFullYear, want de constructor leest jaren onder de 100 als 19xx (UTCDate rekent in UTC).
  const utc = new UTCDate(0);
  utc.setFullYear(jaar, maand - 1, dag);
  return { jaar, maand, dag, datum: utc };
}

const EENHEIDNAMEN: Readonly<Record<Duureenheid, Readonly<Record<'nl' | 'en', readonly [enkelvoud: string, meervoud: string]>>>> = {
  nachten: { nl: ['nacht', 'nachten'], en: ['night', 'nights'] },
  dagen: { nl: ['dag', 'dagen'], en: ['day', 'days'] },
  weken: { nl: ['week', 'weken'], en: ['week', 'weeks'] },
  maanden: { nl: ['maand', 'maanden'], en: ['month', 'months'] },
};

/**
 * Schrijft een duur uit: `2 nachten`, `1 week`, `9 maanden` (nl) of `2 nights` (en).
 *
 * @param duur - het aantal en de eenheid
 * @param taal - `'nl'` (standaard) of `'en'`
 * @example
 * schrijfDuur({ aantal: 2, eenheid: 'nachten' }) //=> '2 nachten'
 * schrijfDuur({ aantal: 1, eenheid: 'weken' }) //=> '1 week'
 * schrijfDuur({ aantal: 9, eenheid: 'maanden' }, 'en') //=> '9 months'
 */
export function schrijfDuur(duur: Duur, taal: 'nl' | 'en' = 'nl'): string {
  // Met een schoon Object.prototype: geen vreemde naam daarop verandert de uitkomst (SPEC §2.8).
  return zonderVervuiling(() => schrijfDuurOpSchoonPrototype(duur, taal));
}

function schrijfDuurOpSchoonPrototype(duur: Duur, taal: 'nl' | 'en'): string {
  const [enkelvoud, meervoud] = EENHEIDNAMEN[duur.eenheid][taal];
  return `${duur.aantal} ${duur.aantal === 1 ? enkelvoud : meervoud}`;
}
