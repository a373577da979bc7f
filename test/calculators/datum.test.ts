import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amsterdamseAfwijkingInMinuten } from '../../src/calculators/datum.js';
import { amsterdamseDatum, isKalenderdatum, schrijfDatum } from '../../src/index.js';

describe('kalenderdatums', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2026-02-28', true],
    ['2026-02-30', false],
    ['2026-04-30', true],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['0000-01-01', false],
    ['2026-1-1', false],
    ['2026-01-01T00:00:00Z', false],
  ])('%s is %s een bestaande datum', (tekst, verwacht) => {
    expect(isKalenderdatum(tekst)).toBe(verwacht);
  });

  it('de Amsterdamse datum wisselt om middernacht Amsterdamse tijd, in winter- en zomertijd', () => {
    expect(amsterdamseDatum(new Date('2026-01-14T22:59:59Z'))).toBe('2026-01-14');
    expect(amsterdamseDatum(new Date('2026-01-14T23:00:00Z'))).toBe('2026-01-15');
    expect(amsterdamseDatum(new Date('2026-07-14T21:59:59Z'))).toBe('2026-07-14');
    expect(amsterdamseDatum(new Date('2026-07-14T22:00:00Z'))).toBe('2026-07-15');
  });

  it('schrijft datums uit zoals in een brief', () => {
    expect(schrijfDatum('2026-05-15')).toBe('15 mei 2026');
    expect(schrijfDatum('2026-01-01', 'nl')).toBe('1 januari 2026');
    expect(schrijfDatum('2026-12-31', 'en')).toBe('31 December 2026');
    expect(schrijfDatum('geen datum')).toBe('geen datum');
  });
});

describe('de Amsterdamse afwijking van UTC zonder Intl (EU-regel vanaf 1996)', () => {
  const uitDatabase = (ms: number) => -new TZDate(ms, 'Europe/Amsterdam').getTimezoneOffset();
  const UUR = 3_600_000;

  it('is gelijk aan de tijdzonedatabase rond elke overgang van 1996 tot 2100, aan beide kanten', () => {
    const verschillen: string[] = [];
    let overgangen = 0;
    for (let jaar = 1996; jaar <= 2100; jaar += 1) {
      for (const maand of [2, 9]) {
        // De overgang ligt op de laatste zondag om 01:00 UTC: zoek hem op met de database.
        const begin = Date.UTC(jaar, maand, 24, 0);
        for (let uur = 0; uur < 8 * 24; uur += 1) {
          const ms = begin + uur * UUR;
          if (uitDatabase(ms) === uitDatabase(ms + UUR)) continue;
          overgangen += 1;
          for (const rond of [ms, ms + UUR - 1, ms + UUR, ms + UUR + 1]) {
            if (amsterdamseAfwijkingInMinuten(rond) !== uitDatabase(rond)) verschillen.push(new Date(rond).toISOString());
          }
        }
      }
    }
    expect(overgangen).toBe(2 * 105);
    expect(verschillen).toEqual([]);
  });

  it('is gelijk aan de tijdzonedatabase op willekeurige tijdstippen van 1900 tot 2200 (eigenschap, 1000 gevallen)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }), (ms) => {
        expect(amsterdamseAfwijkingInMinuten(ms)).toBe(uitDatabase(ms));
      }),
      { numRuns: 1000 },
    );
  });

  it('vraagt vóór 1996 de database: in 1995 eindigde de zomertijd op de laatste zondag van september', () => {
    expect(amsterdamseAfwijkingInMinuten(Date.parse('1995-09-24T00:59:59Z'))).toBe(120);
    expect(amsterdamseAfwijkingInMinuten(Date.parse('1995-09-24T01:00:00Z'))).toBe(60);
    expect(amsterdamseAfwijkingInMinuten(Date.parse('1996-10-27T00:59:59Z'))).toBe(120);
    expect(amsterdamseAfwijkingInMinuten(Date.parse('1996-10-27T01:00:00Z'))).toBe(60);
  });
});
