// De openbare hulpfuncties (issue 30, klasse 8): elke waarde geeft een uitkomst of een
// OngeldigeInvoerFout met een pad, nooit een TypeError of "0NaN", en een lange naam kost geen seconden.
import { describe, expect, it } from 'vitest';
import { beschrijfBron, schrijfTijdstip, telDuurOp, zoekGemeente, zoekRegel } from '../../src/index.js';
import { veldfoutenVan } from '../helpers.js';

describe('hulpfuncties met waarden die niet kloppen', () => {
  it('telDuurOp zonder duur, met null of een duur op het prototype: een fout op duur', () => {
    expect(veldfoutenVan(() => telDuurOp('2026-01-01', undefined as never))).toEqual([{ pad: 'duur', melding: "moet een duur zijn, bv. { aantal: 2, eenheid: 'nachten' }" }]);
    expect(veldfoutenVan(() => telDuurOp('2026-01-01', null as never))).toMatchObject([{ pad: 'duur' }]);
    expect(veldfoutenVan(() => telDuurOp('2026-01-01', Object.create({ aantal: 2, eenheid: 'dagen' }) as never))).toMatchObject([{ pad: 'duur.aantal' }]);
    expect(telDuurOp('2026-01-01', { aantal: 2, eenheid: 'dagen' })).toBe('2026-01-03');
  });

  it('zoekRegel met iets anders dan een tekst: een fout op regel', () => {
    expect(veldfoutenVan(() => zoekRegel(Object.create(null) as never))).toEqual([{ pad: 'regel', melding: 'moet een tekst zijn: het id van een regel' }]);
    expect(veldfoutenVan(() => zoekRegel(5 as never))).toMatchObject([{ pad: 'regel' }]);
    expect(zoekRegel('herkomst').beschrijving.id).toBe('herkomst');
  });

  it('beschrijfBron zonder bron of met velden die geen tekst zijn: een fout op bron', () => {
    expect(veldfoutenVan(() => beschrijfBron(undefined as never))).toEqual([{ pad: 'bron', melding: 'moet een bron zijn: { document, onderdeel, citaat? } met teksten' }]);
    expect(veldfoutenVan(() => beschrijfBron({ document: 5, onderdeel: 'x' } as never))).toMatchObject([{ pad: 'bron' }]);
    expect(veldfoutenVan(() => beschrijfBron(Object.create({ document: 'wmo-2015', onderdeel: 'x' }) as never))).toMatchObject([{ pad: 'bron' }]);
    expect(beschrijfBron({ document: 'wmo-2015', onderdeel: 'art. 1.2.1' })).toContain('art. 1.2.1');
  });

  it('schrijfTijdstip buiten de jaren 1 tot en met 9999 of geen getal: een fout, nooit "0NaN"; binnen die jaren een tekst', () => {
    for (const ms of [8.64e15, -8.64e15, Number.NaN, Number.POSITIVE_INFINITY, Date.UTC(10_000, 0, 1)]) {
      expect(veldfoutenVan(() => schrijfTijdstip(ms))).toEqual([{ pad: 'ms', melding: 'moet een tijdstip zijn in milliseconden sinds 1970, in de jaren 1 tot en met 9999' }]);
    }
    expect(schrijfTijdstip(Date.UTC(9999, 11, 31, 12))).toBe('31 december 9999 om 13:00');
  });

  it('zoekGemeente met een naam langer dan 200 tekens: een fout, zonder de naam te herhalen en zonder seconden te zoeken', () => {
    // Geen tijdseis (tests falen nooit op tijd): de melding laat zien dat de lengtecontrole besliste, niet het zoeken.
    expect(veldfoutenVan(() => zoekGemeente('a'.repeat(10_000_000)))).toEqual([{ pad: 'naamOfCode', melding: 'is te lang voor een gemeentenaam: ten hoogste 200 tekens' }]);
    expect(veldfoutenVan(() => zoekGemeente('a'.repeat(200)))[0]!.melding).toMatch(/^onbekende gemeente/);
  });
});
