import { describe, expect, it } from 'vitest';
import { amsterdamsTijdstip, leesTijdstip, schrijfBedrag, schrijfTijdstip } from '../../src/index.js';

describe('schrijfBedrag', () => {
  it.each([
    [0, '€ 0,00', '€0.00'],
    [5, '€ 0,05', '€0.05'],
    [99_999, '€ 999,99', '€999.99'],
    [100_000, '€ 1.000,00', '€1,000.00'],
    [100_001, '€ 1.000,01', '€1,000.01'],
    [123_456_789, '€ 1.234.567,89', '€1,234,567.89'],
    [-250, '-€ 2,50', '-€2.50'],
  ])('%i cent', (centen, nl, en) => {
    expect(schrijfBedrag(centen)).toBe(nl);
    expect(schrijfBedrag(centen, 'en')).toBe(en);
  });
});

describe('leesTijdstip', () => {
  it.each([
    ['2026-04-05T14:30:00+02:00', Date.UTC(2026, 3, 5, 12, 30)],
    ['2026-04-05T14:30+02:00', Date.UTC(2026, 3, 5, 12, 30)],
    ['2026-04-05T12:30:00Z', Date.UTC(2026, 3, 5, 12, 30)],
    ['2026-04-05T07:30:00-05:00', Date.UTC(2026, 3, 5, 12, 30)],
    ['2026-04-05T12:30:00.5Z', Date.UTC(2026, 3, 5, 12, 30, 0, 500)],
    ['2026-04-05T12:30:00.123456789Z', Date.UTC(2026, 3, 5, 12, 30, 0, 123)],
    ['2026-04-06T02:30:00+14:00', Date.UTC(2026, 3, 5, 12, 30)],
    ['2024-02-29T00:00:00Z', Date.UTC(2024, 1, 29)],
  ])('%s', (tekst, ms) => {
    expect(leesTijdstip(tekst)).toEqual({ ms });
  });

  it.each([
    ['2026-04-05T14:30:00', 'mist de tijdzone (bv. +02:00 of Z)'],
    ['2026-04-05T14:30:00.000', 'mist de tijdzone (bv. +02:00 of Z)'],
    ['2026-02-30T10:00:00Z', 'is geen bestaand tijdstip'],
    ['2025-02-29T10:00:00Z', 'is geen bestaand tijdstip'],
    ['2026-04-05T24:00:00Z', 'is geen bestaand tijdstip'],
    ['2026-04-05T23:60:00Z', 'is geen bestaand tijdstip'],
    ['2026-04-05T23:59:60Z', 'is geen bestaand tijdstip'],
    ['2026-04-05T12:00:00+15:00', 'is geen bestaand tijdstip'],
    ['2026-04-05', 'moet een tijdstip zijn in de vorm JJJJ-MM-DDTUU:MM:SS+01:00 (ISO 8601 met tijdzone)'],
    ['2026-04-05 14:30:00+02:00', 'moet een tijdstip zijn in de vorm JJJJ-MM-DDTUU:MM:SS+01:00 (ISO 8601 met tijdzone)'],
    ['2026-04-05T14:30:00+0200', 'moet een tijdstip zijn in de vorm JJJJ-MM-DDTUU:MM:SS+01:00 (ISO 8601 met tijdzone)'],
  ])('%s is ongeldig', (tekst, reden) => {
    expect(leesTijdstip(tekst)).toEqual({ reden });
  });
});

describe('amsterdamsTijdstip en schrijfTijdstip', () => {
  it('schrijven in Amsterdamse tijd met de offset die op dat moment geldt, aan beide kanten van de wissels', () => {
    expect(amsterdamsTijdstip(Date.UTC(2026, 2, 29, 0, 59, 59))).toBe('2026-03-29T01:59:59+01:00');
    expect(amsterdamsTijdstip(Date.UTC(2026, 2, 29, 1, 0, 0))).toBe('2026-03-29T03:00:00+02:00');
    expect(amsterdamsTijdstip(Date.UTC(2026, 9, 25, 0, 59, 59))).toBe('2026-10-25T02:59:59+02:00');
    expect(amsterdamsTijdstip(Date.UTC(2026, 9, 25, 1, 0, 0))).toBe('2026-10-25T02:00:00+01:00');
    expect(amsterdamsTijdstip(Date.UTC(2026, 0, 1, 0, 0, 0, 7))).toBe('2026-01-01T01:00:00.007+01:00');
  });

  it('heen en terug geeft hetzelfde tijdstip', () => {
    for (const ms of [Date.UTC(2026, 2, 29, 1, 30), Date.UTC(2026, 9, 25, 0, 30), Date.UTC(2026, 9, 25, 1, 30), Date.UTC(2020, 0, 1)]) {
      expect(leesTijdstip(amsterdamsTijdstip(ms))).toEqual({ ms });
    }
  });

  it('schrijfTijdstip is voor een brief', () => {
    expect(schrijfTijdstip(Date.UTC(2026, 9, 25, 7, 15))).toBe('25 oktober 2026 om 08:15');
    expect(schrijfTijdstip(Date.UTC(2026, 9, 25, 7, 15), 'en')).toBe('25 October 2026 at 08:15');
  });
});
