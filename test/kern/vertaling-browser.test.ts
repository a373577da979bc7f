import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { REGELS, voerTestvectorsUit, zoekRegel, type Implementatie, type RegelId } from '../../src/index.js';
import { GELDIGE_INVOER } from '../eigenschappen/invoer.js';

// Zoals in een browserbundel (het veld `browser` van package.json): zonder z.compile. Dan
// controleert alleen de gewone parse van zod, en elke uitkomst moet dezelfde zijn.
vi.mock('../../src/kern/vertaling.js', () => import('../../src/kern/vertaling-browser.js'));

const { vertaald } = await import('../../src/kern/vertaling.js');
const { vertaald: metCompile } = await vi.importActual<typeof import('../../src/kern/vertaling.js')>('../../src/kern/vertaling.js');

describe('zonder z.compile (de browservorm) beslissen de regels hetzelfde', () => {
  it('de vervanging is actief: de snelle vorm is het schema zelf', () => {
    const schema = REGELS.versnelfonds.invoerSchema;
    expect(vertaald(schema)).toBe(schema);
    expect(metCompile(schema)).not.toBe(schema);
  });

  const deze: Implementatie = (regel, invoer, opties) => zoekRegel(regel).beoordeel(invoer, opties);
  it.each(readdirSync('test/vectors').filter((naam) => naam.endsWith('.json')))('elke testvector van %s slaagt', (bestand) => {
    const verslag = voerTestvectorsUit(JSON.parse(readFileSync(`test/vectors/${bestand}`, 'utf8')) as unknown, deze);
    expect(verslag.totaal).toBeGreaterThan(0);
    expect(verslag.uitslagen.flatMap((uitslag) => uitslag.verschillen)).toEqual([]);
  });

  it.each(Object.keys(REGELS) as RegelId[])('%s: 200 gegenereerde invoeren geven een beoordeling met dezelfde gevalideerde invoer als met z.compile', (id) => {
    const schema = REGELS[id].invoerSchema;
    const snel = metCompile(schema);
    for (const invoer of fc.sample(GELDIGE_INVOER[id], { seed: 18, numRuns: 200 })) {
      expect(REGELS[id].beoordeel(invoer).regel).toBe(id);
      expect(schema.parse(invoer)).toEqual(snel.parse(invoer));
    }
  });
});
