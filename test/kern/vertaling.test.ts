import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { REGELS, type RegelId } from '../../src/index.js';
import { eigenKopie } from '../../src/kern/eigen-kopie.js';
import { vertaald } from '../../src/kern/vertaling.js';
import { vertaald as vertaaldInBrowser } from '../../src/kern/vertaling-browser.js';
import { GELDIGE_INVOER } from '../eigenschappen/invoer.js';

// `valideer` parseert geldige invoer met de vertaling van het schema door `z.compile`. Die mag
// nooit iets anders zeggen dan de gewone parse van zod: hier op geldige invoer en op invoer met
// één veld vervangen door een randwaarde, per regel.

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

function bijnaGeldig(id: RegelId): fc.Arbitrary<unknown> {
  return GELDIGE_INVOER[id].chain((geldig) =>
    fc.record({ veld: fc.constantFrom(...Object.keys(geldig), 'onbekendVeld'), waarde: RANDWAARDE }).map(({ veld, waarde }) => ({ ...geldig, [veld]: waarde })),
  );
}

/** Een schema en al zijn deelschema's (velden, elementen, opties, binnen- en buitenkant van een pipe). */
function* deelschemas(schema: z.ZodMiniType): Generator<z.ZodMiniType> {
  yield schema;
  const def = schema._zod.def as unknown as Record<string, unknown>;
  const kinderen: unknown[] = [
    ...Object.values((def.shape as Record<string, unknown> | undefined) ?? {}),
    def.element,
    def.innerType,
    def.in,
    def.out,
    ...((def.options as unknown[] | undefined) ?? []),
  ];
  for (const kind of kinderen) if (kind) yield* deelschemas(kind as z.ZodMiniType);
}

describe('de snelle vorm van elk invoerschema (z.compile) zegt hetzelfde als de gewone parse van zod', () => {
  it.each(REGEL_IDS)('%s: geldige en bijna geldige invoer', (id) => {
    const schema = REGELS[id].invoerSchema;
    const snel = vertaald(schema);
    expect(snel).not.toBe(schema);
    let geslaagd = 0;
    fc.assert(
      fc.property(fc.oneof(GELDIGE_INVOER[id], bijnaGeldig(id)), (invoer) => {
        // Zoals valideer: de eigen kopie van de invoer.
        const { kopie } = eigenKopie(invoer);
        const gewoon = schema.safeParse(kopie);
        const vertaaldeUitslag = snel.safeParse(kopie);
        expect(vertaaldeUitslag.success).toBe(gewoon.success);
        if (gewoon.success) geslaagd += 1;
        expect(vertaaldeUitslag.data).toEqual(gewoon.data);
        expect(vertaaldeUitslag.error?.issues).toEqual(gewoon.error?.issues);
      }),
      { numRuns: 1000, seed: 18 },
    );
    // Beide kanten zijn getoetst: genoeg invoer slaagde en genoeg werd geweigerd.
    expect(geslaagd).toBeGreaterThan(300);
    expect(geslaagd).toBeLessThan(950);
  });

  it.each(REGEL_IDS)('%s: geen enkel deelschema heeft een meta-controle (z.compile kan die niet vertalen en valt dan terug op de trage parse)', (id) => {
    const metMeta = [...deelschemas(REGELS[id].invoerSchema)].filter((deel) => (deel._zod.def.checks ?? []).some((controle) => controle._zod.def.check === 'meta'));
    expect(metMeta).toEqual([]);
  });

  it('een meta-controle wordt wel gevonden (de vorige test kan falen)', () => {
    const schema = z.strictObject({ a: z.string().check(z.meta({ description: 'x' })) });
    expect([...deelschemas(schema)].some((deel) => (deel._zod.def.checks ?? []).some((controle) => controle._zod.def.check === 'meta'))).toBe(true);
  });

  it('zonder z.compile (een zod vóór 4.6) is de snelle vorm het schema zelf', () => {
    const schema = REGELS.schuldhulp.invoerSchema;
    expect(vertaald(schema, null)).toBe(schema);
    expect(vertaald(schema, undefined)).not.toBe(schema);
  });

  it('in een browserbundel is de snelle vorm het schema zelf (de vertaler van zod blijft buiten de bundel)', () => {
    const schema = REGELS.regisseur.invoerSchema;
    expect(vertaaldInBrowser(schema)).toBe(schema);
  });
});
