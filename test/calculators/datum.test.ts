import { describe, expect, it } from 'vitest';
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
