import { describe, expect, it, vi } from 'vitest';
import { voerUit } from '../../src/cli/programma.js';

// Een regel die bij `{"crash": …}` geen OngeldigeInvoerFout gooit maar iets anders (een fout in
// de bibliotheek zelf): de CLI moet dat ene geval melden en de rest van de batch beslissen.
vi.mock('../../src/index.js', async (importOriginal) => {
  const echt = await importOriginal<typeof import('../../src/index.js')>();
  return {
    ...echt,
    zoekRegel(id: string) {
      const regel = echt.zoekRegel(id);
      return {
        ...regel,
        beoordeel(invoer: unknown) {
          if (typeof invoer === 'object' && invoer !== null && 'crash' in invoer) throw new RangeError('Maximum call stack size exceeded bij Jan Jansen');
          return regel.beoordeel(invoer);
        },
      };
    },
  };
});

async function cli(argumenten: string[], invoer: string) {
  let uit = '';
  let fout = '';
  const code = await voerUit(argumenten, {
    schrijf: (tekst) => void (uit += typeof tekst === 'string' ? tekst : new TextDecoder().decode(tekst)),
    meld: (tekst) => void (fout += tekst),
    async *lees() {
      yield invoer;
    },
    versie: '0.0.0',
  });
  return { code, uit, fout };
}

const wierden = JSON.stringify({ gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum: '2024-05-01' });

describe('een onverwachte fout in één geval', () => {
  it('raakt alleen dat geval: de andere worden beslist, exit 1, en de melding van de fout komt niet terug', async () => {
    const run = await cli(['beoordeel', 'herkomst', '-', '--json'], `${wierden}\n{"crash": 1}\n${wierden}\n`);
    const regels = run.uit.trimEnd().split('\n').map((regel) => JSON.parse(regel) as { regelnummer: number; succes: boolean; fouten?: unknown });
    expect(regels.map((regel) => [regel.regelnummer, regel.succes])).toEqual([
      [1, true],
      [2, false],
      [3, true],
    ]);
    expect(regels[1]!.fouten).toEqual([{ pad: '', melding: 'interne fout bij het beoordelen van dit geval (meld dit als fout in opvangregels)' }]);
    expect(run.fout).toBe('3 gevallen beoordeeld: 2 binnen-regio; 1 ongeldig. 1 met een interne fout (meld dit als fout in opvangregels).\n');
    expect(run.code).toBe(1);
    expect(run.uit + run.fout).not.toContain('Jan Jansen');
  });

  it('een interne fout gaat in een batch voor ongeldige invoer en voor geen beleid in werking (1 > 2 > 3)', async () => {
    const zonderBeleid = JSON.stringify({ gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum: '2027-01-01' });
    const run = await cli(['beoordeel', 'herkomst', '-'], `${zonderBeleid}\n{"crash": 1}\n{}\n${wierden}\n`);
    expect(run.uit.trimEnd().split('\n').map((regel) => regel.split('\t').slice(0, 2))).toEqual([
      ['1', 'geen-beleid'],
      ['2', 'ongeldig'],
      ['3', 'ongeldig'],
      ['4', 'binnen-regio'],
    ]);
    expect(run.fout).toBe('4 gevallen beoordeeld: 1 binnen-regio; 2 ongeldig. 1 zonder beleid in werking op hun datum (geef een eigen beleid mee met --beleid). 1 met een interne fout (meld dit als fout in opvangregels).\n');
    expect(run.code).toBe(1);
  });

  it('één geval: exit 1 met de melding, niet "ongeldige invoer"', async () => {
    expect(await cli(['beoordeel', 'herkomst', '-'], '{"crash": 1}')).toEqual({ code: 1, uit: '', fout: 'opvangregels: interne fout bij het beoordelen van dit geval (meld dit als fout in opvangregels)\n' });
  });
});
