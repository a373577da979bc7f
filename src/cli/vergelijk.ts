// "Wat verandert er als …": elk geval beslist onder twee beleidsvarianten, en wat anders uitkomt
// (issue 28, SPEC §5 (0.3)). Gedeeld door `opvangregels vergelijk` en de pagina "Wat als?" van de
// site; geen I/O. Gevallen komen als JSON, JSON Lines of CSV met een kopregel (gelezen met
// PapaParse; een CSV-cel wordt omgezet naar het type dat het JSON Schema van de invoer vraagt).
import Papa from 'papaparse';
import { GEEN_JSON } from './batchregel.js';
import { splitsJson } from './json-stroom.js';
import { BeleidNietInWerkingFout, OngeldigeInvoerFout, type Regel, type Regelopties, type Status, type Veldfout } from '../index.js';

/** Eén geval uit het bestand: de invoer met het regelnummer waarop het begint, of een fout van dat geval. */
export type Geval = { regelnummer: number; invoer: unknown } | { regelnummer: number; fouten: Veldfout[] };

/** Wat een geval onder één beleid opleverde: een uitkomst (met de status per criterium en de kernwaarde), of geen. */
interface Uitslag {
  uitkomst: string;
  criteria: Map<string, Status>;
  waarde: unknown;
  fouten?: Veldfout[];
}

/** Een geval dat onder B anders uitkomt dan onder A. */
export interface Verschil {
  regelnummer: number;
  uitkomst: [voor: string, na: string];
  /** De kernwaarde van de regel voor en na (versnelfonds: het toekenbare bedrag in centen), als die er is. */
  waarde?: [voor: unknown, na: unknown];
  /** De criteria met een andere status (`null`: de grond was er niet). */
  criteria: Array<{ regel: string; voor: Status | null; na: Status | null }>;
  /** De fouten onder A of B, als het geval onder een van beide niet te beslissen was. */
  fouten?: { voor?: Veldfout[]; na?: Veldfout[] };
}

/** De vergelijking van alle gevallen. */
export interface Vergelijking {
  regel: string;
  /** Het aantal gevallen in het bestand (ook de ongeldige). */
  aantal: number;
  /** Gevallen die ongeldig zijn: al bij het lezen (geen JSON, een CSV-cel die niet past) of onder beide beleidsvarianten (de invoer zelf); niet beslist. */
  ongeldig: Array<{ regelnummer: number; fouten: Veldfout[] }>;
  /** De gevallen die anders uitkomen, in de volgorde van het bestand. */
  gewijzigd: Verschil[];
  /** Per overgang ("toekennen → afwijzen", ook "toekennen → toekennen") het aantal gevallen. */
  overgangen: Record<string, number>;
  /** Bij het versnelfonds: het totaal toegekende bedrag onder A en onder B, in centen. */
  totaalToegekend?: { voor: number; na: number };
}

/** De kernwaarde per regel: wat naast de uitkomst verandert en telt. */
const KERNWAARDE: Readonly<Record<string, string>> = {
  versnelfonds: 'toekenbaarBedragInCenten',
  verblijfstermijn: 'uiterlijkeVertrekdatum',
  woningaanbod: 'uiterlijkeAanboddatum',
  regisseur: 'regisseur',
};

function beslis(regel: Regel, invoer: unknown, opties: Regelopties | undefined): Uitslag {
  try {
    const beoordeling = opties === undefined ? regel.beoordeel(invoer) : regel.beoordeel(invoer, opties);
    const veld = KERNWAARDE[regel.beschrijving.id];
    return {
      uitkomst: beoordeling.uitkomst,
      criteria: new Map(beoordeling.gronden.filter((grond) => grond.soort !== 'signaal').map((grond) => [grond.regel, grond.status])),
      waarde: veld === undefined ? undefined : (beoordeling as unknown as Record<string, unknown>)[veld],
    };
  } catch (fout) {
    if (fout instanceof BeleidNietInWerkingFout) return { uitkomst: 'geen-beleid', criteria: new Map(), waarde: undefined, fouten: fout.fouten };
    if (fout instanceof OngeldigeInvoerFout) return { uitkomst: 'ongeldig', criteria: new Map(), waarde: undefined, fouten: fout.fouten };
    throw fout;
  }
}

/**
 * Beslist elk geval onder `a` en onder `b` (opties van de regel: een beleid, uitgesloten statussen;
 * `undefined` is het ingebouwde beleid) en geeft wat anders uitkomt: een andere uitkomst, een andere
 * kernwaarde of een criterium met een andere status. Een geval dat onder een van beide ongeldig is of
 * geen beleid in werking heeft, krijgt die als uitkomst (`ongeldig`, `geen-beleid`); de run stopt nooit.
 */
export function vergelijkGevallen(regel: Regel, gevallen: Iterable<Geval>, a: Regelopties | undefined, b: Regelopties | undefined): Vergelijking {
  const uitslag: Vergelijking = { regel: regel.beschrijving.id, aantal: 0, ongeldig: [], gewijzigd: [], overgangen: {} };
  const telBedragen = regel.beschrijving.id === 'versnelfonds';
  if (telBedragen) uitslag.totaalToegekend = { voor: 0, na: 0 };
  for (const geval of gevallen) {
    uitslag.aantal++;
    if ('fouten' in geval) {
      uitslag.ongeldig.push({ regelnummer: geval.regelnummer, fouten: geval.fouten });
      continue;
    }
    const voor = beslis(regel, geval.invoer, a);
    const na = beslis(regel, geval.invoer, b);
    // Ongeldige invoer onder beide is geen beslissing: bij de ongeldige gevallen, met de fouten.
    if (voor.uitkomst === 'ongeldig' && na.uitkomst === 'ongeldig') {
      uitslag.ongeldig.push({ regelnummer: geval.regelnummer, fouten: voor.fouten ?? [] });
      continue;
    }
    const overgang = `${voor.uitkomst} → ${na.uitkomst}`;
    uitslag.overgangen[overgang] = (uitslag.overgangen[overgang] ?? 0) + 1;
    if (telBedragen) {
      uitslag.totaalToegekend!.voor += typeof voor.waarde === 'number' ? voor.waarde : 0;
      uitslag.totaalToegekend!.na += typeof na.waarde === 'number' ? na.waarde : 0;
    }
    const criteria = [...new Set([...voor.criteria.keys(), ...na.criteria.keys()])]
      .filter((id) => voor.criteria.get(id) !== na.criteria.get(id))
      .map((id) => ({ regel: id, voor: voor.criteria.get(id) ?? null, na: na.criteria.get(id) ?? null }));
    const waardeAnders = JSON.stringify(voor.waarde) !== JSON.stringify(na.waarde);
    if (voor.uitkomst === na.uitkomst && !waardeAnders && criteria.length === 0) continue;
    uitslag.gewijzigd.push({
      regelnummer: geval.regelnummer,
      uitkomst: [voor.uitkomst, na.uitkomst],
      ...(voor.waarde !== undefined || na.waarde !== undefined ? { waarde: [voor.waarde ?? null, na.waarde ?? null] as [unknown, unknown] } : {}),
      criteria,
      ...(voor.fouten || na.fouten ? { fouten: { ...(voor.fouten ? { voor: voor.fouten } : {}), ...(na.fouten ? { na: na.fouten } : {}) } } : {}),
    });
  }
  return uitslag;
}

/** Het deel van een JSON Schema dat het lezen van CSV gebruikt: de velden van de invoer en hun typen. */
export type Invoerschema = { type?: string; anyOf?: Invoerschema[]; const?: unknown; enum?: unknown[]; properties?: Record<string, Invoerschema> };
type Schema = Invoerschema;

/** De soort van een veld in het JSON Schema van de invoer: wat een CSV-cel moet worden. */
function soortVan(schema: Schema | undefined): 'feit' | 'geheel' | 'geheel-of-onbekend' | 'tekst' | 'samengesteld' {
  if (!schema) return 'tekst';
  const delen = schema.anyOf ?? [schema];
  const types = new Set(delen.map((deel) => deel.type ?? (deel.const !== undefined ? typeof deel.const : undefined)));
  if (types.has('boolean')) return 'feit';
  if (types.has('integer') || types.has('number')) return types.has('string') ? 'geheel-of-onbekend' : 'geheel';
  if (types.has('object') || types.has('array')) return 'samengesteld';
  return 'tekst';
}

const JA = new Set(['true', 'ja', 'j', 'yes', '1']);
const NEE = new Set(['false', 'nee', 'n', 'no', '0']);

/**
 * Eén CSV-rij als invoer: elke kolom een veld van de invoer (de kopregel noemt de velden), een lege
 * cel is een weggelaten veld. Een ja/nee-feit mag `true`/`false`, `ja`/`nee` of `onbekend` zijn; een
 * getal (`bedragInCenten`) een geheel getal of `onbekend`. Lijsten en objecten (de regisseur, de
 * routes van situatie) passen niet in een cel: die kolom is een fout van de rij.
 */
function rijAlsInvoer(rij: Record<string, string>, velden: Record<string, Schema>): { invoer: Record<string, unknown> } | { fouten: Veldfout[] } {
  const invoer: Record<string, unknown> = {};
  const fouten: Veldfout[] = [];
  for (const [kolom, ruw] of Object.entries(rij)) {
    const cel = ruw.trim();
    if (cel === '') continue;
    const soort = soortVan(Object.hasOwn(velden, kolom) ? velden[kolom] : undefined);
    if (soort === 'samengesteld') {
      fouten.push({ pad: kolom, melding: 'een lijst of object past niet in een CSV-cel; gebruik JSON of JSON Lines' });
    } else if (soort === 'feit') {
      const klein = cel.toLowerCase();
      invoer[kolom] = JA.has(klein) ? true : NEE.has(klein) ? false : klein === 'onbekend' ? 'onbekend' : cel;
    } else if (soort === 'geheel' || soort === 'geheel-of-onbekend') {
      invoer[kolom] = /^-?\d+$/.test(cel) ? Number(cel) : cel.toLowerCase() === 'onbekend' ? 'onbekend' : cel;
    } else {
      invoer[kolom] = cel;
    }
  }
  return fouten.length > 0 ? { fouten } : { invoer };
}

/**
 * De gevallen uit een CSV-tekst met een kopregel: elke rij één geval, met als regelnummer de regel
 * in het bestand (de kopregel is regel 1; een cel over meer regels telt mee). Een rij die PapaParse
 * niet kan lezen of waarvan een cel niet past, is een fout van die rij; de andere rijen gaan door.
 * Onbekende kolommen gaan mee naar de regel, die ze als onbekend veld meldt. `schema` is het JSON
 * Schema van de invoer van de regel (`invoerJsonSchema(regel)`; de site geeft het meegebouwde, zodat
 * de browser de schemagenerator van zod niet laadt).
 */
export function leesCsvGevallen(tekst: string, schema: Invoerschema): Geval[] {
  const velden = schema.properties ?? {};
  const uitslag = Papa.parse<Record<string, string>>(tekst.charCodeAt(0) === 0xfeff ? tekst.slice(1) : tekst, { header: true, skipEmptyLines: 'greedy', transformHeader: (kop) => kop.trim() });
  const rijfouten = new Map<number, string>();
  for (const fout of uitslag.errors) if (fout.row !== undefined) rijfouten.set(fout.row, fout.code === 'TooFewFields' || fout.code === 'TooManyFields' ? 'heeft niet evenveel cellen als de kopregel' : 'is geen geldige CSV-rij');
  // Het regelnummer: de kopregel en de regeleinden binnen cellen tellen mee.
  let regelnummer = 1;
  return uitslag.data.map((rij, index) => {
    regelnummer += 1 + Object.values(rij).reduce((som, cel) => som + (typeof cel === 'string' ? cel.split('\n').length - 1 : 0), 0);
    const melding = rijfouten.get(index);
    if (melding !== undefined) return { regelnummer, fouten: [{ pad: '', melding }] };
    const { __parsed_extra: _extra, ...cellen } = rij as Record<string, string> & { __parsed_extra?: unknown };
    const gelezen = rijAlsInvoer(cellen, velden);
    return 'fouten' in gelezen ? { regelnummer, fouten: gelezen.fouten } : { regelnummer, invoer: gelezen.invoer };
  });
}

/**
 * De gevallen uit de tekst van een bestand: CSV (aan de naam `.csv`, of aan een eerste teken dat
 * geen `{` of `[` is), anders JSON of JSON Lines. JSON Lines met één geval per regel wordt regel voor
 * regel gelezen (snel); lukt dat niet voor elke regel (een waarde over meer regels, een lijst), dan
 * leest de splitser van de CLI het geheel, met dezelfde regelnummers en een fout per kapot geval.
 */
export async function leesGevallen(tekst: string, naam: string, schema: Invoerschema): Promise<Geval[]> {
  const zonderBom = tekst.charCodeAt(0) === 0xfeff ? tekst.slice(1) : tekst;
  const eerste = zonderBom.trimStart()[0];
  if (naam.toLowerCase().endsWith('.csv') || (eerste !== '{' && eerste !== '[' && eerste !== undefined)) return leesCsvGevallen(zonderBom, schema);
  if (eerste === '{') {
    const gevallen: Geval[] = [];
    const regels = zonderBom.split('\n');
    let gelukt = true;
    for (let index = 0; index < regels.length && gelukt; index++) {
      const tekstregel = regels[index]!.trim();
      if (tekstregel === '') continue;
      try {
        gevallen.push({ regelnummer: index + 1, invoer: JSON.parse(tekstregel) });
      } catch {
        gelukt = false;
      }
    }
    if (gelukt) return gevallen;
  }
  const gevallen: Geval[] = [];
  for await (const waarde of splitsJson((async function* () { yield zonderBom; })())) {
    if ('fout' in waarde) gevallen.push({ regelnummer: waarde.regel, fouten: [{ pad: '', melding: waarde.fout }] });
    else {
      try {
        gevallen.push({ regelnummer: waarde.regel, invoer: JSON.parse(waarde.tekst) });
      } catch {
        gevallen.push({ regelnummer: waarde.regel, fouten: [{ pad: '', melding: GEEN_JSON }] });
      }
    }
  }
  return gevallen;
}
