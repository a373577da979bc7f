import * as z from 'zod/mini';
import { valideer } from './kern/valideer.js';
import { STATUSSEN, type Status } from './types/feit.js';
import { OngeldigeInvoerFout, type Veldfout } from './types/fouten.js';
import { zonderVervuiling } from './kern/schoon-prototype.js';

const verwachteBeoordelingSchema = z.strictObject({
  uitkomst: z.string().check(z.minLength(1)),
  gronden: z.record(z.string(), z.enum(STATUSSEN)),
  ontbrekendeGegevens: z.optional(z.array(z.string())),
  peildatum: z.optional(z.nullable(z.string())),
  velden: z.optional(z.record(z.string(), z.unknown())),
  extra: z.optional(z.record(z.string(), z.unknown())),
});

const verwachteFoutSchema = z.strictObject({ fout: z.strictObject({ paden: z.array(z.string()).check(z.minLength(1)) }) });

/** Wat een geval verwacht als de invoer goed is. */
export interface VerwachteBeoordeling {
  /** De uitkomst. */
  uitkomst: string;
  /** Per criterium-id de verwachte status. */
  gronden: Record<string, Status>;
  /** De verwachte `ontbrekendeGegevens` (exact, in volgorde); weggelaten = niet vergeleken. */
  ontbrekendeGegevens?: string[] | undefined;
  /** De verwachte peildatum; weggelaten = niet vergeleken. */
  peildatum?: string | null | undefined;
  /**
   * Regelspecifieke velden van de beoordeling die bij het contract horen: een onafhankelijk systeem
   * moet ze ook geven (bv. `toekenbaarBedragInCenten`, `uiterlijkeVertrekdatum`, `regisseur`), elk
   * structureel vergeleken.
   */
  velden?: Record<string, unknown> | undefined;
  /**
   * Velden die de boekhouding van deze bibliotheek zijn, geen contract (bv. `toegepasteWaarden`,
   * `uitgeslotenWaarden`, `beleid`, `eigenDocumenten`): vergeleken als `velden`, behalve met
   * `alleenContract` (zie {@link TestvectorOpties}).
   */
  extra?: Record<string, unknown> | undefined;
}

/** Wat een geval verwacht als de invoer onjuist is: fouten op (ten minste) deze paden. */
export interface VerwachteFout {
  /** De fout. */
  fout: {
    /** De paden die elk in `fouten[].pad` moeten voorkomen. */
    paden: string[];
  };
}

/** Eén geval. */
export interface Testvector {
  /** Een Nederlandse zin die zegt wat het geval toont. */
  naam: string;
  /** De invoer van de regel. */
  invoer: unknown;
  /** De opties van de regel (bv. een eigen beleid of `uitgeslotenStatussen`); weggelaten = de standaard. */
  opties?: unknown;
  /** De verwachte beoordeling of fout. */
  verwacht: VerwachteBeoordeling | VerwachteFout;
}

/**
 * Een testvectorbestand: taalonafhankelijke gevallen voor één regel. Elk geval heeft een naam
 * (een Nederlandse zin), de invoer, en wat verwacht wordt: de uitkomst met de status per
 * criterium (en eventueel `ontbrekendeGegevens`, `peildatum`, regelspecifieke `velden` en de
 * velden van deze bibliotheek in `extra`), of een fout met de paden van de foute velden.
 */
export interface Testvectorbestand {
  /** Het id van de regel, bv. `'herkomst'`. */
  regel: string;
  /** Het formaat van het bestand; nu altijd `1`. */
  formaat: 1;
  /** Waar de gevallen vandaan komen. */
  omschrijving?: string | undefined;
  /** De gevallen. */
  vectoren: Testvector[];
}

/** Het zod-schema van een testvectorbestand (`test/vectors/*.json`). */
export const TestvectorbestandSchema: z.ZodMiniType<Testvectorbestand> = z.strictObject({
  regel: z.string().check(z.minLength(1)),
  formaat: z.literal(1),
  omschrijving: z.optional(z.string()),
  vectoren: z
    .array(
      z.strictObject({
        // Een naam die alleen uit spaties bestaat, zegt niet wat het geval toont.
        naam: z.string().check(z.refine((naam) => naam.trim() !== '', { error: 'mag niet leeg zijn (ook niet alleen spaties)' })),
        invoer: z.unknown(),
        opties: z.optional(z.unknown()),
        verwacht: z.union([verwachteFoutSchema, verwachteBeoordelingSchema]),
      }),
    )
    .check(z.minLength(1)),
});

/** De uitslag van één testvector. */
export interface Testvectoruitslag {
  /** De naam van het geval. */
  naam: string;
  /** Of de implementatie gaf wat verwacht werd. */
  geslaagd: boolean;
  /** Wat er anders was (leeg als geslaagd). */
  verschillen: string[];
}

/** Het verslag van {@link voerTestvectorsUit}. */
export interface Testverslag {
  /** De regel van het bestand. */
  regel: string;
  /** Aantal gevallen. */
  totaal: number;
  /** Aantal geslaagde gevallen. */
  geslaagd: number;
  /** Per geval de uitslag. */
  uitslagen: Testvectoruitslag[];
}

/**
 * Een te toetsen implementatie: krijgt het regel-id, de invoer en (als het geval ze heeft) de opties, en geeft een beoordeling
 * (`{ uitkomst, gronden: [{ regel, status }], ontbrekendeGegevens, ... }`) terug. Onjuiste
 * invoer meldt ze door een fout te gooien of terug te geven met `fouten: [{ pad }]`.
 */
export type Implementatie = (regel: string, invoer: unknown, opties?: unknown) => unknown;

/** De opties van {@link voerTestvectorsUit} zelf (niet die van de regel: die staan per geval in het bestand). */
export interface TestvectorOpties {
  /**
   * `true`: vergelijk alleen het contract, niet `verwacht.extra` (de velden die de boekhouding van
   * deze bibliotheek zijn, zoals `toegepasteWaarden`), voor een eigen systeem. Standaard `false`:
   * alles wordt vergeleken.
   */
  alleenContract?: boolean | undefined;
}

/**
 * Voert de testvectoren van een bestand uit tegen een implementatie: deze bibliotheek
 * (`(regel, invoer) => zoekRegel(regel).beoordeel(invoer)`) of een eigen systeem.
 *
 * Wat de implementatie ook doet, het verslag komt er (SPEC §2.8): elk antwoord wordt één keer
 * gekopieerd als JSON-gegevens (`null`, `true`/`false`, een eindig getal, tekst, een lijst of een
 * gewoon object, met alleen eigen gegevenseigenschappen; een veld dat `undefined` is telt als
 * afwezig) en alleen die kopie wordt vergeleken. Een antwoord dat geen JSON is (een BigInt, een
 * Symbol, een functie, een kring, een getter, een `Date` of ander klasse-object, een Proxy die
 * gooit, dieper dan 100 niveaus) wordt het verschil "gaf een waarde die geen JSON is"; wat de
 * implementatie gooit zonder `fouten` en geen `Error` of eenvoudige waarde is (een object zonder
 * prototype, een Symbol, een Proxy), wordt "gooide iets anders dan een fout". Getoonde waarden
 * zijn ingekort tot 500 tekens.
 *
 * Het bestand wordt ook als eigen gegevens gelezen: een vervuild `Object.prototype` voegt geen
 * verwachting of opties toe, een getter is een fout, en `verwacht` moet JSON zijn. `invoer` en
 * `opties` gaan ongewijzigd naar de implementatie. De sleutels van `verwacht.gronden` zijn de
 * criterium-ids die elk gecontroleerd worden; een sleutel `__proto__` (die een JavaScript-lezer
 * van het bestand stil zou verliezen, zodat het geval vanzelf zou slagen), een lege sleutel of
 * een met witruimte is een fout op het pad van `gronden`. Voor `verwacht.velden` en
 * `verwacht.extra` geldt hetzelfde voor `__proto__`. Een `naam` die leeg is of alleen spaties
 * heeft, is een fout.
 *
 * `verwacht.velden` is het contract; `verwacht.extra` zijn velden van deze bibliotheek
 * (`toegepasteWaarden`, `beleid`, …) die een eigen systeem niet hoeft te geven. Met
 * `{ alleenContract: true }` wordt `extra` niet vergeleken en noemt het verslag het niet; een
 * verschil in `extra` heet anders `<veld> (extra): …`.
 *
 * @param bestand - de inhoud van een `test/vectors/*.json` (geparste JSON)
 * @param implementatie - zie {@link Implementatie}
 * @param opties - zie {@link TestvectorOpties}; weggelaten = alles vergelijken
 * @returns per geval geslaagd of niet, met de verschillen
 * @throws {OngeldigeInvoerFout} als het bestand zelf niet het testvectorformaat heeft, de implementatie geen functie is, of de opties niet die vorm hebben (pad `opties…`)
 * @example
 * import vectoren from 'opvangregels/testvectoren/herkomst.json' with { type: 'json' };
 * const verslag = voerTestvectorsUit(vectoren, (regel, invoer, opties) => zoekRegel(regel).beoordeel(invoer, opties));
 * verslag.geslaagd === verslag.totaal
 * //=> true
 * voerTestvectorsUit(vectoren, () => 10n).uitslagen[0]?.verschillen[0]?.endsWith('maar gaf een waarde die geen JSON is')
 * //=> true
 * // Een eigen systeem zonder de boekhouding van deze bibliotheek (hier: zonder toegepasteWaarden en regio).
 * const eigenSysteem: Implementatie = (regel, invoer, opties) => ({ ...zoekRegel(regel).beoordeel(invoer, opties), toegepasteWaarden: undefined, regio: undefined });
 * voerTestvectorsUit(vectoren, eigenSysteem).geslaagd < verslag.totaal
 * //=> true
 * voerTestvectorsUit(vectoren, eigenSysteem, { alleenContract: true }).geslaagd === verslag.totaal
 * //=> true
 */
export function voerTestvectorsUit(bestand: unknown, implementatie: Implementatie, opties?: TestvectorOpties): Testverslag {
  // Met een schoon Object.prototype: geen vreemde naam daarop verandert de uitkomst (SPEC §2.8).
  return zonderVervuiling(() => voerTestvectorsUitOpSchoonPrototype(bestand, implementatie, opties));
}

function voerTestvectorsUitOpSchoonPrototype(bestand: unknown, implementatie: Implementatie, opties?: TestvectorOpties): Testverslag {
  if (typeof implementatie !== 'function') throw new OngeldigeInvoerFout([{ pad: 'implementatie', melding: 'moet een functie zijn' }]);
  const alleenContract = leesAlleenContract(opties);
  const { regel, vectoren } = leesBestand(bestand);
  const uitslagen = vectoren.map(({ naam, invoer, opties, verwacht }) => {
    const vraagGeval: Implementatie = (id, gegeven) => (opties === undefined ? implementatie(id, gegeven) : implementatie(id, gegeven, opties));
    const verschillen = Object.hasOwn(verwacht, 'fout') ? vergelijkFout(regel, invoer, (verwacht as VerwachteFout).fout.paden, vraagGeval) : vergelijkBeoordeling(regel, invoer, verwacht as VerwachteBeoordeling, vraagGeval, alleenContract);
    return { naam, geslaagd: verschillen.length === 0, verschillen };
  });
  return { regel, totaal: uitslagen.length, geslaagd: uitslagen.filter((uitslag) => uitslag.geslaagd).length, uitslagen };
}

const OPTIESSCHEMA = z.object({ opties: z.strictObject({ alleenContract: z.optional(z.boolean()) }) });

/**
 * Leest de opties één keer, als eigen gegevens: weggelaten, of een object met hooguit
 * `alleenContract` (`true` of `false`). Elke afwijking is een fout op `opties…`, ook een getter
 * of een Proxy die gooit.
 */
function leesAlleenContract(opties: unknown): boolean {
  if (opties === undefined) return false;
  const kopie: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  try {
    // Binnen try: Array.isArray gooit bij een ingetrokken Proxy.
    if (typeof opties !== 'object' || opties === null || Array.isArray(opties)) throw new OngeldigeInvoerFout([{ pad: 'opties', melding: 'moet een object zijn, bv. { alleenContract: true }' }]);
    for (const sleutel of Object.keys(opties)) {
      // Een onbekend veld telt het schema; zijn waarde (en naam) doet er niet toe.
      const waarde = sleutel === 'alleenContract' ? eigenWaarde(opties, sleutel) : null;
      if (waarde === GEEN_JSON) throw new OngeldigeInvoerFout([{ pad: 'opties.alleenContract', melding: 'moet een gewone waarde zijn, geen getter of setter' }]);
      kopie[sleutel] = waarde;
    }
  } catch (fout) {
    if (fout instanceof OngeldigeInvoerFout) throw fout;
    throw new OngeldigeInvoerFout([{ pad: 'opties', melding: 'kan niet gelezen worden' }]);
  }
  return valideer(OPTIESSCHEMA, { opties: kopie }).opties.alleenContract === true;
}

/** Een veld van een object als JSON-gegevens: de kopie, of `GEEN_JSON`. Zie {@link alsJson}. */
const GEEN_JSON = Symbol('geen JSON');
const MAX_DIEPTE = 100;
const MAX_KNOPEN = 1_000_000;
const MAX_GETOOND = 500;
const MAX_VECTOREN = 10_000;

/**
 * Een kopie van `waarde` als JSON-gegevens, met objecten zonder prototype (zodat elk lezen van
 * de kopie alleen eigen velden ziet, ook `__proto__`), of `GEEN_JSON`. Gooit nooit: ook een
 * Proxy die gooit of een kring geeft `GEEN_JSON`.
 */
function alsJson(waarde: unknown): unknown {
  let knopen = 0;
  const voorouders = new Set<object>();
  const kopieer = (deel: unknown, diepte: number): unknown => {
    if (deel === null || typeof deel === 'string' || typeof deel === 'boolean') return deel;
    if (typeof deel === 'number') return Number.isFinite(deel) ? deel : GEEN_JSON;
    if (typeof deel !== 'object' || diepte > MAX_DIEPTE || ++knopen > MAX_KNOPEN || voorouders.has(deel)) return GEEN_JSON;
    voorouders.add(deel);
    try {
      if (Array.isArray(deel)) {
        if (Object.getPrototypeOf(deel) !== Array.prototype) return GEEN_JSON;
        const lengte = (deel as unknown[]).length;
        if (lengte > MAX_KNOPEN) return GEEN_JSON;
        const lijst: unknown[] = [];
        for (let index = 0; index < lengte; index++) {
          const element = kopieer(eigenWaarde(deel, String(index)), diepte + 1);
          if (element === GEEN_JSON || element === undefined) return GEEN_JSON;
          lijst.push(element);
        }
        return lijst;
      }
      const prototype: unknown = Object.getPrototypeOf(deel);
      if (prototype !== Object.prototype && prototype !== null) return GEEN_JSON;
      const kopie: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      for (const sleutel of Object.keys(deel)) {
        const beschrijving = Object.getOwnPropertyDescriptor(deel, sleutel);
        if (beschrijving === undefined) continue;
        if (!Object.hasOwn(beschrijving, 'value')) return GEEN_JSON;
        if (beschrijving.value === undefined) continue;
        const veld = kopieer(beschrijving.value, diepte + 1);
        if (veld === GEEN_JSON) return GEEN_JSON;
        kopie[sleutel] = veld;
      }
      return kopie;
    } finally {
      voorouders.delete(deel);
    }
  };
  try {
    return kopieer(waarde, 0);
  } catch {
    return GEEN_JSON;
  }
}

/** Een eigen gegevenseigenschap (`GEEN_JSON` voor een getter of setter), of `undefined`. */
function eigenWaarde(object: object, sleutel: string): unknown {
  const beschrijving = Object.getOwnPropertyDescriptor(object, sleutel);
  if (beschrijving === undefined) return undefined;
  return Object.hasOwn(beschrijving, 'value') ? beschrijving.value : GEEN_JSON;
}

/**
 * Leest het bestand één keer, als eigen gegevens, naar een kopie die daarna met het schema wordt
 * gecontroleerd: `verwacht` als JSON, `invoer` en `opties` ongewijzigd (de implementatie krijgt
 * ze zoals gegeven), onbekende velden als `null` (het schema meldt ze). Een fout die het lezen
 * zelf gooit (een Proxy) wordt een veldfout.
 */
function leesBestand(bestand: unknown): Testvectorbestand {
  const fouten: Veldfout[] = [];
  let kopie: unknown;
  try {
    kopie = kopieerBestand(bestand, fouten);
  } catch {
    throw new OngeldigeInvoerFout([{ pad: '', melding: 'kon niet gelezen worden' }]);
  }
  if (fouten.length > 0) throw new OngeldigeInvoerFout(fouten);
  // Het schema ziet `invoer` en `opties` niet (het zegt er niets over): een geval met opzet te
  // grote of vreemde invoer maakt het bestand niet ongeldig.
  valideer(TestvectorbestandSchema, zonderInvoer(kopie));
  // De kopie zelf, niet de uitvoer van zod: `invoer` en `opties` blijven de gegeven waarden, en
  // elk object is zonder prototype.
  return kopie as Testvectorbestand;
}

/** De kopie met `null` in plaats van elke `invoer` en `opties`, om het schema te controleren. */
function zonderInvoer(kopie: unknown): unknown {
  if (!isObject(kopie) || !Array.isArray(kopie.vectoren)) return kopie;
  const vectoren = kopie.vectoren.map((vector: unknown) => {
    if (!isObject(vector)) return vector;
    const zonder: Record<string, unknown> = Object.assign(Object.create(null) as Record<string, unknown>, vector);
    for (const sleutel of ['invoer', 'opties']) if (Object.hasOwn(zonder, sleutel)) zonder[sleutel] = null;
    return zonder;
  });
  return Object.assign(Object.create(null) as Record<string, unknown>, kopie, { vectoren });
}

const VECTORVELDEN: ReadonlySet<string> = new Set(['naam', 'invoer', 'opties', 'verwacht']);

function kopieerBestand(bestand: unknown, fouten: Veldfout[]): unknown {
  const bovenste = kopieerObject(bestand, '', fouten, (sleutel, waarde, pad) => {
    if (sleutel !== 'vectoren' || !Array.isArray(waarde)) return waarde;
    const lengte = (waarde as unknown[]).length;
    if (lengte > MAX_VECTOREN) {
      fouten.push({ pad, melding: `mag ten hoogste ${MAX_VECTOREN} gevallen bevatten` });
      return null;
    }
    return Array.from({ length: lengte }, (_, index) => kopieerVector(eigenWaarde(waarde, String(index)), `${pad}.${index}`, fouten));
  });
  return bovenste;
}

function kopieerVector(vector: unknown, pad: string, fouten: Veldfout[]): unknown {
  return kopieerObject(vector, pad, fouten, (sleutel, waarde, veldpad) => {
    if (!VECTORVELDEN.has(sleutel)) return null;
    if (sleutel !== 'verwacht') return waarde;
    const verwacht = alsJson(waarde);
    if (verwacht === GEEN_JSON) {
      fouten.push({ pad: veldpad, melding: 'moet JSON-gegevens zijn (geen kring, BigInt, functie, getter of klasse-object)' });
      return null;
    }
    controleerSleutels(verwacht, veldpad, fouten);
    return verwacht;
  });
}

/**
 * Een gewoon object als kopie zonder prototype, met alleen eigen gegevenseigenschappen; elke
 * waarde door `veld`. Iets anders dan een object gaat ongewijzigd door (het schema meldt het).
 */
function kopieerObject(waarde: unknown, pad: string, fouten: Veldfout[], veld: (sleutel: string, waarde: unknown, pad: string) => unknown): unknown {
  if (typeof waarde !== 'object' || waarde === null || Array.isArray(waarde)) return waarde;
  const kopie: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const sleutel of Object.keys(waarde)) {
    const bekend = pad === '' ? BESTANDSVELDEN.has(sleutel) : VECTORVELDEN.has(sleutel);
    const ruw = eigenWaarde(waarde, sleutel);
    // Het pad van een onbekend veld noemt de sleutel niet: die is vrije tekst.
    if (ruw === GEEN_JSON) fouten.push({ pad: bekend ? (pad === '' ? sleutel : `${pad}.${sleutel}`) : pad, melding: 'moet een gewone waarde zijn, geen getter of setter' });
    else kopie[sleutel] = bekend ? veld(sleutel, ruw, pad === '' ? sleutel : `${pad}.${sleutel}`) : null;
  }
  return kopie;
}

const BESTANDSVELDEN: ReadonlySet<string> = new Set(['regel', 'formaat', 'omschrijving', 'vectoren']);

/**
 * De sleutels van `gronden` zijn criterium-ids die elk gecontroleerd worden: `__proto__`, een
 * lege sleutel of een met witruimte is een fout (op het pad van `gronden`, zonder de sleutel te
 * noemen). `velden` en `extra` mogen geen `__proto__` hebben.
 */
function controleerSleutels(verwacht: unknown, pad: string, fouten: Veldfout[]): void {
  if (!isObject(verwacht)) return;
  const { gronden } = verwacht;
  if (isObject(gronden)) {
    const sleutels = Object.keys(gronden);
    if (sleutels.includes('__proto__')) fouten.push({ pad: `${pad}.gronden`, melding: "mag geen sleutel '__proto__' hebben: dat is geen criterium-id" });
    if (sleutels.some((sleutel) => sleutel === '' || /\s/.test(sleutel))) fouten.push({ pad: `${pad}.gronden`, melding: 'heeft een sleutel die geen criterium-id is (leeg of met witruimte)' });
  }
  for (const veld of ['velden', 'extra']) {
    const waarde = verwacht[veld];
    if (isObject(waarde) && Object.hasOwn(waarde, '__proto__')) fouten.push({ pad: `${pad}.${veld}`, melding: "mag geen sleutel '__proto__' hebben: dat is geen veld van een beoordeling" });
  }
}

type Antwoord = { soort: 'beoordeling'; waarde: Record<string, unknown> } | { soort: 'fout'; paden: string[] } | { soort: 'anders'; beschrijving: string };

function vraag(regel: string, invoer: unknown, implementatie: Implementatie): Antwoord {
  let ruw: unknown;
  try {
    ruw = implementatie(regel, invoer);
  } catch (fout) {
    const paden = padenVan(alsJson(typeof fout === 'object' && fout !== null ? leesVeilig(() => eigenWaarde(fout, 'fouten')) : undefined));
    return paden ? { soort: 'fout', paden } : { soort: 'anders', beschrijving: beschrijfGeworpen(fout) };
  }
  if (ruw === undefined) return { soort: 'anders', beschrijving: 'gaf undefined' };
  const antwoord = alsJson(ruw);
  if (antwoord === GEEN_JSON) return { soort: 'anders', beschrijving: 'gaf een waarde die geen JSON is' };
  // Een object (geen lijst) zonder prototype: `fouten` en `uitkomst` zijn eigen velden of er niet.
  if (!isObject(antwoord)) return { soort: 'anders', beschrijving: `gaf ${toon(antwoord)}` };
  const paden = padenVan(antwoord.fouten);
  if (paden && !('uitkomst' in antwoord)) return { soort: 'fout', paden };
  return { soort: 'beoordeling', waarde: antwoord };
}

/** Wat `lees` geeft, of `GEEN_JSON` als lezen gooit (een Proxy). */
function leesVeilig(lees: () => unknown): unknown {
  try {
    return lees();
  } catch {
    return GEEN_JSON;
  }
}

/** Een beschrijving van wat de implementatie gooide; leest de fout zonder zelf te gooien. */
function beschrijfGeworpen(fout: unknown): string {
  try {
    if (fout instanceof Error) {
      const { name, message } = fout;
      if (typeof name === 'string' && typeof message === 'string') return `gooide ${kort(`${name}: ${message}`)}`;
    } else if (fout === null || (typeof fout !== 'object' && typeof fout !== 'function' && typeof fout !== 'symbol')) {
      return `gooide ${kort(String(fout))}`;
    }
  } catch {
    // Een getter van name of message, of een Proxy, die gooit: zie hieronder.
  }
  return 'gooide iets anders dan een fout';
}

function vergelijkFout(regel: string, invoer: unknown, paden: string[], implementatie: Implementatie): string[] {
  const antwoord = vraag(regel, invoer, implementatie);
  if (antwoord.soort === 'beoordeling') return [`verwacht een fout op ${paden.join(', ')}, maar kreeg uitkomst '${tekstVan(antwoord.waarde.uitkomst)}'`];
  if (antwoord.soort === 'anders') return [`verwacht een fout op ${paden.join(', ')}, maar ${antwoord.beschrijving}`];
  const ontbrekend = paden.filter((pad) => !antwoord.paden.includes(pad));
  return ontbrekend.length === 0 ? [] : [`verwacht een fout op ${ontbrekend.join(', ')}, kreeg fouten op ${kort(antwoord.paden.join(', ')) || '(geen pad)'}`];
}

function vergelijkBeoordeling(regel: string, invoer: unknown, verwacht: VerwachteBeoordeling, implementatie: Implementatie, alleenContract: boolean): string[] {
  const antwoord = vraag(regel, invoer, implementatie);
  if (antwoord.soort === 'fout') return [`verwacht uitkomst '${verwacht.uitkomst}', maar kreeg een fout op ${kort(antwoord.paden.join(', '))}`];
  if (antwoord.soort === 'anders') return [`verwacht uitkomst '${verwacht.uitkomst}', maar ${antwoord.beschrijving}`];
  // `gekregen` is een JSON-kopie zonder prototype: elk veld hieronder is een eigen veld.
  const gekregen = antwoord.waarde;
  const verschillen: string[] = [];
  if (gekregen.uitkomst !== verwacht.uitkomst) verschillen.push(`uitkomst: verwacht '${verwacht.uitkomst}', kreeg '${tekstVan(gekregen.uitkomst)}'`);
  const gronden = Array.isArray(gekregen.gronden) ? gekregen.gronden.filter(isObject) : [];
  for (const [criterium, status] of Object.entries(verwacht.gronden)) {
    const grond = gronden.find((kandidaat) => kandidaat.regel === criterium);
    if (!grond) verschillen.push(`${criterium}: verwacht '${status}', maar de grond ontbreekt`);
    else if (grond.status !== status) verschillen.push(`${criterium}: verwacht '${status}', kreeg '${tekstVan(grond.status)}'`);
  }
  if (verwacht.ontbrekendeGegevens && !gelijk(gekregen.ontbrekendeGegevens, verwacht.ontbrekendeGegevens)) {
    verschillen.push(`ontbrekendeGegevens: verwacht ${toon(verwacht.ontbrekendeGegevens)}, kreeg ${toon(gekregen.ontbrekendeGegevens)}`);
  }
  if (verwacht.peildatum !== undefined && gekregen.peildatum !== verwacht.peildatum) {
    verschillen.push(`peildatum: verwacht ${toon(verwacht.peildatum)}, kreeg ${toon(gekregen.peildatum)}`);
  }
  for (const [veld, waarde] of Object.entries(verwacht.velden ?? {})) {
    if (!gelijk(gekregen[veld], waarde)) verschillen.push(`${veld}: verwacht ${toon(waarde)}, kreeg ${toon(gekregen[veld])}`);
  }
  for (const [veld, waarde] of alleenContract ? [] : Object.entries(verwacht.extra ?? {})) {
    if (!gelijk(gekregen[veld], waarde)) verschillen.push(`${veld} (extra): verwacht ${toon(waarde)}, kreeg ${toon(gekregen[veld])}`);
  }
  return verschillen;
}

/**
 * De paden uit een JSON-kopie van `fouten`: een lijst met objecten. Een pad dat geen tekst is,
 * wordt als JSON getoond.
 */
function padenVan(fouten: unknown): string[] | undefined {
  if (!Array.isArray(fouten)) return undefined;
  return fouten.filter(isObject).map((fout) => (typeof fout.pad === 'string' ? fout.pad : toon(fout.pad)));
}

/** Een object dat geen lijst is. */
function isObject(waarde: unknown): waarde is Record<string, unknown> {
  return typeof waarde === 'object' && waarde !== null && !Array.isArray(waarde);
}

/** Een JSON-waarde als tekst (`undefined` als `'undefined'`), ingekort. */
function toon(waarde: unknown): string {
  return waarde === undefined ? 'undefined' : kort(JSON.stringify(waarde));
}

/** Een tekst zoals hij is, een andere JSON-waarde als JSON; ingekort. */
function tekstVan(waarde: unknown): string {
  return typeof waarde === 'string' ? kort(waarde) : toon(waarde);
}

function kort(tekst: string): string {
  return tekst.length > MAX_GETOOND ? `${tekst.slice(0, MAX_GETOOND)}…` : tekst;
}

/** Structurele gelijkheid van JSON-waarden (volgorde van sleutels telt niet). */
function gelijk(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((element, index) => gelijk(element, b[index]));
  }
  if (!isObject(a) || !isObject(b)) return false;
  const sleutelsA = Object.keys(a).filter((sleutel) => a[sleutel] !== undefined);
  const sleutelsB = Object.keys(b).filter((sleutel) => b[sleutel] !== undefined);
  return sleutelsA.length === sleutelsB.length && sleutelsA.every((sleutel) => Object.hasOwn(b, sleutel) && gelijk(a[sleutel], b[sleutel]));
}
