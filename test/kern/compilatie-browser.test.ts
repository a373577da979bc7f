import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { REGELS, voerTestvectorsUit, zoekRegel, type Implementatie } from '../../src/index.js';

// Zoals in een browserbundel (het veld `browser` van package.json): zonder z.compile. Dan
// controleert alleen de gewone parse van zod, en elke testvector moet net zo slagen.
vi.mock('../../src/kern/compilatie.js', () => import('../../src/kern/compilatie-browser.js'));

const { gecompileerd } = await import('../../src/kern/compilatie.js');
const { gecompileerd: metCompile } = await vi.importActual<typeof import('../../src/kern/compilatie.js')>('../../src/kern/compilatie.js');

describe('zonder z.compile (de browservorm) beslissen de regels hetzelfde', () => {
  it('de vervanging is actief: de snelle vorm is het schema zelf', () => {
    const schema = REGELS.versnelfonds.invoerSchema;
    expect(gecompileerd(schema)).toBe(schema);
    expect(metCompile(schema)).not.toBe(schema);
  });

  const deze: Implementatie = (regel, invoer, opties) => zoekRegel(regel).beoordeel(invoer, opties);
  it.each(readdirSync('test/vectors').filter((naam) => naam.endsWith('.json')))('elke testvector van %s slaagt (uitkomsten, gronden en foutpaden)', (bestand) => {
    const verslag = voerTestvectorsUit(JSON.parse(readFileSync(`test/vectors/${bestand}`, 'utf8')) as unknown, deze);
    expect(verslag.totaal).toBeGreaterThan(0);
    expect(verslag.uitslagen.flatMap((uitslag) => uitslag.verschillen)).toEqual([]);
  });
});
