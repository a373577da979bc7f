import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** De echte aansluiting op het proces (src/cli/index.ts), via tsx, zonder build. */
function opvangregels(argumenten: string[], invoer?: string) {
  const resultaat = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...argumenten], { input: invoer, encoding: 'utf8' });
  return { code: resultaat.status, uit: resultaat.stdout, fout: resultaat.stderr };
}

describe('de opvangregels-opdracht als proces', () => {
  it('leest een echt bestand en geeft exit 0', () => {
    const run = opvangregels(['beoordeel', 'herkomst', 'examples/herkomst-wierden.json']);
    expect(run.code).toBe(0);
    expect(run.uit).toMatch(/^Herkomst: binnen de regio/);
  });

  it('leest stdin, en geeft exit 2 bij ongeldige invoer', () => {
    const run = opvangregels(['beoordeel', 'herkomst', '-'], '{"gemeenteVanHerkomst":"Almeloo","regio":"almelo","peildatum":"2024-05-01"}');
    expect(run.code).toBe(2);
    expect(run.fout).toContain("gemeenteVanHerkomst: onbekende gemeente 'Almeloo'; bedoelt u 'Almelo'?");
  });

  it('een ontbrekend bestand is exit 1 met de naam', () => {
    const run = opvangregels(['beoordeel', 'herkomst', 'bestaat-niet.json']);
    expect(run.code).toBe(1);
    expect(run.fout).toContain('bestand niet gevonden: bestaat-niet.json');
  });

  it('schrijft een batch die groter is dan één uitvoerblok (64 kB) helemaal en in volgorde uit, ook na een ongeldig geval', () => {
    const geval = (nr: number) => ({ gemeenteVanHerkomst: nr === 150 ? 'Almeloo' : 'Wierden', regio: 'almelo', peildatum: `2024-05-${String((nr % 28) + 1).padStart(2, '0')}` });
    const invoer = Array.from({ length: 300 }, (_, index) => JSON.stringify(geval(index + 1))).join('\n');
    const run = opvangregels(['beoordeel', 'herkomst', '-', '--json'], invoer);
    const regels = run.uit.trimEnd().split('\n').map((regel) => JSON.parse(regel) as { nr: number; succes: boolean });
    expect(run.uit.length).toBeGreaterThan(3 * 65_536);
    expect(regels.map((regel) => regel.nr)).toEqual(Array.from({ length: 300 }, (_, index) => index + 1));
    expect(regels.filter((regel) => !regel.succes).map((regel) => regel.nr)).toEqual([150]);
    expect(run.code).toBe(2);
  });

  it('--versie geeft de versie uit package.json', () => {
    expect(opvangregels(['--versie']).uit.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
