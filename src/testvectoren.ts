import * as z from 'zod/mini';
import { valideer } from './kern/valideer.js';
import { STATUSSEN, type Status } from './types/feit.js';

const verwachteBeoordelingSchema = z.strictObject({
  uitkomst: z.string().check(z.minLength(1)),
  gronden: z.record(z.string(), z.enum(STATUSSEN)),
  ontbrekendeGegevens: z.optional(z.array(z.string())),
  peildatum: z.optional(z.nullable(z.string())),
  velden: z.optional(z.record(z.string(), z.unknown())),
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
  /** Regelspecifieke velden van de beoordeling, elk structureel vergeleken. */
  velden?: Record<string, unknown> | undefined;
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
 * criterium (en eventueel `ontbrekendeGegevens`, `peildatum` en regelspecifieke `velden`), of
 * een fout met de paden van de foute velden.
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
        naam: z.string().check(z.minLength(1)),
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

/**
 * Voert de testvectoren van een bestand uit tegen een implementatie: deze bibliotheek
 * (`(regel, invoer) => zoekRegel(regel).beoordeel(invoer)`) of een eigen systeem.
 *
 * @param bestand - de inhoud van een `test/vectors/*.json` (geparste JSON)
 * @param implementatie - zie {@link Implementatie}
 * @returns per geval geslaagd of niet, met de verschillen
 * @throws {OngeldigeInvoerFout} als het bestand zelf niet het testvectorformaat heeft
 * @example
 * import vectoren from 'opvangregels/testvectoren/herkomst.json' with { type: 'json' };
 * const verslag = voerTestvectorsUit(vectoren, (regel, invoer) => zoekRegel(regel).beoordeel(invoer));
 * verslag.geslaagd === verslag.totaal
 * //=> true
 */
export function voerTestvectorsUit(bestand: unknown, implementatie: Implementatie): Testverslag {
  const { regel, vectoren } = valideer(TestvectorbestandSchema, bestand);
  const uitslagen = vectoren.map(({ naam, invoer, opties, verwacht }) => {
    const vraagGeval: Implementatie = (id, gegeven) => (opties === undefined ? implementatie(id, gegeven) : implementatie(id, gegeven, opties));
    const verschillen = 'fout' in verwacht ? vergelijkFout(regel, invoer, verwacht.fout.paden, vraagGeval) : vergelijkBeoordeling(regel, invoer, verwacht, vraagGeval);
    return { naam, geslaagd: verschillen.length === 0, verschillen };
  });
  return { regel, totaal: uitslagen.length, geslaagd: uitslagen.filter((uitslag) => uitslag.geslaagd).length, uitslagen };
}

type Antwoord = { soort: 'beoordeling'; waarde: Record<string, unknown> } | { soort: 'fout'; paden: string[] } | { soort: 'anders'; beschrijving: string };

function vraag(regel: string, invoer: unknown, implementatie: Implementatie): Antwoord {
  let antwoord: unknown;
  try {
    antwoord = implementatie(regel, invoer);
  } catch (fout) {
    const paden = padenVan(fout);
    return paden ? { soort: 'fout', paden } : { soort: 'anders', beschrijving: `gooide ${fout instanceof Error ? `${fout.name}: ${fout.message}` : String(fout)}` };
  }
  const paden = padenVan(antwoord);
  if (paden && !(isObject(antwoord) && 'uitkomst' in antwoord)) return { soort: 'fout', paden };
  if (isObject(antwoord)) return { soort: 'beoordeling', waarde: antwoord };
  return { soort: 'anders', beschrijving: `gaf ${JSON.stringify(antwoord)}` };
}

function vergelijkFout(regel: string, invoer: unknown, paden: string[], implementatie: Implementatie): string[] {
  const antwoord = vraag(regel, invoer, implementatie);
  if (antwoord.soort === 'beoordeling') return [`verwacht een fout op ${paden.join(', ')}, maar kreeg uitkomst '${String(antwoord.waarde.uitkomst)}'`];
  if (antwoord.soort === 'anders') return [`verwacht een fout op ${paden.join(', ')}, maar ${antwoord.beschrijving}`];
  const ontbrekend = paden.filter((pad) => !antwoord.paden.includes(pad));
  return ontbrekend.length === 0 ? [] : [`verwacht een fout op ${ontbrekend.join(', ')}, kreeg fouten op ${antwoord.paden.join(', ') || '(geen pad)'}`];
}

function vergelijkBeoordeling(regel: string, invoer: unknown, verwacht: VerwachteBeoordeling, implementatie: Implementatie): string[] {
  const antwoord = vraag(regel, invoer, implementatie);
  if (antwoord.soort === 'fout') return [`verwacht uitkomst '${verwacht.uitkomst}', maar kreeg een fout op ${antwoord.paden.join(', ')}`];
  if (antwoord.soort === 'anders') return [`verwacht uitkomst '${verwacht.uitkomst}', maar ${antwoord.beschrijving}`];
  const gekregen = antwoord.waarde;
  const verschillen: string[] = [];
  if (gekregen.uitkomst !== verwacht.uitkomst) verschillen.push(`uitkomst: verwacht '${verwacht.uitkomst}', kreeg '${String(gekregen.uitkomst)}'`);
  const gronden = Array.isArray(gekregen.gronden) ? gekregen.gronden.filter(isObject) : [];
  for (const [criterium, status] of Object.entries(verwacht.gronden)) {
    const grond = gronden.find((kandidaat) => kandidaat.regel === criterium);
    if (!grond) verschillen.push(`${criterium}: verwacht '${status}', maar de grond ontbreekt`);
    else if (grond.status !== status) verschillen.push(`${criterium}: verwacht '${status}', kreeg '${String(grond.status)}'`);
  }
  if (verwacht.ontbrekendeGegevens && !gelijk(gekregen.ontbrekendeGegevens, verwacht.ontbrekendeGegevens)) {
    verschillen.push(`ontbrekendeGegevens: verwacht ${JSON.stringify(verwacht.ontbrekendeGegevens)}, kreeg ${JSON.stringify(gekregen.ontbrekendeGegevens)}`);
  }
  if (verwacht.peildatum !== undefined && gekregen.peildatum !== verwacht.peildatum) {
    verschillen.push(`peildatum: verwacht ${JSON.stringify(verwacht.peildatum)}, kreeg ${JSON.stringify(gekregen.peildatum)}`);
  }
  for (const [veld, waarde] of Object.entries(verwacht.velden ?? {})) {
    if (!gelijk(gekregen[veld], waarde)) verschillen.push(`${veld}: verwacht ${JSON.stringify(waarde)}, kreeg ${JSON.stringify(gekregen[veld])}`);
  }
  return verschillen;
}

function padenVan(waarde: unknown): string[] | undefined {
  if (!isObject(waarde) || !Array.isArray(waarde.fouten)) return undefined;
  return waarde.fouten.filter(isObject).map((fout) => String(fout.pad));
}

function isObject(waarde: unknown): waarde is Record<string, unknown> {
  return typeof waarde === 'object' && waarde !== null;
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
  return sleutelsA.length === sleutelsB.length && sleutelsA.every((sleutel) => gelijk(a[sleutel], b[sleutel]));
}
