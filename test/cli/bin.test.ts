import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bouwCli, draai, type GebouwdeCli } from './gebouwde-cli.js';

// De echte aansluiting op het proces (src/cli/index.ts), uit de bron gebouwd voor dit bestand
// (gebouwde-cli.ts): één build, dan elk proces zonder tsx.
let gebouwd: GebouwdeCli;
beforeAll(async () => {
  gebouwd = await bouwCli();
});
afterAll(() => gebouwd.opruimen());

function opvangregels(argumenten: string[], invoer?: string) {
  return draai(gebouwd, argumenten, { input: invoer });
}

// Elk geval start een echt proces (soms met werkers): ruim de tijd, ook naast de andere tests.
describe('de opvangregels-opdracht als proces', { timeout: 30_000 }, () => {
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

  it('een bestand dat om een andere reden niet te lezen is: exit 1 met de reden en de naam ontsnapt, geen stapel', () => {
    // ENOTDIR, met een stuurteken in de naam: het komt ontsnapt op de terminal.
    const geenMap = opvangregels(['beoordeel', 'herkomst', 'package.json/\u001b[31mrood']);
    expect(geenMap.code).toBe(1);
    expect(geenMap.fout.split('\n')[0]).toBe('opvangregels: bestand niet te lezen (een deel van het pad is geen map): package.json/\\u001b[31mrood');
    expect(geenMap.fout).not.toContain('\u001b');
    // ENAMETOOLONG: de naam ingekort tot 200 tekens.
    const lang = opvangregels(['beoordeel', 'herkomst', 'a'.repeat(5_000)]);
    expect(lang.code).toBe(1);
    expect(lang.fout.split('\n')[0]).toBe(`opvangregels: bestand niet te lezen (de naam is te lang): ${'a'.repeat(200)}…`);
    // ELOOP: een symbolische link naar zichzelf.
    const map = mkdtempSync(join(tmpdir(), 'opvangregels-lus-'));
    try {
      symlinkSync(join(map, 'lus'), join(map, 'lus'));
      const lus = opvangregels(['beoordeel', 'herkomst', join(map, 'lus')]);
      expect([lus.code, lus.fout.split('\n')[0]]).toEqual([1, `opvangregels: bestand niet te lezen (te veel symbolische links): ${join(map, 'lus')}`]);
    } finally {
      rmSync(map, { recursive: true, force: true });
    }
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
    const regels = run.uit.trimEnd().split('\n').map((regel) => JSON.parse(regel) as { regelnummer: number; succes: boolean });
    expect(run.uit.length).toBeGreaterThan(3 * 65_536);
    expect(regels.map((regel) => regel.regelnummer)).toEqual(Array.from({ length: 300 }, (_, index) => index + 1));
    expect(regels.filter((regel) => !regel.succes).map((regel) => regel.regelnummer)).toEqual([150]);
    expect(run.code).toBe(2);
  });

  it('een regel van 10 MB zonder regeleinde, via stdin: één fout, de regels erna worden beslist', () => {
    const wierden = JSON.stringify({ gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum: '2024-05-01' });
    const invoer = `${wierden}\n{"gemeenteVanHerkomst": "${'x'.repeat(10 * 2 ** 20)}\n${wierden}\n{"regio": [\n${wierden}\n`;
    const resultaat = spawnSync(process.execPath, [gebouwd.cli, 'beoordeel', 'herkomst', '-'], {
      input: invoer,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    expect(resultaat.stdout.trimEnd().split('\n').map((regel) => regel.split('\t').slice(0, 2).join(' '))).toEqual(['1 binnen-regio', '2 ongeldig', '3 binnen-regio', '4 ongeldig', '5 binnen-regio']);
    expect(resultaat.stdout).toContain('\n2\tongeldig\t(invoer): regel te lang (meer dan 1048576 bytes)\n');
    expect(resultaat.stdout).toContain('\n4\tongeldig\t(invoer): geen geldige JSON\n');
    expect(resultaat.stderr).toContain('5 gevallen beoordeeld: 3 binnen-regio; 2 ongeldig.\n');
    expect(resultaat.status).toBe(2);
  });

  it('de samenvatting komt na de regels, ook als stdout en stderr naar hetzelfde bestand gaan (zoals in een terminal of met 2>&1)', () => {
    const map = mkdtempSync(join(tmpdir(), 'opvangregels-volgorde-'));
    try {
      const bestand = join(map, 'uit.txt');
      const uit = openSync(bestand, 'w');
      const geval = (nr: number) => JSON.stringify({ gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum: `2024-05-${String((nr % 28) + 1).padStart(2, '0')}` });
      // Minder dan één uitvoerblok (64 kB): zonder doorgeven vóór de melding stond de samenvatting bovenaan.
      spawnSync(process.execPath, [gebouwd.cli, 'beoordeel', 'herkomst', '-'], { input: [1, 2, 3].map(geval).join('\n'), stdio: ['pipe', uit, uit] });
      closeSync(uit);
      const regels = readFileSync(bestand, 'utf8').trimEnd().split('\n');
      expect(regels.map((regel) => regel.split('\t')[0])).toEqual(['1', '2', '3', '3 gevallen beoordeeld: 3 binnen-regio; 0 ongeldig.']);
      // En in één pipe (`2>&1 | …`), waar Node asynchroon schrijft.
      const invoer = join(map, 'gevallen.jsonl');
      writeFileSync(invoer, Array.from({ length: 400 }, (_, index) => geval(index + 1)).join('\n'));
      const pijp = spawnSync('sh', ['-c', `"${process.execPath}" "${gebouwd.cli}" beoordeel herkomst "${invoer}" 2>&1 | cat`], { encoding: 'utf8', maxBuffer: 1 << 26 });
      const pijpregels = pijp.stdout.trimEnd().split('\n');
      expect(pijpregels).toHaveLength(401);
      expect(pijpregels.at(-1)).toBe('400 gevallen beoordeeld: 400 binnen-regio; 0 ongeldig.');
    } finally {
      rmSync(map, { recursive: true, force: true });
    }
  });

  it('--versie geeft de versie uit package.json', () => {
    expect(opvangregels(['--versie']).uit.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
