import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { REGELS, TestvectorbestandSchema, type RegelId } from '../../src/index.js';
import { beleidSchema } from '../../src/beleid/define-beleid.js';
import { GETESTE_ZOD_VERSIES, gecompileerd, zodversie } from '../../src/kern/compilatie.js';
import { gecompileerd as gecompileerdInBrowser } from '../../src/kern/compilatie-browser.js';
import { eigenKopie } from '../../src/kern/eigen-kopie.js';
import { OPTIESSCHEMA } from '../../src/kern/opties.js';
import { valideer } from '../../src/kern/valideer.js';
import { GELDIGE_INVOER, bijnaGeldig } from '../eigenschappen/invoer.js';

// `valideer` parseert met de gecompileerde vorm van een schema (`z.compile`). Die mag nooit iets
// anders zeggen dan de gewone parse van zod: hier op geldige invoer en op invoer met één veld
// vervangen door een randwaarde, voor elk schema dat door `valideer` gaat.

const REGEL_IDS = Object.keys(REGELS) as RegelId[];

const lees = (pad: string) => JSON.parse(readFileSync(pad, 'utf8')) as unknown;
const beleidsbestanden = readdirSync('examples/beleid').map((naam) => lees(`examples/beleid/${naam}`));
const vectorbestanden = readdirSync('test/vectors').map((naam) => lees(`test/vectors/${naam}`));

/** Elk schema dat door `valideer` gaat, met geldige invoer om van uit te gaan. */
const SCHEMAS: [naam: string, schema: z.ZodMiniType, geldig: fc.Arbitrary<unknown>][] = [
  ...REGEL_IDS.map((id) => [`regel ${id}`, REGELS[id].invoerSchema, GELDIGE_INVOER[id]] as [string, z.ZodMiniType, fc.Arbitrary<unknown>]),
  ['beleid', beleidSchema, fc.constantFrom(...beleidsbestanden)],
  ['testvectoren', TestvectorbestandSchema, fc.constantFrom(...vectorbestanden).map((bestand) => ({ ...(bestand as object), vectoren: (bestand as { vectoren: unknown[] }).vectoren.slice(0, 3) }))],
  ['opties', OPTIESSCHEMA, fc.constantFrom({ opties: {} }, { opties: { uitgeslotenStatussen: ['ambitie'] } }, { opties: { uitgeslotenStatussen: [] } })],
];

/** De soorten schema's zonder deelschema's; een andere soort zonder bekende kinderen laat de zoektocht falen. */
const BLADEREN = new Set(['string', 'number', 'int', 'boolean', 'bigint', 'date', 'enum', 'literal', 'null', 'undefined', 'unknown', 'any', 'never', 'custom', 'transform', 'nan', 'void', 'symbol', 'template_literal', 'file']);

/**
 * Een schema en al zijn deelschema's: velden, elementen, opties, sleutels en waarden, tuples,
 * doorsneden, pipes, omhulsels (optioneel, standaard, ...) en lazy. Een soort met kinderen die
 * hier niet bekend is, is een fout: zo ontsnapt geen nieuw deelschema aan de controles.
 */
function deelschemas(schema: z.ZodMiniType, gezien = new Set<unknown>()): z.ZodMiniType[] {
  if (gezien.has(schema)) return [];
  gezien.add(schema);
  const def = schema._zod.def as unknown as Record<string, unknown>;
  const kinderen = [
    ...Object.values((def.shape as Record<string, unknown> | undefined) ?? {}),
    ...((def.options as unknown[] | undefined) ?? []),
    ...((def.items as unknown[] | undefined) ?? []),
    ...[def.element, def.innerType, def.in, def.out, def.keyType, def.valueType, def.rest, def.left, def.right],
    ...(typeof def.getter === 'function' ? [(def.getter as () => unknown)()] : []),
  ].filter((kind) => kind !== undefined && kind !== null);
  if (kinderen.length === 0 && !BLADEREN.has(def.type as string)) throw new Error(`onbekende soort schema zonder bekende kinderen: ${String(def.type)}`);
  return [schema, ...kinderen.flatMap((kind) => deelschemas(kind as z.ZodMiniType, gezien))];
}
const heeftMeta = (schema: z.ZodMiniType) => (schema._zod.def.checks ?? []).some((controle) => controle._zod.def.check === 'meta');

describe('de gecompileerde vorm (z.compile) van elk schema zegt hetzelfde als de gewone parse van zod', () => {
  it('de zod van dit project is een geteste versie, dus deze tests gaan over de gecompileerde vorm (een nieuwe zod: eerst deze tests, dan in GETESTE_ZOD_VERSIES)', () => {
    expect(GETESTE_ZOD_VERSIES).toContain(zodversie(z.core.version));
  });

  it.each(SCHEMAS)('%s: geldige en bijna geldige invoer', (_naam, schema, geldig) => {
    const snel = gecompileerd(schema);
    expect(snel).not.toBe(schema);
    let geslaagd = 0;
    let geweigerd = 0;
    fc.assert(
      fc.property(fc.oneof(geldig, bijnaGeldig(geldig)), (invoer) => {
        // Zoals valideer: de eigen kopie van de invoer.
        const { kopie } = eigenKopie(invoer);
        const gewoon = schema.safeParse(kopie);
        const uitSnel = snel.safeParse(kopie);
        expect(uitSnel.success).toBe(gewoon.success);
        expect(uitSnel.data).toStrictEqual(gewoon.data);
        if (gewoon.success) geslaagd += 1;
        else geweigerd += 1;
      }),
      { numRuns: 1000, seed: 18 },
    );
    // Beide kanten zijn getoetst.
    expect(geslaagd).toBeGreaterThan(100);
    expect(geweigerd).toBeGreaterThan(100);
  });

  it.each(SCHEMAS)('%s: geen enkel deelschema heeft een meta-controle (die kan z.compile niet compileren; het veld valt dan terug op de trage parse)', (_naam, schema) => {
    expect(deelschemas(schema).filter(heeftMeta)).toEqual([]);
  });

  it.each(SCHEMAS)('%s: elke standaardwaarde is een vaste waarde of een lege lijst (zod kopieert haar alleen ondiep, valideer zet het prototype ter plekke)', (_naam, schema) => {
    const standaarden = deelschemas(schema)
      .filter((deel) => deel._zod.def.type === 'default')
      .map((deel) => (deel._zod.def as unknown as { defaultValue: unknown }).defaultValue);
    expect(standaarden.filter((waarde) => (Array.isArray(waarde) ? waarde.length > 0 : waarde !== null && typeof waarde === 'object'))).toEqual([]);
  });

  it('standaardwaarden worden wel gevonden (de vorige test kan falen)', () => {
    const situatie = deelschemas(REGELS.situatie.invoerSchema).filter((deel) => deel._zod.def.type === 'default');
    expect(situatie.length).toBeGreaterThanOrEqual(3);
    const metObject = deelschemas(z.strictObject({ a: z._default(z.strictObject({ b: z.string() }), { b: 'x' }) })).filter((deel) => deel._zod.def.type === 'default');
    expect(metObject.map((deel) => (deel._zod.def as unknown as { defaultValue: unknown }).defaultValue)).toEqual([{ b: 'x' }]);
  });

  it('een soort schema die de zoektocht niet kent, laat haar falen in plaats van stil over te slaan', () => {
    const onbekend = { _zod: { def: { type: 'nieuwe-soort' } } } as unknown as z.ZodMiniType;
    expect(() => deelschemas(z.strictObject({ a: onbekend }))).toThrow(/nieuwe-soort/);
  });

  it('een meta-controle wordt wel gevonden (de vorige test kan falen)', () => {
    expect(deelschemas(z.strictObject({ a: z.array(z.string().check(z.meta({ description: 'x' }))) })).some(heeftMeta)).toBe(true);
  });
});

describe('welke zod de gecompileerde vorm gebruikt', () => {
  const schema = REGELS.schuldhulp.invoerSchema;
  const versie = z.core.version;
  it.each([
    ['een zod zonder z.compile (vóór 4.6)', { compile: undefined, versie }],
    ['een minor-versie die niet getest is', { compile: z.compile, versie: { major: 4, minor: 99, patch: versie.patch } }],
    ['een patch die niet getest is', { compile: z.compile, versie: { major: 4, minor: versie.minor, patch: versie.patch + 1 } }],
    ['een andere major-versie', { compile: z.compile, versie: { major: 5, minor: versie.minor, patch: versie.patch } }],
    ['een zod zonder versie', { compile: z.compile, versie: undefined }],
  ])('%s: de gewone parse (het schema zelf)', (_naam, zod) => {
    expect(gecompileerd(schema, zod)).toBe(schema);
  });

  it('deze zod: de gecompileerde vorm', () => {
    expect(gecompileerd(schema)).not.toBe(schema);
  });

  it('in een browserbundel: het schema zelf (de compiler van zod blijft buiten de bundel)', () => {
    expect(gecompileerdInBrowser(schema)).toBe(schema);
  });
});

describe('valideer parseert geldige invoer één keer en ongeldige twee keer', () => {
  it('een verfijning loopt bij geldige invoer één keer, bij ongeldige twee keer (de snelle vorm en de gewone parse met de meldingen)', () => {
    let keer = 0;
    const schema = z.strictObject({ getal: z.number().check(z.refine((getal) => (keer++, getal > 0), { error: 'moet positief zijn' })) });
    expect(valideer(schema, { getal: 1 })).toEqual({ getal: 1 });
    expect(keer).toBe(1);
    keer = 0;
    expect(() => valideer(schema, { getal: -1 })).toThrow(expect.objectContaining({ fouten: [{ pad: 'getal', melding: 'moet positief zijn' }] }));
    expect(keer).toBe(2);
  });
});
