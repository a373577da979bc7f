import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { voerUit, type Omgeving } from '../../src/cli/programma.js';
import { zoekRegel } from '../../src/index.js';
import { beoordeelBlok } from '../../src/cli/batchregel.js';
import { cli } from './in-geheugen.js';
import { Werkerfout, Werkers } from '../../src/cli/werkers.js';
import { GELDIGE_INVOER } from '../eigenschappen/invoer.js';
import { bouwCli, type GebouwdeCli } from './gebouwde-cli.js';

// De werkers draaien de werker uit de bron, eenmaal gebouwd voor dit bestand (gebouwde-cli.ts): via
// tsx laadt elke werker elk bronbestand opnieuw door de loader van tsx (2–3 s per werker). Eén test
// ("een werker die niet kan starten") start hem wel via tsx, zodat ook die weg getest blijft.
let gebouwd: GebouwdeCli;
let werker: URL;
beforeAll(async () => {
  gebouwd = await bouwCli();
  werker = pathToFileURL(gebouwd.werker);
});
afterAll(() => gebouwd.opruimen());

// Meer dan twee blokken van 256 gevallen, met kapotte en ongeldige regels ertussen, zodat de
// werkers elk een deel krijgen en de volgorde van de invoer terug moet komen.
const aanvragen = fc.sample(GELDIGE_INVOER.versnelfonds, { seed: 18, numRuns: 700 }).map((aanvraag) => JSON.stringify(aanvraag));
const regels = aanvragen.map((regel, index) => (index % 97 === 3 ? '{"kapot": ' : index % 89 === 7 ? '{"vorm": "gift"}' : regel));
const reeks = `${regels.join('\n')}\n`;
const lijst = `[\n${aanvragen.slice(0, 600).join(',\n')},\n{"onaf": ]`;
const beleid = readFileSync(new URL('../../examples/beleid/amsterdam-amstelland.json', import.meta.url), 'utf8');
const verblijf = Array.from({ length: 300 }, (_, index) =>
  JSON.stringify({ regio: index % 2 ? 'amsterdam-amstelland' : 'Amsterdam-Amstelland', opvangvorm: 'nachtopvang', startdatum: '2025-06-01', gemeenteVanHerkomst: index % 3 ? 'Zwolle' : 'Diemen', peildatum: `2025-06-${String((index % 28) + 1).padStart(2, '0')}` }),
).join('\n');
const bestanden = { 'reeks.jsonl': reeks, 'lijst.json': lijst, 'beleid.json': beleid, 'verblijf.jsonl': verblijf };

describe('--parallel: dezelfde uitvoer als in één thread, in de volgorde van de invoer', () => {
  it.each([
    ['JSON Lines, tekst', ['beoordeel', 'versnelfonds', 'reeks.jsonl']],
    ['JSON Lines, --json --taal en', ['beoordeel', 'versnelfonds', 'reeks.jsonl', '--json', '--taal', 'en']],
    ['een lijst die breekt', ['beoordeel', 'versnelfonds', 'lijst.json']],
    ['een eigen beleid en alle statussen', ['beoordeel', 'verblijfstermijn', 'verblijf.jsonl', '--beleid', 'beleid.json', '--uitgesloten-statussen', '']],
  ])('%s', async (_naam, argumenten) => {
    const enkel = await cli([...argumenten, '--parallel', '1'], bestanden, { stukgrootte: 4096 });
    const twee = await cli([...argumenten, '--parallel', '2'], bestanden, { stukgrootte: 4096, werker });
    expect(enkel.uit.split('\n').length).toBeGreaterThan(300);
    expect(twee).toEqual(enkel);
  }, 60_000);

  it('zonder --parallel zoveel werkers als cores: de regelnummers lopen op, elk geval heeft één regel', async () => {
    const run = await cli(['beoordeel', 'versnelfonds', 'reeks.jsonl', '--json'], bestanden, { stukgrootte: 4096, kernen: 3, werker });
    const nummers = run.uit.trimEnd().split('\n').map((regel) => (JSON.parse(regel) as { regelnummer: number }).regelnummer);
    expect(nummers).toEqual(regels.map((_regel, index) => index + 1));
    expect(run.code).toBe(2); // kapotte en ongeldige gevallen
    const ongeldig = regels.filter((regel) => !aanvragen.includes(regel)).length;
    expect(ongeldig).toBeGreaterThan(10);
    expect(run.fout).toMatch(new RegExp(`^700 gevallen beoordeeld: .*; ${ongeldig} ongeldig\\.\\n$`));
  }, 30_000);

  it('één geval start geen werkers en geeft de motivering', async () => {
    const run = await cli(['beoordeel', 'versnelfonds', 'een.json', '--parallel', '4'], { 'een.json': aanvragen[0]! });
    expect(run.code).toBe(0);
    expect(run.uit).toMatch(/^Versnelfonds: /);
  });

  it.each([['0'], ['x'], ['1.5'], ['-2'], ['65'], ['']])('--parallel %j is een gebruiksfout, exit 1', async (waarde) => {
    const run = await cli(['beoordeel', 'versnelfonds', 'reeks.jsonl', `--parallel=${waarde}`], bestanden);
    expect(run).toEqual({ code: 1, uit: '', fout: "opvangregels: --parallel moet een geheel getal van 1 tot 64 zijn\nZie 'opvangregels --help'.\n" });
  });
});

describe('de werkers', () => {
  it('een werker die niet kan starten laat het blok falen met een Werkerfout met de reden', async () => {
    const werkers = new Werkers(2, { regel: 'bestaat-niet', vorm: { json: false, taal: 'nl' } });
    const uitslag = werkers.beoordeel([{ regel: 1, tekst: '{}' }]);
    await expect(uitslag).rejects.toBeInstanceOf(Werkerfout);
    await expect(uitslag).rejects.toThrow(/onbekende regel/);
    // Na een fout krijgt geen blok meer een werker.
    await expect(werkers.beoordeel([{ regel: 2, tekst: '{}' }])).rejects.toBeInstanceOf(Werkerfout);
    await werkers.stop();
  }, 30_000);

  it('start pas een werker als de gestarte allemaal een blok hebben, en nooit meer dan het maximum', async () => {
    const werkers = new Werkers(3, { regel: 'schuldhulp', vorm: { json: false, taal: 'nl' } }, werker);
    const geval = { regel: 1, tekst: JSON.stringify({ fase: 'opvang', schulden: true, schuldhulpverlening: 'geen' }) };
    const eerste = await werkers.beoordeel([geval]);
    // De uitvoer komt als UTF-8-bytes terug (overgedragen, niet gekopieerd), gelijk aan de tekst in één thread.
    expect(eerste.uitvoer).toBeInstanceOf(Uint8Array);
    const tekst = new TextDecoder().decode(eerste.uitvoer);
    expect(tekst).toContain('ë'); // een teken van meer dan één byte komt heel terug
    expect(tekst).toBe(beoordeelBlok(zoekRegel('schuldhulp'), [geval], undefined, { json: false, taal: 'nl' }).uitvoer);
    await werkers.beoordeel([geval]);
    expect(werkers.gestart).toBe(1); // één blok tegelijk: één werker
    const tegelijk = await Promise.all(Array.from({ length: 6 }, () => werkers.beoordeel([geval])));
    expect(tegelijk.map((antwoord) => antwoord.perUitkomst)).toEqual(Array.from({ length: 6 }, () => [['actie-nodig', 1]]));
    expect(werkers.gestart).toBe(3);
    await werkers.stop();
  }, 30_000);
});

describe('een fout bij het lezen is geen fout van een werker', () => {
  it('is een leesfout met de reden en de naam en exitcode 1, geen fout van een werker, ook met werkers', async () => {
    for (const parallel of ['1', '2']) {
      let gemeld = '';
      const omgeving: Omgeving = {
        schrijf: () => {},
        meld: (tekst) => {
          gemeld += tekst;
        },
        async *lees() {
          yield `${aanvragen.slice(0, 300).join('\n')}\n`;
          throw Object.assign(new Error('leesfout'), { code: 'EIO' });
        },
        versie: '9.9.9',
        werker,
      };
      await expect(voerUit(['beoordeel', 'versnelfonds', 'x.jsonl', '--parallel', parallel], omgeving)).resolves.toBe(1);
      expect(gemeld.split('\n')[0]).toBe('opvangregels: bestand niet te lezen (EIO): x.jsonl');
      expect(gemeld).not.toContain('werker');
    }
  }, 30_000);
});
