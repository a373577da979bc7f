/**
 * Zichtbaar ontsnappen van stuurtekens in wat de CLI uit de invoer herhaalt, zodat geen invoer
 * een uitvoerregel kan nabootsen of als stuurcode bij de terminal aankomt.
 *
 * Ontsnapt worden: alle C0-tekens (U+0000–U+001F: regeleinde, tab, ESC, …), DEL en de C1-tekens
 * (U+007F–U+009F), de regel- en alinea-scheiding U+2028/U+2029, de tekens die de
 * schrijfrichting omdraaien (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), de tekens
 * zonder breedte (U+00AD, U+200B–U+200D, U+2060, U+FEFF: `Wijk\u200bteam` is zo niet van
 * `Wijkteam` te onderscheiden) en de backslash zelf (zodat `\n` in de uitvoer altijd een ontsnapt regeleinde is en nooit twee
 * tekens uit de invoer). `\n`, `\r`, `\t` en `\\` krijgen hun korte vorm, de rest `\uXXXX`.
 */

const STUURTEKENS = /[\\\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2060\ufeff\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const KORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\\': '\\\\' };
const alsCode = (teken: string) => `\\u${teken.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Tekst voor de tekstuitvoer: elk stuurteken zichtbaar ontsnapt. */
export function ontsnap(tekst: string): string {
  return tekst.replace(STUURTEKENS, (teken) => KORT[teken] ?? alsCode(teken));
}

/**
 * JSON.stringify laat U+2028/U+2029, DEL, de C1-tekens en de richtingstekens ongemoeid; in de
 * JSON-uitvoer worden die hier als `\uXXXX` geschreven (geldige JSON, dezelfde waarde). Ze
 * kunnen in de uitvoer van JSON.stringify alleen binnen een tekst staan.
 */
const JSON_RESTTEKENS = /[\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2060\ufeff\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
export function veiligeJson(waarde: unknown, inspringing?: number): string {
  return JSON.stringify(waarde, null, inspringing).replace(JSON_RESTTEKENS, alsCode);
}

/** Hoeveel tekens van de melding van een onverwachte fout de CLI hoogstens herhaalt. */
const MAX_FOUTMELDING = 500;

/**
 * De tekst van een onverwachte fout voor stderr: `naam: melding` op één regel, ontsnapt en
 * ingekort (de melding kan een bestandsnaam of een stuk invoer herhalen), met daaronder de regels
 * van de stack (`    at …`), elk ook ontsnapt. Regels uit de melding zelf worden nooit als stack
 * geschreven. Gooit nooit, ook niet voor een waarde waarvan `String()` gooit.
 */
export function onverwachteFoutTekst(fout: unknown): string {
  let kop: string;
  let stack = '';
  try {
    if (fout instanceof Error) {
      kop = `${String(fout.name)}: ${String(fout.message)}`;
      const volledig = typeof fout.stack === 'string' ? fout.stack : '';
      // De stack begint met dezelfde kop (zo schrijft V8 hem); wat erna komt zijn de aanroepen.
      stack = volledig.startsWith(kop) ? volledig.slice(kop.length) : '';
    } else kop = String(fout);
  } catch {
    kop = '(een fout die zich niet laat beschrijven)';
  }
  const ingekort = kop.length > MAX_FOUTMELDING ? `${kop.slice(0, MAX_FOUTMELDING)}…` : kop;
  const aanroepen = stack
    .split('\n')
    .filter((regel) => /^ {4}at /.test(regel))
    .map(ontsnap);
  return [ontsnap(ingekort), ...aanroepen].join('\n');
}

const HEEFT_STUURTEKEN = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2060\ufeff\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/**
 * Een kopie van een waarde waarin elke tekst met een stuurteken ontsnapt is (gewone objecten en
 * lijsten worden gekopieerd, de rest blijft). Zonder stuurtekens: de waarde zelf.
 * Voor de motivering, die van zichzelf uit meer regels bestaat.
 */
export function ontsmet<T>(waarde: T): T {
  return bevatStuurteken(waarde, 0) ? (kopieer(waarde, 0) as T) : waarde;
}

const MAX_DIEPTE = 64;

function bevatStuurteken(waarde: unknown, diepte: number): boolean {
  if (typeof waarde === 'string') return HEEFT_STUURTEKEN.test(waarde);
  if (diepte > MAX_DIEPTE || waarde === null || typeof waarde !== 'object') return false;
  if (Array.isArray(waarde)) return waarde.some((element) => bevatStuurteken(element, diepte + 1));
  if (!isGewoonObject(waarde)) return false;
  return Object.entries(waarde).some(([sleutel, veld]) => HEEFT_STUURTEKEN.test(sleutel) || bevatStuurteken(veld, diepte + 1));
}

function kopieer(waarde: unknown, diepte: number): unknown {
  if (typeof waarde === 'string') return HEEFT_STUURTEKEN.test(waarde) ? ontsnap(waarde) : waarde;
  if (diepte > MAX_DIEPTE || waarde === null || typeof waarde !== 'object') return waarde;
  if (Array.isArray(waarde)) return waarde.map((element) => kopieer(element, diepte + 1));
  if (!isGewoonObject(waarde)) return waarde;
  return Object.fromEntries(Object.entries(waarde).map(([sleutel, veld]) => [sleutel, kopieer(veld, diepte + 1)]));
}

function isGewoonObject(waarde: object): boolean {
  const prototype = Object.getPrototypeOf(waarde) as unknown;
  return prototype === Object.prototype || prototype === null;
}
