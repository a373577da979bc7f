import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { kalenderdatumSchema, valideer } from '../../src/kern/valideer.js';
import { veldfoutenVan } from '../helpers.js';

const schema = z.strictObject({
  tekst: z.string(),
  getal: z.int().check(z.positive()),
  lijst: z.array(z.number()).check(z.minLength(1), z.maxLength(2)),
  keuze: z.enum(['a', 'b']),
  vlag: z.optional(z.boolean()),
  datum: z.optional(kalenderdatumSchema),
  kort: z.optional(z.string().check(z.maxLength(2))),
  klein: z.optional(z.number().check(z.lte(5))),
  vorm: z.optional(z.email()),
  een: z.optional(z.union([z.literal(1), z.literal(2)])),
});
const goed = { tekst: 'x', getal: 1, lijst: [1], keuze: 'a' };

describe('valideer: elke afwijking een veldfout met pad en Nederlandse melding', () => {
  it('geeft de geparste waarde terug bij goede invoer', () => {
    expect(valideer(schema, goed)).toEqual(goed);
  });

  it.each([
    ['een ontbrekend veld', { ...goed, tekst: undefined }, 'tekst', 'ontbreekt'],
    ['een verkeerd type', { ...goed, tekst: 3 }, 'tekst', 'moet een tekst zijn'],
    ['een gebroken getal', { ...goed, getal: 1.5 }, 'getal', 'moet een geheel getal zijn'],
    ['nul waar een positief getal moet', { ...goed, getal: 0 }, 'getal', 'moet groter dan 0 zijn'],
    ['een lege lijst', { ...goed, lijst: [] }, 'lijst', 'moet ten minste 1 element(en) bevatten'],
    ['een te lange lijst', { ...goed, lijst: [1, 2, 3] }, 'lijst', 'mag ten hoogste 2 element(en) bevatten'],
    ['een element van het verkeerde type', { ...goed, lijst: ['x'] }, 'lijst.0', 'moet een getal zijn'],
    ['een onbekende keuze', { ...goed, keuze: 'c' }, 'keuze', "moet een van 'a', 'b' zijn"],
    ['geen boolean', { ...goed, vlag: 'ja' }, 'vlag', 'moet true of false zijn'],
    ['een onbestaande datum', { ...goed, datum: '2026-02-30' }, 'datum', 'is geen bestaande datum'],
    ['een datum in de verkeerde vorm', { ...goed, datum: '30-01-2026' }, 'datum', 'moet een datum zijn in de vorm JJJJ-MM-DD'],
    ['een ongeldige Date', { ...goed, datum: new Date('x') }, 'datum', 'is een ongeldige datum'],
    ['een te lange tekst', { ...goed, kort: 'abc' }, 'kort', 'mag ten hoogste 2 teken(s) bevatten'],
    ['een te groot getal', { ...goed, klein: 6 }, 'klein', 'moet ten hoogste 5 zijn'],
    ['een verkeerde vorm', { ...goed, vorm: 'geen-adres' }, 'vorm', 'heeft niet de vorm email'],
    ['geen van de toegestane vormen', { ...goed, een: 3 }, 'een', 'heeft geen geldige vorm'],
    ['een onbekend veld (gemeld op het object, zonder de naam)', { ...goed, extra: 1 }, '', 'bevat een onbekend veld'],
  ])('%s', (_naam, invoer, pad, melding) => {
    expect(veldfoutenVan(() => valideer(schema, invoer))).toContainEqual({ pad, melding });
  });

  it('meldt alle foute velden tegelijk', () => {
    const fouten = veldfoutenVan(() => valideer(schema, { keuze: 'c' }));
    expect(fouten.map((fout) => fout.pad)).toEqual(['tekst', 'getal', 'lijst', 'keuze']);
  });

  it('herhaalt geen vrije tekst uit de invoer in de melding', () => {
    const fouten = veldfoutenVan(() => valideer(schema, { ...goed, keuze: 'geheime tekst' }));
    expect(JSON.stringify(fouten)).not.toContain('geheime tekst');
  });

  it('een Date als datum telt als de Amsterdamse kalenderdatum van dat tijdstip', () => {
    expect(valideer(schema, { ...goed, datum: new Date('2024-03-31T22:30:00Z') }).datum).toBe('2024-04-01');
    expect(valideer(schema, { ...goed, datum: new Date('2024-03-31T21:59:59Z') }).datum).toBe('2024-03-31');
  });
});

describe('valideer: de uitvoer is nieuw en zonder prototype, ook bij standaardwaarden', () => {
  it('twee aanroepen geven elk hun eigen standaardlijst, zonder prototype in de objecten', () => {
    const schema = z.strictObject({ lijst: z._default(z.array(z.string()), []), genest: z.strictObject({ a: z.string() }) });
    const eerste = valideer(schema, { genest: { a: 'x' } });
    const tweede = valideer(schema, { genest: { a: 'x' } });
    expect(eerste.lijst).not.toBe(tweede.lijst);
    expect(Object.getPrototypeOf(eerste)).toBeNull();
    expect(Object.getPrototypeOf(eerste.genest)).toBeNull();
    expect(Array.isArray(eerste.lijst)).toBe(true);
  });

  it('een bevroren deel van een standaardwaarde wordt gekopieerd, niet veranderd en niet gedeeld', () => {
    const bevroren = Object.freeze({ b: 'x' });
    const schema = z.strictObject({ a: z._default(z.strictObject({ c: z.strictObject({ b: z.string() }) }), { c: bevroren }) });
    const uit = valideer(schema, {});
    expect(uit.a.c).toEqual({ b: 'x' });
    expect(uit.a.c).not.toBe(bevroren);
    expect(Object.getPrototypeOf(uit.a.c)).toBeNull();
    expect(Object.getPrototypeOf(bevroren)).toBe(Object.prototype);
    expect(valideer(schema, {}).a.c).not.toBe(uit.a.c);
  });
});

