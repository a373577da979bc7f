import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { REGELS, TestvectorbestandSchema, type RegelId } from '../../src/index.js';
import { beleidSchema } from '../../src/beleid/define-beleid.js';
import { GETESTE_ZOD_MINOREN, gecompileerd } from '../../src/kern/compilatie.js';
import { gecompileerd as gecompileerdInBrowser } from '../../src/kern/compilatie-browser.js';
import { eigenKopie } from '../../src/kern/eigen-kopie.js';
import { OPTIESSCHEMA } from '../../src/kern/opties.js';
import { valideer } from '../../src/kern/valideer.js';
import { GELDIGE_INVOER } from '../eigenschappen/invoer.js';

// `valideer` parseert met de gecompileerde vorm van een schema (`z.compile`). Die mag nooit iets
// anders zeggen dan de gewone parse van zod: hier op geldige invoer en op invoer met één veld
// vervangen door een randwaarde, voor elk schema dat door `valideer` gaat.

const REGEL_IDS = Object.keys(REGELS) as RegelId[];

/** Waarden rond de grenzen van de schema's: spaties, lege en lange teksten, 0, negatief, breuken, Date, null. */
const RANDWAARDE = fc.oneof(
  fc.constantFrom('', ' ', '  Almelo  ', 'onbekend', 'x'.repeat(200), 'x'.repeat(201), '2026-02-30', '2026-03-29T02:30:00+01:00', '2026-10-25T02:30:00+02:00', 'Almelo\u0000'),
  fc.constantFrom(0, -1, 1, 0.5, 743.5, 744, 745, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 1, Number.NaN, Number.POSITIVE_INFINITY),
  fc.constantFrom(null, undefined, true, false, [], {}),
  fc.date({ noInvalidDate: false }),
  fc.string({ maxLength: 12 }),
  fc.array(fc.record({ naam: fc.string({ maxLength: 3 }), contacturenPerMaand: fc.integer({ min: -1, max: 745 }) }), { maxLength: 3 }),
);

/** `geldig` met één veld (ook een genest veld) vervangen door een randwaarde of weggelaten. */
function bijnaGeldig(geldig: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return geldig.chain((waarde) => {
    const paden = veldpaden(waarde);
    return fc.record({ pad: fc.constantFrom(...paden, ['onbekendVeld']), nieuw: RANDWAARDE }).map(({ pad, nieuw }) => vervang(waarde, pad, nieuw));
  });
}

function veldpaden(waarde: unknown, pad: (string | number)[] = []): (string | number)[][] {
  if (waarde === null || typeof waarde !== 'object') return pad.length > 0 ? [pad] : [];
  const sleutels = Array.isArray(waarde) ? waarde.map((_element, index) => index) : Object.keys(waarde);
  return [...(pad.length > 0 ? [pad] : []), ...sleutels.flatMap((sleutel) => veldpaden((waarde as Record<string | number, unknown>)[sleutel], [...pad, sleutel]))];
}

function vervang(waarde: unknown, pad: readonly (string | number)[], nieuw: unknown): unknown {
  if (pad.length === 0) return nieuw;
  const kopie = (Array.isArray(waarde) ? [...(waarde as unknown[])] : { ...(waarde as object) }) as Record<string | number, unknown>;
  const [eerste, ...rest] = pad as [string | number, ...(string | number)[]];
  kopie[eerste] = vervang(kopie[eerste], rest, nieuw);
  return kopie;
}

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

/** Een schema en al zijn deelschema's (velden, elementen, opties, sleutels en waarden, pipes, standaardwaarden). */
function deelschemas(schema: z.ZodMiniType, gezien = new Set<unknown>()): z.ZodMiniType[] {
  if (gezien.has(schema)) return [];
  gezien.add(schema);
  const def = schema._zod.def as unknown as Record<string, unknown>;
  const kinderen = [...Object.values((def.shape as Record<string, unknown> | undefined) ?? {}), def.element, def.innerType, def.in, def.out, def.keyType, def.valueType, ...((def.options as unknown[] | undefined) ?? [])];
  return [schema, ...kinderen.filter((kind) => kind !== undefined).flatMap((kind) => deelschemas(kind as z.ZodMiniType, gezien))];
}
const heeftMeta = (schema: z.ZodMiniType) => (schema._zod.def.checks ?? []).some((controle) => controle._zod.def.check === 'meta');

describe('de gecompileerde vorm (z.compile) van elk schema zegt hetzelfde als de gewone parse van zod', () => {
  it('de zod van dit project is een geteste versie, dus deze tests gaan over de gecompileerde vorm', () => {
    expect(z.core.version.major).toBe(4);
    expect(GETESTE_ZOD_MINOREN).toContain(z.core.version.minor);
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

  it('een meta-controle wordt wel gevonden (de vorige test kan falen)', () => {
    expect(deelschemas(z.strictObject({ a: z.array(z.string().check(z.meta({ description: 'x' }))) })).some(heeftMeta)).toBe(true);
  });
});

describe('welke zod de gecompileerde vorm gebruikt', () => {
  const schema = REGELS.schuldhulp.invoerSchema;
  const versie = z.core.version;
  it.each([
    ['een zod zonder z.compile (vóór 4.6)', { compile: undefined, versie }],
    ['een minor-versie die niet getest is', { compile: z.compile, versie: { major: 4, minor: 99 } }],
    ['een andere major-versie', { compile: z.compile, versie: { major: 5, minor: versie.minor } }],
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
