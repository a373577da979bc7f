// De grenzen van wat de site van buiten inleest: een geval of een ingepakt beleid in een link, een
// gekozen bestand. Alles wat van buiten komt, gaat hier eerst door, vóór de pagina er één blok van
// het formulier voor bouwt of één byte meer leest dan nodig: zo kan geen link of bestand de pagina
// minutenlang laten bouwen of honderden megabytes laten uitpakken. Zonder DOM, zodat de grenzen
// ook buiten de browser getest worden (test/robuustheid/site-grenzen.test.ts).
import { REGELS, type RegelId, type Veldfout } from '../src/index.js';
import { eigenKopie } from '../src/kern/eigen-kopie.js';
import { uitAdres } from './bedragen.js';
import { soortVan, type Schema } from './schema.js';

/**
 * Hoeveel tekens het geval in een link (de JSON in `invoer=`) hooguit telt. Het grootste geval dat
 * de regels nemen (1.000 organisaties met een naam van 200 tekens) is ruim 250.000 tekens.
 */
export const MAX_GEVAL_TEKENS = 1_000_000;

/**
 * Hoeveel blokken (items van een lijst van objecten, zoals de betrokken organisaties) het formulier
 * samen hooguit bouwt: zoveel als de langste lijst die een regel neemt (1.000). Een geval met meer
 * beslist u met de bibliotheek of de CLI.
 */
export const MAX_BLOKKEN = 1_000;

/** Het langste ingepakte beleid in een link; de site maakt nooit een langer (daarboven: het bestand apart delen). */
export const MAX_BELEID_IN_ADRES = 6_000;

/** Hoe groot een ingepakt beleid uit een link uitgepakt mag worden (tegen een "zip-bom" in een link): 1 MiB. */
export const MAX_UITGEPAKT = 1 << 20;

/** Hoe groot een gekozen beleidsbestand mag zijn: zoals in de CLI (10 MiB). */
export const MAX_BELEIDSBESTAND = 10 * 1024 * 1024;

/** Hoe groot een gekozen bestand met gevallen (Wat als?) mag zijn: 50 MiB; een groter bestand rekent de CLI door. */
export const MAX_GEVALLENBESTAND = 50 * 1024 * 1024;

/** Hoeveel anders beslist gevallen "Wat als?" per stuk in de tabel zet; de telling en de totalen gaan over alle. */
export const MAX_TABELRIJEN = 1_000;

/** `n` bytes als "10 MiB" of "512 KiB". */
function bytesTekst(n: number): string {
  return n >= 1024 * 1024 ? `${n / 1024 / 1024} MiB` : `${n / 1024} KiB`;
}

/**
 * Of een gekozen bestand (van `grootte` bytes) gelezen mag worden: `null`, of in woorden waarom
 * niet. De grootte staat in het bestand zelf (`File.size`), dus niets wordt gelezen om te weigeren.
 *
 * @example
 * bestandTeGroot(11 * 1024 * 1024, MAX_BELEIDSBESTAND) //=> 'Het bestand is groter dan 10 MiB.'
 */
export function bestandTeGroot(grootte: number, maximum: number): string | null {
  return grootte > maximum ? `Het bestand is groter dan ${bytesTekst(maximum)}.` : null;
}

/**
 * Controleert de omvang van een geval tegen het JSON Schema van de invoer, vóór er een formulier
 * voor gebouwd wordt: eerst per veld dat het schema kent zijn eigen `maxItems` en `maxLength`, en
 * samen niet meer dan {@link MAX_BLOKKEN} blokken (die controle daalt alleen af langs het schema,
 * en telt een lijst voordat zij haar items leest); dan de `INVOERGRENZEN` van de bibliotheek
 * voor de rest (diepte, velden, tekens, elementen, waarden), ook in velden die het schema niet kent.
 * Geeft de eerste fout (met het pad zoals de regels het schrijven: `betrokkenOrganisaties.0.naam`),
 * of `null`. De melding herhaalt nooit een waarde uit het geval.
 *
 * @example
 * controleerOmvang({ betrokkenOrganisaties: new Array(1001).fill({}) }, schemaVanRegisseur)
 * //=> { pad: 'betrokkenOrganisaties', melding: 'mag ten hoogste 1000 elementen bevatten (de link noemt er 1001)' }
 */
export function controleerOmvang(invoer: unknown, schema: Schema): Veldfout | null {
  let fout: Veldfout | null;
  try {
    fout = omvangVan(invoer, schema, '', { blokken: 0 });
  } catch {
    // Een getter of proxy die gooit (niet uit JSON.parse, wel uit een aanroep in code).
    fout = { pad: '', melding: 'bevat een waarde die niet gelezen kan worden' };
  }
  return fout ?? eigenKopie(invoer).fouten?.[0] ?? null;
}

function omvangVan(waarde: unknown, schema: Schema, pad: string, teller: { blokken: number }): Veldfout | null {
  if (waarde === null || typeof waarde !== 'object' || Array.isArray(waarde)) return null;
  for (const [naam, deel] of Object.entries(schema.properties ?? {})) {
    if (!Object.hasOwn(waarde, naam)) continue;
    const veldwaarde = (waarde as Record<string, unknown>)[naam];
    const veldpad = `${pad}${naam}`;
    const { soort, schema: hoofd } = soortVan(naam, deel);
    if (Array.isArray(veldwaarde)) {
      if (hoofd.maxItems !== undefined && veldwaarde.length > hoofd.maxItems) return { pad: veldpad, melding: `mag ten hoogste ${hoofd.maxItems} elementen bevatten (de link noemt er ${veldwaarde.length})` };
      if (soort !== 'lijst-objecten' || !hoofd.items) continue;
      teller.blokken += veldwaarde.length;
      if (teller.blokken > MAX_BLOKKEN) return { pad: '', melding: `telt meer dan ${MAX_BLOKKEN} blokken in lijsten; zoveel toont het formulier niet (beslis zo'n geval met de bibliotheek of de CLI)` };
      for (let index = 0; index < veldwaarde.length; index++) {
        const fout = omvangVan(veldwaarde[index], hoofd.items, `${veldpad}.${index}.`, teller);
        if (fout) return fout;
      }
    } else if (typeof veldwaarde === 'string' && hoofd.maxLength !== undefined && veldwaarde.length > hoofd.maxLength) {
      return { pad: veldpad, melding: `mag ten hoogste ${hoofd.maxLength} tekens bevatten` };
    }
  }
  return null;
}

/** Het geval uit een link, na de grenzen: de regel, de invoer (bedragen in eurocent) en welk eigen beleid; of wat er niet aan klopt. */
export type GevalUitAdres =
  | { regel: RegelId; invoer: Record<string, unknown> | undefined; beleid: string | null; beleidsbestand: string | null }
  | { regel: RegelId | null; fout: string }
  | { regel: RegelId | null; teGroot: Veldfout };

const ONLEESBAAR = 'Het geval in het adres kon niet gelezen worden.';

/**
 * Het geval uit het adres (`hash` zonder `#`): `regel=versnelfonds&invoer={...}&beleid=<id versie>`,
 * met eventueel `beleidsbestand=<ingepakt>`. `null` zonder (bekende) regel. In `invoer` staan de
 * bedragen in euro's (zie {@link uitAdres}). Vóór er iets gebouwd wordt, gaat het geval door
 * {@link controleerOmvang} tegen het schema van zijn regel (`schemas`); te groot is `teGroot`.
 */
export function gevalUitAdres(hash: string, schemas: Readonly<Record<string, Schema>>): GevalUitAdres | null {
  let adres: URLSearchParams;
  try {
    adres = new URLSearchParams(hash);
  } catch {
    return { regel: null, fout: ONLEESBAAR };
  }
  const regel = adres.get('regel');
  if (!regel || !Object.hasOwn(REGELS, regel)) return null;
  const id = regel as RegelId;
  const tekst = adres.get('invoer');
  if (tekst !== null && tekst.length > MAX_GEVAL_TEKENS) return { regel: id, teGroot: { pad: '', melding: `is te lang voor een link (meer dan ${MAX_GEVAL_TEKENS} tekens)` } };
  let invoer: unknown;
  try {
    invoer = tekst === null ? undefined : JSON.parse(tekst);
  } catch {
    return { regel: id, fout: ONLEESBAAR };
  }
  if (invoer === undefined) return { regel: id, invoer: undefined, beleid: adres.get('beleid'), beleidsbestand: adres.get('beleidsbestand') };
  if (invoer === null || typeof invoer !== 'object' || Array.isArray(invoer)) return { regel: id, fout: ONLEESBAAR };
  // De grenzen op wat JSON.parse gaf, vóór uitAdres erin afdaalt (ook de diepte): een bedrag in
  // euro's heeft geen maxItems of maxLength, dus de namen met InEuro maken daarvoor niets uit.
  const fout = controleerOmvang(invoer, schemas[id] ?? {});
  if (fout) return { regel: id, teGroot: fout };
  return { regel: id, invoer: uitAdres(invoer as Record<string, unknown>), beleid: adres.get('beleid'), beleidsbestand: adres.get('beleidsbestand') };
}

/** Tekst → deflate (raw) → base64url: een eigen beleid in het adres van een gedeeld geval. */
export async function pakIn(tekst: string): Promise<string> {
  const stroom = new Blob([tekst]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stroom).arrayBuffer());
  let binair = '';
  for (const byte of bytes) binair += String.fromCharCode(byte);
  return btoa(binair).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Waarom een ingepakt beleid uit een link niet te gebruiken is. */
export class UitpakFout extends Error {
  constructor(readonly reden: 'te-lang' | 'te-groot' | 'onleesbaar') {
    super(reden);
    this.name = 'UitpakFout';
  }
}

/**
 * Het omgekeerde van {@link pakIn}. Een code van meer dan {@link MAX_BELEID_IN_ADRES} tekens wordt
 * niet gelezen; het uitpakken stopt zodra het meer dan `maximum` bytes ({@link MAX_UITGEPAKT}) zou
 * worden. Gooit een {@link UitpakFout}: `te-lang`, `te-groot` of `onleesbaar` (geen base64url,
 * geen deflate, geen UTF-8).
 */
export async function pakUit(code: string, maximum = MAX_UITGEPAKT): Promise<string> {
  if (code.length > MAX_BELEID_IN_ADRES) throw new UitpakFout('te-lang');
  let bytes: Uint8Array;
  try {
    bytes = Uint8Array.from(atob(code.replace(/-/g, '+').replace(/_/g, '/')), (teken) => teken.charCodeAt(0));
  } catch {
    throw new UitpakFout('onleesbaar');
  }
  const lezer = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const delen: Uint8Array[] = [];
  let totaal = 0;
  try {
    for (;;) {
      const { done, value } = await lezer.read();
      if (done) break;
      totaal += value.length;
      if (totaal > maximum) {
        await lezer.cancel().catch(() => undefined);
        throw new UitpakFout('te-groot');
      }
      delen.push(value);
    }
  } catch (fout) {
    if (fout instanceof UitpakFout) throw fout;
    throw new UitpakFout('onleesbaar');
  }
  const samen = new Uint8Array(totaal);
  let plek = 0;
  for (const deel of delen) {
    samen.set(deel, plek);
    plek += deel.length;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(samen);
  } catch {
    throw new UitpakFout('onleesbaar');
  }
}
