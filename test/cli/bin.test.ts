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

  it('--versie geeft de versie uit package.json', () => {
    expect(opvangregels(['--versie']).uit.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
