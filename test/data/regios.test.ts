import { INGEBOUWD_BELEID } from '../../src/beleid/ingebouwd.js';
import { describe, expect, it } from 'vitest';
import { REGIOS, REGIO_IDS, zoekBrondocument, zoekRegio } from '../../src/index.js';
import { REGIOLEDEN } from '../../src/data/gegenereerd.js';

const ledenUitCsv = (regio: string) => REGIOLEDEN.filter(([id]) => id === regio).map(([, , code]) => code).sort();

describe("de ingebouwde regio's", () => {
  it('elke regio-id heeft een regio, en zoekRegio vindt alleen die', () => {
    expect(Object.keys(REGIOS).sort()).toEqual([...REGIO_IDS].sort());
    expect(zoekRegio('almelo')?.centrumgemeenten).toEqual([{ code: 'GM0141', naam: 'Almelo' }]);
    expect(zoekRegio('toString')).toBeUndefined();
    expect(zoekRegio('zwolle')).toBeUndefined();
  });

  it.each([
    ['almelo', 6],
    ['enschede', 8],
    ['ijssel-vecht', 8],
  ])('%s heeft in elke periode precies de %i gemeenten uit regios.csv', (id, aantal) => {
    const regio = REGIOS[id as 'almelo'];
    for (const periode of regio.leden) {
      expect([...periode.waarde].sort()).toEqual(ledenUitCsv(id));
      expect(periode.waarde).toHaveLength(aantal);
    }
  });

  it('twente is de 14 gemeenten van almelo en enschede samen, vanaf 2017, als interpretatie: de bronnen noemen de veertien niet bij naam', () => {
    const [periode, ...rest] = REGIOS.twente.leden;
    expect(rest).toEqual([]);
    expect([...periode!.waarde].sort()).toEqual([...ledenUitCsv('almelo'), ...ledenUitCsv('enschede')].sort());
    expect(periode).toMatchObject({ vanaf: '2017-01-01', status: 'interpretatie' });
    expect(periode!.toelichting).toContain('Welke veertien, noemt geen bron');
    expect(periode!.tot).toBeUndefined();
  });

  it('ijssel-vecht: 2023-2024 als interpretatie met toelichting, vastgesteld vanaf 2025-01-01 (zoals regios.csv zegt)', () => {
    const statussen = new Set(REGIOLEDEN.filter(([id]) => id === 'ijssel-vecht').map(([, , , , , status]) => status));
    expect([...statussen]).toEqual(['vastgesteld vanaf 2025-01-01; aanname 2023-2024']);
    expect(REGIOS['ijssel-vecht'].leden.map(({ vanaf, tot, status }) => ({ vanaf, tot, status }))).toEqual([
      { vanaf: '2023-01-01', tot: '2025-01-01', status: 'interpretatie' },
      { vanaf: '2025-01-01', tot: undefined, status: 'vastgesteld' },
    ]);
    expect(REGIOS['ijssel-vecht'].leden[0]!.toelichting).toMatch(/niet los bevestigd/);
  });

  it('enschede begint op de datum in regios.csv; almelo op de dag van zijn bron uit 2018, gelijk met de regio van de ingebouwde verblijfstermijn', () => {
    const vanaf = new Set(REGIOLEDEN.filter(([regio]) => regio === 'enschede').map(([, , , , datum]) => datum));
    expect(REGIOS.enschede.leden[0]!.vanaf).toBe([...vanaf][0]);
    // Audit december 2026, rij 14: de indeling en de verblijfstermijn rusten op dezelfde bron (seed 003, 2018).
    expect(REGIOS.almelo.leden[0]!.vanaf).toBe(INGEBOUWD_BELEID.almelo.parameters['verblijfsduur.regio']![0]!.vanaf);
    expect(REGIOS.almelo.leden[0]!.bronnen.map((bron) => bron.document)).toContain('weer-thuis-in-de-wijk');
    expect(REGIOS.almelo.leden[0]!.datumkeuze).toMatch(/april 2018/);
    // Almelo: de bronnen beschrijven de zes gemeenten (praktijk), tot de centrumregeling "(2022 – 2026)".
    expect(REGIOS.almelo.leden.map(({ vanaf, tot, status }) => [vanaf, tot, status])).toEqual([
      ['2018-04-01', '2022-01-01', 'praktijk'],
      ['2022-01-01', '2027-01-01', 'vastgesteld'],
    ]);
    expect(REGIOS.almelo.leden[1]!.bronnen.map((bron) => bron.citaat)).toContain(
      'De afspraken zijn vastgelegd in verschillende documenten: de Centrumregeling en Dienstverleningsovereenkomst (2022 – 2026)',
    );
    // Enschede: websites die de samenwerking beschrijven, geen besluit.
    expect(REGIOS.enschede.leden.map(({ status, tot }) => [status, tot])).toEqual([['praktijk', undefined]]);
  });

  it('elke gekozen datum van een indeling staat er als keuze bij, met reden', () => {
    for (const regio of Object.values(REGIOS)) {
      for (const periode of regio.leden) {
        if (periode.status !== 'vastgesteld' || periode.tot !== undefined) expect(periode.datumkeuze ?? periode.toelichting, `${regio.id} ${periode.vanaf}`).toBeTruthy();
      }
    }
  });

  it('elke bron van elke periode verwijst naar een bekend brondocument', () => {
    for (const regio of Object.values(REGIOS)) {
      for (const periode of regio.leden) {
        expect(periode.bronnen.length).toBeGreaterThan(0);
        for (const bron of periode.bronnen) expect(zoekBrondocument(bron.document), bron.document).toBeDefined();
      }
    }
  });
});
