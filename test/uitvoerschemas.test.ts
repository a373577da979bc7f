// De schema's van de uitvoer: elke beoordeling die een regel geeft, past in het zod-schema en in het
// geleverde JSON Schema van haar regel, zoals zij is en na JSON; een veld te veel of te weinig, of
// een waarde buiten het type, past niet. En de geleverde schema/invoer/ en schema/beoordeling/ zijn actueel.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REGELSCHEMA_MAPPEN, regelschemas } from '../scripts/genereer-schema.js';
import {
  BEOORDELINGSCHEMAS,
  BeleidNietInWerkingFout,
  OngeldigeInvoerFout,
  REGELS,
  beoordelingJsonSchema,
  zoekRegel,
  type Beoordeling,
  type RegelId,
} from '../src/index.js';
import { GELDIGE_INVOER } from './eigenschappen/invoer.js';

const REGEL_IDS = Object.keys(REGELS) as RegelId[];
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
addFormats.default(ajv);
const jsonSchemaPast = Object.fromEntries(REGEL_IDS.map((id) => [id, ajv.compile(beoordelingJsonSchema(id))]));

/** Beslist `invoer`; `undefined` als de regel de invoer weigert of geen beleid heeft op de datum. */
function beoordeel(id: string, invoer: unknown, opties?: unknown): Beoordeling<string> | undefined {
  try {
    return zoekRegel(id).beoordeel(invoer, opties);
  } catch (fout) {
    if (fout instanceof OngeldigeInvoerFout || fout instanceof BeleidNietInWerkingFout) return undefined;
    throw fout;
  }
}

/** Elke beoordeling uit de testvectoren, met haar regel en de naam van het geval. */
const UIT_VECTOREN = readdirSync(new URL('vectors/', import.meta.url))
  .filter((naam) => naam.endsWith('.json'))
  .flatMap((naam) => {
    const bestand = JSON.parse(readFileSync(new URL(`vectors/${naam}`, import.meta.url), 'utf8')) as { regel: RegelId; vectoren: Array<{ naam: string; invoer: unknown; opties?: unknown }> };
    return bestand.vectoren.flatMap((vector) => {
      const beoordeling = beoordeel(bestand.regel, vector.invoer, vector.opties);
      return beoordeling === undefined ? [] : [{ regel: bestand.regel, naam: `${naam}: ${vector.naam}`, beoordeling }];
    });
  });

/** Een kopie na JSON, zoals een opgeslagen of verstuurde beoordeling. */
const naJson = <T>(waarde: T): T => JSON.parse(JSON.stringify(waarde)) as T;

/** De paden van de waarden die JSON niet bewaart: `undefined`, een functie, -0, NaN of oneindig. */
function nietInJson(waarde: unknown, pad = ''): string[] {
  if (waarde === undefined || typeof waarde === 'function' || Object.is(waarde, -0) || (typeof waarde === 'number' && !Number.isFinite(waarde))) return [pad];
  if (waarde === null || typeof waarde !== 'object') return [];
  return Object.entries(waarde).flatMap(([sleutel, deel]) => nietInJson(deel, `${pad}.${sleutel}`));
}

/** Controleert een beoordeling tegen het zod-schema en het JSON Schema van haar regel, zoals zij is en na JSON. */
function verwachtPassend(regel: RegelId, beoordeling: Beoordeling<string>): void {
  const schema = REGELS[regel].uitvoerSchema;
  const parse = schema.safeParse(beoordeling);
  expect(parse.success, JSON.stringify(parse.error?.issues)).toBe(true);
  // Het schema verandert niets: het parsen geeft dezelfde beoordeling.
  expect(parse.data).toEqual(beoordeling);
  const json = naJson(beoordeling);
  expect(nietInJson(beoordeling)).toEqual([]);
  expect(json).toEqual(beoordeling);
  const naJsonParse = schema.safeParse(json);
  expect(naJsonParse.success, JSON.stringify(naJsonParse.error?.issues)).toBe(true);
  expect(jsonSchemaPast[regel]!(json), JSON.stringify(jsonSchemaPast[regel]!.errors)).toBe(true);
}

/** Of het zod-schema én het JSON Schema van de regel de waarde weigeren (en het zod-schema er een probleem bij noemt). */
function geweigerd(regel: RegelId, waarde: unknown): boolean {
  return !BEOORDELINGSCHEMAS[regel].safeParse(waarde).success && !jsonSchemaPast[regel]!(naJson(waarde));
}

describe('het register en de schema’s van de uitvoer', () => {
  it('elke regel heeft in het register het schema uit BEOORDELINGSCHEMAS, en een JSON Schema met titel', () => {
    expect(Object.keys(BEOORDELINGSCHEMAS).sort()).toEqual([...REGEL_IDS].sort());
    for (const id of REGEL_IDS) {
      expect(REGELS[id].uitvoerSchema, id).toBe(BEOORDELINGSCHEMAS[id]);
      expect(beoordelingJsonSchema(id).title).toBe(`Beoordeling van ${REGELS[id].beschrijving.functie} (opvangregels, regel '${id}')`);
    }
    expect(() => beoordelingJsonSchema('onzin')).toThrow(OngeldigeInvoerFout);
  });

  it.each(REGEL_IDS)('het JSON Schema van %s is geldig (draft 2020-12, strikt), en elk veld heeft een beschrijving', (id) => {
    const schema = beoordelingJsonSchema(id);
    expect(ajv.validateSchema(schema)).toBe(true);
    const zonderBeschrijving: string[] = [];
    const loop = (deel: unknown, pad: string): void => {
      if (deel === null || typeof deel !== 'object') return;
      const knoop = deel as Record<string, unknown>;
      if (knoop.properties) {
        expect(knoop.additionalProperties, pad).toBe(false);
        for (const [veld, veldschema] of Object.entries(knoop.properties as Record<string, Record<string, unknown>>)) {
          if (typeof veldschema.description !== 'string' || veldschema.description === '') zonderBeschrijving.push(`${pad}.${veld}`);
        }
      }
      for (const [sleutel, kind] of Object.entries(knoop)) loop(kind, `${pad}/${sleutel}`);
    };
    loop(schema, '');
    expect(zonderBeschrijving).toEqual([]);
  });
});

describe('elke beoordeling uit de testvectoren past, ook na JSON', () => {
  it('de vectoren leveren van elke regel beoordelingen', () => {
    expect(new Set(UIT_VECTOREN.map((geval) => geval.regel))).toEqual(new Set(REGEL_IDS));
  });

  it.each(UIT_VECTOREN.map((geval) => [geval.naam, geval] as const))('%s', (_naam, { regel, beoordeling }) => {
    verwachtPassend(regel, beoordeling);
  });
});

describe('elke beoordeling van gegenereerde geldige invoer past, ook na JSON', () => {
  // Standaard, en met elke status toegepast (dan zijn er geen uitgesloten waarden, wel andere uitkomsten).
  const opties = fc.constantFrom(undefined, { uitgeslotenStatussen: [] });

  it.each(REGEL_IDS)('%s', (id) => {
    let beslist = 0;
    fc.assert(
      fc.property(GELDIGE_INVOER[id], opties, (invoer, gekozen) => {
        const beoordeling = beoordeel(id, invoer, gekozen);
        if (beoordeling === undefined) return;
        beslist++;
        verwachtPassend(id, beoordeling);
      }),
      { numRuns: 200 },
    );
    expect(beslist).toBeGreaterThan(100);
  });
});

describe('een beoordeling die niet klopt, past niet', () => {
  /** Per regel een beoordeling met ten minste één grond die een bron citeert, als JSON. */
  const voorbeeld = (regel: RegelId): Record<string, any> => {
    const geval = UIT_VECTOREN.find((kandidaat) => kandidaat.regel === regel && kandidaat.beoordeling.gronden.some((grond) => grond.bronnen.length > 0));
    return naJson(geval!.beoordeling) as unknown as Record<string, any>;
  };
  const EIGEN_VELD: Record<RegelId, string | undefined> = {
    herkomst: 'herkomstsoort',
    versnelfonds: 'vorm',
    schuldhulp: undefined,
    'alternatieve-bewindvoering': undefined,
    regisseur: 'wissel',
    verblijfstermijn: 'resterendeDagen',
    situatie: 'routes',
    woningaanbod: 'termijn',
  };

  const WIJZIGINGEN: Array<[string, (beoordeling: Record<string, any>, regel: RegelId) => void]> = [
    ['een veld te veel', (b) => { b.extra = 1; }],
    ['een veld te veel in een grond', (b) => { b.gronden[0].extra = 1; }],
    ['een veld te veel in een bron', (b) => { b.gronden.find((g: any) => g.bronnen.length > 0).bronnen[0].pagina = 3; }],
    ['een veld te veel in de grondslag', (b) => { b.gronden[0].basis.extra = 1; }],
    ['een ontbrekende pakketversie', (b) => { delete b.pakketversie; }],
    ['een ontbrekend veld van de regel zelf (of anders de peildatum)', (b, regel) => { delete b[EIGEN_VELD[regel] ?? 'peildatum']; }],
    ['een ontbrekende toelichtingEn in een grond', (b) => { delete b.gronden[0].toelichtingEn; }],
    ['een onbekende status van een grond', (b) => { b.gronden[0].status = 'misschien'; }],
    ['een onbekende waardestatus van de grondslag', (b) => { b.gronden[0].basis.status = 'gehoopt'; }],
    ['een onbekende uitkomst', (b) => { b.uitkomst = 'toekennen-misschien'; }],
    ['een grond van een criterium dat de regel niet kent', (b) => { b.gronden[0].regel = 'onbekend.criterium'; }],
    ['de beoordeling van een andere regel', (b, regel) => { b.regel = regel === 'herkomst' ? 'versnelfonds' : 'herkomst'; }],
    ['een peildatum die niet bestaat', (b) => { b.peildatum = '2026-02-30'; }],
    ['null als gronden', (b) => { b.gronden = null; }],
    ['een citaat dat null is', (b) => { b.gronden.find((g: any) => g.bronnen.length > 0).bronnen[0].citaat = null; }],
  ];

  it.each(REGEL_IDS.flatMap((regel) => WIJZIGINGEN.map(([naam, wijzig]) => [regel, naam, wijzig] as const)))('%s: %s', (regel, _naam, wijzig) => {
    const beoordeling = voorbeeld(regel);
    expect(BEOORDELINGSCHEMAS[regel].safeParse(beoordeling).success).toBe(true);
    wijzig(beoordeling, regel);
    expect(geweigerd(regel, beoordeling)).toBe(true);
  });

  it('een eigen veld met een verkeerd type of een onbekende waarde past niet', () => {
    const gevallen: Array<[RegelId, string, unknown]> = [
      ['versnelfonds', 'vorm', 'schenking'],
      ['versnelfonds', 'toekenbaarBedragInCenten', 12.5],
      ['versnelfonds', 'toekenbaarBedragInCenten', -1],
      ['versnelfonds', 'beoordelenUiterlijk', '2025-04-06 14:30'],
      ['herkomst', 'gemeente', { code: '0141', naam: 'Almelo' }],
      ['herkomst', 'bijzondereGemeente', 'Aruba'],
      ['situatie', 'routes', [5]],
      ['situatie', 'ethosLight', 7],
      ['regisseur', 'wissel', 'ja'],
      ['verblijfstermijn', 'maximaleDuur', { aantal: 2, eenheid: 'jaren' }],
      ['woningaanbod', 'resterendeDagen', 1.5],
    ];
    for (const [regel, veld, waarde] of gevallen) {
      const beoordeling = voorbeeld(regel);
      beoordeling[veld] = waarde;
      expect(geweigerd(regel, beoordeling), `${regel}.${veld} = ${JSON.stringify(waarde)}`).toBe(true);
    }
  });
});

describe('de geleverde schema’s per regel', () => {
  const verwacht = regelschemas();

  it.each(verwacht.map((item) => [`schema/${item.map}/${item.bestand}`, item] as const))('%s is actueel (anders: npm run schema)', (_naam, { map, bestand, tekst }) => {
    expect(readFileSync(join(REGELSCHEMA_MAPPEN[map], bestand), 'utf8')).toBe(tekst);
  });

  it('er staat geen schema van een regel die er niet is', () => {
    for (const [map, pad] of Object.entries(REGELSCHEMA_MAPPEN)) {
      const bestanden = readdirSync(pad).filter((naam) => naam.endsWith('.json')).sort();
      expect(bestanden, map).toEqual(REGEL_IDS.map((id) => `${id}.json`).sort());
    }
  });
});
