import { isKalenderdatum } from '../calculators/datum.js';
import { opsomming } from '../kern/teksten.js';
import type { Gemeenteverwijzing } from '../types/beoordeling.js';
import { OngeldigeInvoerFout, type Veldfout } from '../types/fouten.js';
import { GEMEENTEN_2023, HERINDELINGEN, ONTSTAAN_SINDS_2021, OPGEHEVEN_SINDS_2021 } from './gegenereerd.js';
import { zonderVervuiling } from '../kern/schoon-prototype.js';

/** Een gemeente met haar CBS-code. */
export interface Gemeente {
  /** CBS-code in de vorm `GM0141`. */
  code: string;
  /** Officiële naam volgens het CBS, bv. `'s-Hertogenbosch`. */
  naam: string;
  /** Provincie. */
  provincie: string;
}

/** Een herindeling waardoor de gezochte gemeente in een andere is opgegaan. */
export interface Herindeling {
  /** De gemeente die is opgeheven. */
  voormaligeGemeente: Gemeenteverwijzing;
  /** De dag waarop de opvolger haar taken overnam (`JJJJ-MM-DD`). */
  datum: string;
}

/** Het resultaat van {@link zoekGemeente}. */
export interface GevondenGemeente extends Gemeente {
  /** De herindeling als de gezochte gemeente op de peildatum in deze gemeente is opgegaan; anders `null`. */
  herindeling: Herindeling | null;
}

interface Gemeenterecord extends Gemeente {
  ontstaanOp?: string;
  opgehevenOp?: string;
  opvolgerCode?: string;
}

/** Vindt een gemeente of zegt waarom niet; de openbare functies maken er een fout van. @internal */
export type Vondst =
  | { gevonden: true; gemeente: GevondenGemeente }
  | { gevonden: false; melding: string };

/**
 * Maakt een naam vergelijkbaar: zonder accenten, hoofdletters, leestekens en spaties, zodat
 * `'s-Hertogenbosch`, `s Hertogenbosch` en `SHERTOGENBOSCH` gelijk zijn.
 *
 * @internal
 */
export function normaliseerNaam(naam: string): string {
  // Snel pad voor een naam van alleen ASCII-tekens: NFD en het weghalen van accenttekens
  // (U+0300–U+036F) veranderen die niet, en toLowerCase maakt van ASCII alleen A–Z klein. Dan
  // blijven precies a–z en 0–9 over, zoals in de algemene weg hieronder.
  let uit = '';
  for (let index = 0; index < naam.length; index++) {
    const teken = naam.charCodeAt(index);
    if (teken >= 0x80) return naam.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
    if ((teken >= 0x61 && teken <= 0x7a) || (teken >= 0x30 && teken <= 0x39)) uit += naam[index];
    else if (teken >= 0x41 && teken <= 0x5a) uit += String.fromCharCode(teken + 0x20);
  }
  return uit;
}

const ALIASSEN: Readonly<Record<string, string>> = {
  denbosch: 'GM0796', // 's-Hertogenbosch
  denhaag: 'GM0518', // 's-Gravenhage
};

const RECORDS: ReadonlyMap<string, Gemeenterecord> = /* @__PURE__ */ bouwRecords();
const OP_SLEUTEL: ReadonlyMap<string, Gemeenterecord> = /* @__PURE__ */ bouwSleutelindex(RECORDS);

function bouwRecords(): Map<string, Gemeenterecord> {
  const records = new Map<string, Gemeenterecord>();
  // Records zonder prototype: een vervuild Object.prototype.opgehevenOp heft zo geen gemeente op (SPEC §2.8).
  const record = (velden: Gemeenterecord): Gemeenterecord => Object.assign(Object.create(null) as Gemeenterecord, velden);
  for (const [code, naam, provincie] of [...GEMEENTEN_2023, ...OPGEHEVEN_SINDS_2021]) records.set(code, record({ code, naam, provincie }));
  for (const [datum, voormaligeCode, , opvolgerCode] of HERINDELINGEN) {
    const voormalig = records.get(voormaligeCode);
    if (voormalig) records.set(voormaligeCode, record({ ...voormalig, opgehevenOp: datum, opvolgerCode }));
    // Een nieuwe gemeente ontstaat op de vroegste herindeling die haar vormt.
    const opvolger = records.get(opvolgerCode);
    if (opvolger && ONTSTAAN_SINDS_2021.includes(opvolgerCode) && (!Object.hasOwn(opvolger, 'ontstaanOp') || opvolger.ontstaanOp === undefined || datum < opvolger.ontstaanOp)) {
      records.set(opvolgerCode, record({ ...opvolger, ontstaanOp: datum }));
    }
  }
  return records;
}

function bouwSleutelindex(records: ReadonlyMap<string, Gemeenterecord>): Map<string, Gemeenterecord> {
  const index = new Map<string, Gemeenterecord>();
  for (const record of records.values()) index.set(normaliseerNaam(record.naam), record);
  for (const [alias, code] of Object.entries(ALIASSEN)) {
    const record = records.get(code);
    if (record) index.set(alias, record);
  }
  return index;
}

/** @internal */
export function vindGemeente(naamOfCode: string, peildatum?: string): Vondst {
  const tekst = naamOfCode.trim();
  const code = /^(?:gm)?(\d{1,4})$/i.exec(tekst);
  const record = code ? RECORDS.get(`GM${code[1]!.padStart(4, '0')}`) : OP_SLEUTEL.get(normaliseerNaam(tekst));
  if (!record) {
    if (code) return { gevonden: false, melding: `onbekende gemeentecode '${kort(tekst)}'` };
    const suggesties = suggereer(tekst);
    return {
      gevonden: false,
      melding: `onbekende gemeente '${kort(tekst)}'${suggesties.length > 0 ? `; bedoelt u ${opsomming(suggesties.map((naam) => `'${naam}'`), 'of')}?` : ''}`,
    };
  }
  if (peildatum !== undefined && Object.hasOwn(record, 'ontstaanOp') && record.ontstaanOp !== undefined && peildatum < record.ontstaanOp) {
    return { gevonden: false, melding: `gemeente '${record.naam}' bestond op ${peildatum} nog niet (ontstaan op ${record.ontstaanOp})` };
  }
  return { gevonden: true, gemeente: volgHerindelingen(record, peildatum) };
}

function volgHerindelingen(record: Gemeenterecord, peildatum: string | undefined): GevondenGemeente {
  let huidig = record;
  let herindeling: Herindeling | null = null;
  while (huidig.opgehevenOp !== undefined && huidig.opvolgerCode !== undefined && (peildatum === undefined || peildatum >= huidig.opgehevenOp)) {
    herindeling = { voormaligeGemeente: { code: record.code, naam: record.naam }, datum: huidig.opgehevenOp };
    const opvolger = RECORDS.get(huidig.opvolgerCode);
    if (!opvolger) break;
    huidig = opvolger;
  }
  return { code: huidig.code, naam: huidig.naam, provincie: huidig.provincie, herindeling };
}

/** De langste tekst die {@link zoekGemeente} als naam zoekt. */
const MAX_NAAMLENGTE = 200;

/**
 * Zoekt een gemeente op naam of CBS-code.
 *
 * - Naam: hoofdletter-, accent- en leestekenongevoelig (`'s-Hertogenbosch`, `rijssen holten`),
 *   met de gangbare namen `Den Bosch` en `Den Haag`.
 * - Code: `GM0141`, `0141` of `141`.
 * - Een opgeheven gemeente wordt op of na de herindelingsdatum haar opvolger, met de
 *   herindeling in `herindeling` (bv. `Weesp` → Amsterdam vanaf 2022-03-24). Zonder
 *   peildatum gelden alle bekende herindelingen.
 *
 * De gegevens zijn de CBS-lijsten van 2021 en 2023 met de herindelingen daartussen; de lijst van
 * 2023 geldt vanaf 2023-01-01 ook voor latere datums (latere herindelingen zitten er niet in),
 * en vóór 2021 wordt de lijst van 2021 gebruikt.
 *
 * @param naamOfCode - naam of CBS-code
 * @param peildatum - `JJJJ-MM-DD`; weggelaten = de nieuwste indeling
 * @returns de gemeente op de peildatum
 * @throws {OngeldigeInvoerFout} bij een onbekende naam of code (met een suggestie bij een
 *   kleine tikfout) of een gemeente die op de peildatum nog niet bestond (pad `'naamOfCode'`),
 *   of een onbestaande peildatum (pad `'peildatum'`)
 * @example
 * zoekGemeente('rijssen holten').code //=> 'GM1742'
 * zoekGemeente('141').naam //=> 'Almelo'
 * zoekGemeente('Weesp', '2022-03-24').naam //=> 'Amsterdam'
 * zoekGemeente('Weesp', '2022-03-23').naam //=> 'Weesp'
 */
export function zoekGemeente(naamOfCode: string, peildatum?: string): GevondenGemeente {
  // Met een schoon Object.prototype: geen vreemde naam daarop verandert de uitkomst (SPEC §2.8).
  return zonderVervuiling(() => zoekGemeenteOpSchoonPrototype(naamOfCode, peildatum));
}

function zoekGemeenteOpSchoonPrototype(naamOfCode: string, peildatum?: string): GevondenGemeente {
  const fouten: Veldfout[] = [];
  if (typeof naamOfCode !== 'string' || naamOfCode.trim() === '') fouten.push({ pad: 'naamOfCode', melding: 'moet een gemeentenaam of CBS-code zijn' });
  // De langste gemeentenaam heeft 28 tekens; een lange tekst zoeken kost seconden (de suggesties vergelijken letter voor letter).
  else if (naamOfCode.length > MAX_NAAMLENGTE) fouten.push({ pad: 'naamOfCode', melding: `is te lang voor een gemeentenaam: ten hoogste ${MAX_NAAMLENGTE} tekens` });
  if (peildatum !== undefined && (typeof peildatum !== 'string' || !isKalenderdatum(peildatum))) {
    fouten.push({ pad: 'peildatum', melding: 'moet een bestaande datum zijn in de vorm JJJJ-MM-DD' });
  }
  if (fouten.length > 0) throw new OngeldigeInvoerFout(fouten);
  const vondst = vindGemeente(naamOfCode, peildatum);
  if (vondst.gevonden) return vondst.gemeente;
  throw new OngeldigeInvoerFout([{ pad: 'naamOfCode', melding: vondst.melding }]);
}

function kort(tekst: string): string {
  return tekst.length > 60 ? `${tekst.slice(0, 57)}...` : tekst;
}

/** Tot drie namen die dicht bij een onbekende naam liggen: een kleine tikfout, of het begin van de naam. */
function suggereer(tekst: string): string[] {
  const sleutel = normaliseerNaam(tekst);
  if (sleutel.length < 3) return [];
  const maximaleAfstand = sleutel.length <= 4 ? 1 : 2;
  const kandidaten: Array<{ naam: string; afstand: number }> = [];
  for (const record of RECORDS.values()) {
    const naamsleutel = normaliseerNaam(record.naam);
    const afstand = naamsleutel.startsWith(sleutel) ? 0.5 : bewerkingsafstand(sleutel, naamsleutel, maximaleAfstand);
    if (afstand <= maximaleAfstand) kandidaten.push({ naam: record.naam, afstand });
  }
  kandidaten.sort((a, b) => a.afstand - b.afstand || a.naam.localeCompare(b.naam, 'nl'));
  const beste = kandidaten[0]?.afstand;
  return kandidaten.filter((kandidaat) => kandidaat.afstand === beste).slice(0, 3).map((kandidaat) => kandidaat.naam);
}

/** Damerau-Levenshtein (optimale uitlijning), met vroeg stoppen boven `grens`. */
function bewerkingsafstand(a: string, b: string, grens: number): number {
  if (Math.abs(a.length - b.length) > grens) return grens + 1;
  const rijen: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const rij = [i];
    let minimum = i;
    for (let j = 1; j <= b.length; j++) {
      const kosten = a[i - 1] === b[j - 1] ? 0 : 1;
      let waarde = Math.min(rijen[i - 1]![j]! + 1, rij[j - 1]! + 1, rijen[i - 1]![j - 1]! + kosten);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) waarde = Math.min(waarde, rijen[i - 2]![j - 2]! + 1);
      rij.push(waarde);
      minimum = Math.min(minimum, waarde);
    }
    if (minimum > grens) return grens + 1;
    rijen.push(rij);
  }
  return rijen[a.length]![b.length]!;
}

/** De naam bij een CBS-code (`GM0150`), ook van een opgeheven gemeente; `undefined` als de code onbekend is. @internal */
export function naamVanGemeentecode(code: string): string | undefined {
  return RECORDS.get(code)?.naam;
}

/** Alle bekende CBS-codes (ook van opgeheven gemeenten), gesorteerd; voor het JSON Schema van een beleid. @internal */
export function bekendeGemeentecodes(): string[] {
  return [...RECORDS.keys()].sort();
}

/**
 * Zegt waarom een CBS-code niet op elke dag van een periode een gemeente is, of `null` als ze dat
 * wel is: een onbekende code, een gemeente die pas later ontstond, of een die in de periode in een
 * andere opging (met de herindeling genoemd, zoals {@link zoekGemeente} die volgt). Met de
 * gegevens van {@link zoekGemeente}: herindelingen vóór 2021 en na 2023 zijn niet bekend.
 *
 * @param code - een CBS-code in de vorm `GM0150`
 * @param vanaf - de eerste dag van de periode
 * @param tot - de eerste dag na de periode, of `undefined` (geen einde)
 * @internal
 */
export function gemeenteInPeriode(code: string, vanaf: string, tot: string | undefined): string | null {
  const record = RECORDS.get(code);
  if (!record) return `onbekende gemeentecode '${code}'`;
  // Alleen eigen velden: een vervuild Object.prototype.opgehevenOp heft geen gemeente op (SPEC §2.8).
  const ontstaanOp = Object.hasOwn(record, 'ontstaanOp') ? record.ontstaanOp : undefined;
  const opgehevenOp = Object.hasOwn(record, 'opgehevenOp') ? record.opgehevenOp : undefined;
  if (ontstaanOp !== undefined && vanaf < ontstaanOp) {
    return `${code} (${record.naam}) bestaat pas vanaf ${ontstaanOp}; laat de periode op of na die dag beginnen`;
  }
  if (opgehevenOp !== undefined && (tot === undefined || tot > opgehevenOp)) {
    const opvolger = Object.hasOwn(record, 'opvolgerCode') && record.opvolgerCode !== undefined ? RECORDS.get(record.opvolgerCode) : undefined;
    const waarin = opvolger ? `${opvolger.naam} (${opvolger.code})` : 'een andere gemeente';
    const opvolgercode = opvolger ? opvolger.code : 'de opvolger';
    // Begint de periode op of na de herindeling, dan bestond de gemeente op geen enkele dag ervan.
    if (vanaf >= opgehevenOp) return `${code} (${record.naam}) bestaat niet meer: op ${opgehevenOp} opgegaan in ${waarin}; neem in deze periode ${opvolgercode} op in plaats van ${code}`;
    return `${code} (${record.naam}) is op ${opgehevenOp} opgegaan in ${waarin}; laat de periode uiterlijk op ${opgehevenOp} eindigen en neem daarna ${opvolgercode} op`;
  }
  return null;
}
