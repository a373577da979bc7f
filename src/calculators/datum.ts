import { TZDate } from '@date-fns/tz';

/** De tijdzone waarin alle kalenderrekenwerk gebeurt. */
export const TIJDZONE_AMSTERDAM = 'Europe/Amsterdam';

const KALENDERDATUM = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Zegt of een tekst een bestaande kalenderdatum `JJJJ-MM-DD` is (dus niet `2026-02-30`).
 *
 * @param tekst - de te controleren tekst
 * @example
 * isKalenderdatum('2024-02-29') //=> true
 * isKalenderdatum('2026-02-30') //=> false
 */
export function isKalenderdatum(tekst: string): boolean {
  const delen = KALENDERDATUM.exec(tekst);
  if (!delen) return false;
  const [jaar, maand, dag] = [Number(delen[1]), Number(delen[2]), Number(delen[3])];
  if (jaar < 1 || maand < 1 || maand > 12 || dag < 1) return false;
  return dag <= dagenInMaand(jaar, maand);
}

/**
 * De Amsterdamse kalenderdatum (`JJJJ-MM-DD`) van een tijdstip, onafhankelijk van de
 * tijdzone van de computer.
 *
 * @param tijdstip - een `Date`
 * @example
 * amsterdamseDatum(new Date('2024-03-31T22:30:00Z')) //=> '2024-04-01'
 */
export function amsterdamseDatum(tijdstip: Date): string {
  const inAmsterdam = new TZDate(tijdstip.getTime(), TIJDZONE_AMSTERDAM);
  return [
    String(inAmsterdam.getFullYear()).padStart(4, '0'),
    String(inAmsterdam.getMonth() + 1).padStart(2, '0'),
    String(inAmsterdam.getDate()).padStart(2, '0'),
  ].join('-');
}

const MAANDEN_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MAANDEN_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Schrijft een kalenderdatum uit zoals in een brief: `15 mei 2026` (nl) of `15 May 2026` (en).
 *
 * @param datum - een kalenderdatum `JJJJ-MM-DD`
 * @param taal - `'nl'` (standaard) of `'en'`
 * @example
 * schrijfDatum('2026-05-15') //=> '15 mei 2026'
 * schrijfDatum('2026-05-15', 'en') //=> '15 May 2026'
 */
export function schrijfDatum(datum: string, taal: 'nl' | 'en' = 'nl'): string {
  const delen = KALENDERDATUM.exec(datum);
  if (!delen) return datum;
  const maanden = taal === 'en' ? MAANDEN_EN : MAANDEN_NL;
  return `${Number(delen[3])} ${maanden[Number(delen[2]) - 1]} ${Number(delen[1])}`;
}

function dagenInMaand(jaar: number, maand: number): number {
  if (maand === 2) return isSchrikkeljaar(jaar) ? 29 : 28;
  return [4, 6, 9, 11].includes(maand) ? 30 : 31;
}

function isSchrikkeljaar(jaar: number): boolean {
  return (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0;
}
