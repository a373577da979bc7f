import { OngeldigeInvoerFout } from '../types/fouten.js';
import { TZDate } from '@date-fns/tz';
import { zonderVervuiling } from '../kern/schoon-prototype.js';

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
  // Met een schoon Object.prototype: geen vreemde naam daarop verandert de uitkomst (SPEC §2.8).
  return zonderVervuiling(() => isKalenderdatumOpSchoonPrototype(tekst));
}

function isKalenderdatumOpSchoonPrototype(tekst: string): boolean {
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
  return datumVanWandklok(wandklok(tijdstip.getTime()));
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

const TIJDSTIP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;

/** Een gelezen tijdstip (zie {@link leesTijdstip}). */
export interface GelezenTijdstip {
  /** Milliseconden sinds 1970 (UTC). */
  ms: number;
}

/** Een tekst die geen bestaand tijdstip is (zie {@link leesTijdstip}). */
export interface OngelezenTijdstip {
  /** Waarom niet, in het Nederlands (geschikt als `melding` van een veldfout). */
  reden: string;
}

/**
 * Leest een tijdstip in ISO 8601 mét tijdzone (`2026-04-05T14:30:00+02:00` of `…Z`) als
 * milliseconden sinds 1970 (UTC). Geeft een Nederlandse reden terug als de tekst geen bestaand
 * tijdstip is: een tijdstip zonder tijdzone is dubbelzinnig en wordt daarom geweigerd.
 * Meer dan drie decimalen van de seconde worden afgekapt tot milliseconden.
 *
 * @param tekst - het tijdstip
 * @returns `{ ms }` of `{ reden }`
 * @example
 * leesTijdstip('2026-04-05T14:30:00+02:00') //=> { ms: 1775392200000 }
 * leesTijdstip('2026-04-05T14:30:00') //=> { reden: 'mist de tijdzone (bv. +02:00 of Z)' }
 * leesTijdstip('2026-02-30T10:00:00Z') //=> { reden: 'is geen bestaand tijdstip' }
 */
export function leesTijdstip(tekst: string): GelezenTijdstip | OngelezenTijdstip {
  // Met een schoon Object.prototype: geen vreemde naam daarop verandert de uitkomst (SPEC §2.8).
  return zonderVervuiling(() => leesTijdstipOpSchoonPrototype(tekst));
}

function leesTijdstipOpSchoonPrototype(tekst: string): GelezenTijdstip | OngelezenTijdstip {
  const delen = TIJDSTIP.exec(tekst);
  if (!delen) {
    return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(tekst)
      ? { reden: 'mist de tijdzone (bv. +02:00 of Z)' }
      : { reden: 'moet een tijdstip zijn in de vorm JJJJ-MM-DDTUU:MM:SS+01:00 (ISO 8601 met tijdzone)' };
  }
  const [, jaar, maand, dag, uur, minuut, seconde = '0', fractie = '', zone] = delen as unknown as string[];
  const offsetUren = zone === 'Z' ? 0 : Number(zone!.slice(1, 3));
  const offsetMinuten = zone === 'Z' ? 0 : Number(zone!.slice(4, 6));
  if (
    !isKalenderdatum(`${jaar}-${maand}-${dag}`) ||
    Number(uur) > 23 ||
    Number(minuut) > 59 ||
    Number(seconde) > 59 ||
    offsetMinuten > 59 ||
    offsetUren * 60 + offsetMinuten > 14 * 60
  ) {
    return { reden: 'is geen bestaand tijdstip' };
  }
  const utc = new Date(0);
  utc.setUTCFullYear(Number(jaar), Number(maand) - 1, Number(dag));
  utc.setUTCHours(Number(uur), Number(minuut), Number(seconde), Number(fractie.padEnd(3, '0').slice(0, 3)));
  const teken = zone!.startsWith('-') ? -1 : 1;
  const ms = utc.getTime() - teken * (offsetUren * 60 + offsetMinuten) * 60_000;
  return isBinnenJaartallen(ms) ? { ms } : { reden: BUITEN_JAARTALLEN };
}

/** De eerste en laatste milliseconde waarvan de Amsterdamse kalenderdatum in de jaren 1 tot en met 9999 valt. */
const VROEGSTE_MS = Date.parse('0001-01-01T00:00:00Z');
const LAATSTE_MS = Date.parse('9999-12-31T22:59:59.999Z');

/** De melding bij een tijdstip of datum buiten de jaren 1 tot en met 9999. @internal */
export const BUITEN_JAARTALLEN = 'valt buiten de jaren 1 tot en met 9999';

/**
 * Zegt of een tijdstip (milliseconden sinds 1970) een Amsterdamse kalenderdatum in de jaren 1 tot
 * en met 9999 heeft: de grens van elke datum in de invoer (SPEC §2.8).
 *
 * @internal
 */
export function isBinnenJaartallen(ms: number): boolean {
  return Number.isFinite(ms) && ms >= VROEGSTE_MS && ms <= LAATSTE_MS;
}

/**
 * Schrijft een tijdstip als ISO 8601 in Amsterdamse tijd met de geldende afwijking van UTC
 * (`+01:00` in de winter, `+02:00` in de zomer). Milliseconden alleen als ze er zijn.
 *
 * @param ms - milliseconden sinds 1970 (UTC), bv. uit `Date.getTime()`
 * @example
 * amsterdamsTijdstip(Date.parse('2026-03-29T09:00:00Z')) //=> '2026-03-29T11:00:00+02:00'
 * amsterdamsTijdstip(Date.parse('2026-01-05T09:00:00.250Z')) //=> '2026-01-05T10:00:00.250+01:00'
 */
export function amsterdamsTijdstip(ms: number): string {
  const offset = amsterdamseAfwijkingInMinuten(ms);
  const klok = new Date(ms + offset * 60_000);
  const millis = klok.getUTCMilliseconds();
  return (
    `${datumVanWandklok(klok)}T${twee(klok.getUTCHours())}:${twee(klok.getUTCMinutes())}:${twee(klok.getUTCSeconds())}` +
    `${millis === 0 ? '' : `.${String(millis).padStart(3, '0')}`}` +
    `${offset < 0 ? '-' : '+'}${twee(Math.floor(Math.abs(offset) / 60))}:${twee(Math.abs(offset) % 60)}`
  );
}

/**
 * Schrijft een tijdstip uit zoals in een brief, in Amsterdamse tijd: `5 april 2026 om 14:30` (nl)
 * of `5 April 2026 at 14:30` (en).
 *
 * @param ms - milliseconden sinds 1970 (UTC)
 * @param taal - `'nl'` (standaard) of `'en'`
 * @example
 * schrijfTijdstip(Date.parse('2026-04-05T12:30:00Z')) //=> '5 april 2026 om 14:30'
 * schrijfTijdstip(Date.parse('2026-04-05T12:30:00Z'), 'en') //=> '5 April 2026 at 14:30'
 */
export function schrijfTijdstip(ms: number, taal: 'nl' | 'en' = 'nl'): string {
  if (typeof ms !== 'number' || !isBinnenJaartallen(ms)) throw new OngeldigeInvoerFout([{ pad: 'ms', melding: 'moet een tijdstip zijn in milliseconden sinds 1970, in de jaren 1 tot en met 9999' }]);
  const klok = wandklok(ms);
  return `${schrijfDatum(datumVanWandklok(klok), taal)} ${taal === 'en' ? 'at' : 'om'} ${twee(klok.getUTCHours())}:${twee(klok.getUTCMinutes())}`;
}

/** Het eerste jaar waarin Nederland de EU-zomertijdregel volgt zoals die nu geldt (einde: laatste zondag van oktober). */
const EERSTE_JAAR_EU_REGEL = 1996;
const UUR = 3_600_000;
const DAG = 24 * UUR;

/**
 * De afwijking van de Amsterdamse tijd ten opzichte van UTC op een tijdstip, in minuten (60 in
 * de winter, 120 in de zomer).
 *
 * Vanaf 1996 rekent dit zelf met de EU-regel (Richtlijn 2000/84/EG, art. 2 en 3, sinds 1996 al
 * zo in Nederland): zomertijd van de laatste zondag van maart 01:00 UTC tot de laatste zondag
 * van oktober 01:00 UTC. Dat is dezelfde regel als in de tijdzonedatabase (Rule EU), maar
 * zonder `Intl`: snel (geen `Intl.DateTimeFormat` per aanroep) en op elke computer gelijk, ook
 * met een oude ICU. Vóór 1996 (andere regels, en de oorlogsjaren) vraagt het de tijdzonedatabase
 * via `TZDate`. Een test vergelijkt beide rond elke overgang van 1996 tot 2100.
 *
 * @internal
 */
export function amsterdamseAfwijkingInMinuten(ms: number): number {
  const jaar = new Date(ms).getUTCFullYear();
  if (jaar < EERSTE_JAAR_EU_REGEL) return -new TZDate(ms, TIJDZONE_AMSTERDAM).getTimezoneOffset();
  return ms >= laatsteZondagOmEenUurUtc(jaar, 2) && ms < laatsteZondagOmEenUurUtc(jaar, 9) ? 120 : 60;
}

/** De laatste zondag van een maand met 31 dagen (maart = 2, oktober = 9), om 01:00 UTC. */
function laatsteZondagOmEenUurUtc(jaar: number, maand: 2 | 9): number {
  const eenendertigste = Date.UTC(jaar, maand, 31, 1);
  return eenendertigste - new Date(eenendertigste).getUTCDay() * DAG;
}

/** Een `Date` waarvan de UTC-velden de Amsterdamse wandklok op `ms` zijn. */
function wandklok(ms: number): Date {
  return new Date(ms + amsterdamseAfwijkingInMinuten(ms) * 60_000);
}

/** `JJJJ-MM-DD` uit de UTC-velden van een wandklok. */
function datumVanWandklok(klok: Date): string {
  return `${String(klok.getUTCFullYear()).padStart(4, '0')}-${twee(klok.getUTCMonth() + 1)}-${twee(klok.getUTCDate())}`;
}

function twee(getal: number): string {
  return String(getal).padStart(2, '0');
}

function dagenInMaand(jaar: number, maand: number): number {
  if (maand === 2) return isSchrikkeljaar(jaar) ? 29 : 28;
  return [4, 6, 9, 11].includes(maand) ? 30 : 31;
}

function isSchrikkeljaar(jaar: number): boolean {
  return (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0;
}
