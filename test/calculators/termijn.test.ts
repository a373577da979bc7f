import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dagenTussen, MAXIMAAL_AANTAL, schrijfDuur, telDuurOp, type Duur, type Duureenheid } from '../../src/index.js';
import { veldfoutenVan } from '../helpers.js';

/** Een onafhankelijke rekenwijze in UTC-milliseconden, om de date-fns-rekenkunde tegen te toetsen. */
const MS_PER_DAG = 86_400_000;
const utc = (datum: string) => Date.UTC(Number(datum.slice(0, 4)), Number(datum.slice(5, 7)) - 1, Number(datum.slice(8, 10)));
const alsDatum = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const datumArb = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true }).map((datum) => datum.toISOString().slice(0, 10));

describe('telDuurOp', () => {
  it.each<[string, string, Duur, string]>([
    ['2 nachten zijn 2 kalenderdagen', '2026-05-03', { aantal: 2, eenheid: 'nachten' }, '2026-05-05'],
    ['3 dagen zijn 3 kalenderdagen', '2026-05-03', { aantal: 3, eenheid: 'dagen' }, '2026-05-06'],
    ['8 weken zijn 56 kalenderdagen', '2026-05-03', { aantal: 8, eenheid: 'weken' }, '2026-06-28'],
    ['0 dagen is dezelfde dag', '2026-05-03', { aantal: 0, eenheid: 'dagen' }, '2026-05-03'],
    ['over de jaarwisseling', '2026-12-31', { aantal: 1, eenheid: 'nachten' }, '2027-01-01'],
    ['over de overgang naar zomertijd (29 maart 2026)', '2026-03-28', { aantal: 2, eenheid: 'nachten' }, '2026-03-30'],
    ['over de overgang naar wintertijd (25 oktober 2026)', '2026-10-24', { aantal: 2, eenheid: 'dagen' }, '2026-10-26'],
    ['over 29 februari in een schrikkeljaar', '2028-02-28', { aantal: 2, eenheid: 'dagen' }, '2028-03-01'],
    ['9 maanden vanaf 15 januari: 15 oktober', '2026-01-15', { aantal: 9, eenheid: 'maanden' }, '2026-10-15'],
    ['31 mei + 9 maanden is 28 februari', '2026-05-31', { aantal: 9, eenheid: 'maanden' }, '2027-02-28'],
    ['31 mei + 9 maanden in een schrikkeljaar is 29 februari', '2027-05-31', { aantal: 9, eenheid: 'maanden' }, '2028-02-29'],
    ['29 februari + 12 maanden is 28 februari', '2024-02-29', { aantal: 12, eenheid: 'maanden' }, '2025-02-28'],
    ['31 maart + 1 maand is 30 april', '2026-03-31', { aantal: 1, eenheid: 'maanden' }, '2026-04-30'],
    ['31 januari + 2 maanden is 31 maart: vanaf de startdatum, niet maand voor maand', '2026-01-31', { aantal: 2, eenheid: 'maanden' }, '2026-03-31'],
    ['30 april + 1 maand is 30 mei (niet 31)', '2026-04-30', { aantal: 1, eenheid: 'maanden' }, '2026-05-30'],
    ['jaren onder de 100 worden niet als 19xx gelezen', '0050-01-31', { aantal: 1, eenheid: 'maanden' }, '0050-02-28'],
    ['16 mei 1940 begon in Amsterdam om 01:40, maar de dag telt', '1940-05-15', { aantal: 1, eenheid: 'dagen' }, '1940-05-16'],
    ['tot de laatste dag van het jaar 9999', '9999-12-01', { aantal: 30, eenheid: 'dagen' }, '9999-12-31'],
  ])('%s', (_naam, start, duur, verwacht) => {
    expect(telDuurOp(start, duur)).toBe(verwacht);
  });

  it('weigert een onbestaande datum, een verkeerd aantal, een onbekende eenheid en een uitkomst na 9999, met het pad', () => {
    expect(veldfoutenVan(() => telDuurOp('2026-02-30', { aantal: 1, eenheid: 'dagen' }))).toEqual([{ pad: 'datum', melding: 'moet een bestaande datum JJJJ-MM-DD zijn' }]);
    expect(veldfoutenVan(() => telDuurOp('3 mei 2026', { aantal: 1, eenheid: 'dagen' }))[0]!.pad).toBe('datum');
    for (const aantal of [-1, 1.5, Number.NaN, MAXIMAAL_AANTAL + 1]) {
      expect(veldfoutenVan(() => telDuurOp('2026-05-03', { aantal, eenheid: 'dagen' }))[0]!.pad, String(aantal)).toBe('duur.aantal');
    }
    expect(telDuurOp('2026-05-03', { aantal: MAXIMAAL_AANTAL, eenheid: 'dagen' })).toBe('2300-02-16');
    expect(veldfoutenVan(() => telDuurOp('2026-05-03', { aantal: 1, eenheid: 'jaren' as Duureenheid }))[0]!.pad).toBe('duur.eenheid');
    expect(veldfoutenVan(() => telDuurOp('9999-12-31', { aantal: 1, eenheid: 'nachten' }))).toEqual([{ pad: 'duur', melding: 'valt na het jaar 9999' }]);
  });

  it('dagen en weken tellen exact kalenderdagen (eigenschap, 1000 gevallen)', () => {
    fc.assert(
      fc.property(datumArb, fc.integer({ min: 0, max: 800 }), fc.constantFrom<Duureenheid>('nachten', 'dagen', 'weken'), (start, aantal, eenheid) => {
        const dagen = eenheid === 'weken' ? 7 * aantal : aantal;
        const einde = telDuurOp(start, { aantal, eenheid });
        expect(einde).toBe(alsDatum(utc(start) + dagen * MS_PER_DAG));
        expect(dagenTussen(start, einde)).toBe(dagen);
      }),
      { numRuns: 1000 },
    );
  });

  it('maanden: dezelfde dag, of de laatste dag van de doelmaand (eigenschap, 1000 gevallen)', () => {
    fc.assert(
      fc.property(datumArb, fc.integer({ min: 0, max: 240 }), (start, aantal) => {
        const [jaar, maand, dag] = [Number(start.slice(0, 4)), Number(start.slice(5, 7)) - 1, Number(start.slice(8, 10))];
        const laatsteDag = new Date(Date.UTC(jaar, maand + aantal + 1, 0)).getUTCDate();
        const verwacht = alsDatum(Date.UTC(jaar, maand + aantal, Math.min(dag, laatsteDag)));
        expect(telDuurOp(start, { aantal, eenheid: 'maanden' })).toBe(verwacht);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('dagenTussen', () => {
  it.each([
    ['2026-05-04', '2026-05-05', 1],
    ['2026-05-05', '2026-05-05', 0],
    ['2026-05-07', '2026-05-05', -2],
    ['2026-03-28', '2026-03-30', 2],
    ['2026-10-24', '2026-10-26', 2],
    ['2027-12-31', '2028-03-01', 61],
    ['2026-01-01', '2027-01-01', 365],
    ['2028-01-01', '2029-01-01', 366],
  ])('van %s tot %s: %i', (van, tot, verwacht) => {
    expect(dagenTussen(van, tot)).toBe(verwacht);
  });

  it('weigert een onbestaande datum met het pad van dat argument', () => {
    expect(veldfoutenVan(() => dagenTussen('2026-02-30', '2026-03-01'))[0]!.pad).toBe('van');
    expect(veldfoutenVan(() => dagenTussen('2026-03-01', '2026-04-31'))[0]!.pad).toBe('tot');
  });

  it('is het verschil van de twee datums in hele dagen (eigenschap, 1000 gevallen)', () => {
    fc.assert(
      fc.property(datumArb, datumArb, (van, tot) => {
        expect(dagenTussen(van, tot)).toBe(Math.round((utc(tot) - utc(van)) / MS_PER_DAG));
        expect(dagenTussen(tot, van)).toBe(-dagenTussen(van, tot) || 0);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('schrijfDuur', () => {
  it.each<[Duur, 'nl' | 'en', string]>([
    [{ aantal: 1, eenheid: 'nachten' }, 'nl', '1 nacht'],
    [{ aantal: 2, eenheid: 'nachten' }, 'nl', '2 nachten'],
    [{ aantal: 1, eenheid: 'dagen' }, 'nl', '1 dag'],
    [{ aantal: 3, eenheid: 'dagen' }, 'nl', '3 dagen'],
    [{ aantal: 1, eenheid: 'weken' }, 'nl', '1 week'],
    [{ aantal: 8, eenheid: 'weken' }, 'nl', '8 weken'],
    [{ aantal: 1, eenheid: 'maanden' }, 'nl', '1 maand'],
    [{ aantal: 9, eenheid: 'maanden' }, 'nl', '9 maanden'],
    [{ aantal: 0, eenheid: 'dagen' }, 'nl', '0 dagen'],
    [{ aantal: 1, eenheid: 'nachten' }, 'en', '1 night'],
    [{ aantal: 2, eenheid: 'nachten' }, 'en', '2 nights'],
    [{ aantal: 8, eenheid: 'weken' }, 'en', '8 weeks'],
    [{ aantal: 1, eenheid: 'maanden' }, 'en', '1 month'],
  ])('%j in het %s: %s', (duur, taal, verwacht) => {
    expect(schrijfDuur(duur, taal)).toBe(verwacht);
  });
});
