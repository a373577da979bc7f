// `npm run bench:batch`: 70.000 gegenereerde versnelfondsaanvragen (ongeveer het aantal mensen
// per jaar in de maatschappelijke opvang, seed 003) als JSON Lines door de CLI, met en zonder
// `--json`, met de standaard werkers (één per core) en met `--parallel 1`: wandkloktijd en
// piekgeheugen van het CLI-proces. Ook met 7.000 en 700.000 gevallen, om te laten zien dat het
// geheugen niet met de invoer meegroeit (de CLI leest en schrijft stromend, met tegendruk). Doel
// uit issue 18: < 2 s voor 70.000 met de standaard uitvoer, < 3,5 s met `--json`, op 2 cores.
// Faalt nooit op een tijd; rapporteert. Daarna de koude import.
//
//   npm run bench:batch   (bouwt eerst; `npm run bench` draait alles; zie docs/prestaties.md)
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { GELDIGE_INVOER } from '../test/eigenschappen/invoer.js';

const AANTALLEN = [7_000, 70_000, 700_000];
/** Runs per meting; de grootste batch één keer (ruim 30 s per run met --parallel 1). */
const herhalingen = (aantal: number) => (aantal >= 700_000 ? 1 : 3);
const map = mkdtempSync(path.join(os.tmpdir(), 'opvangregels-batch-'));
const voorbeelden = fc.sample(GELDIGE_INVOER.versnelfonds, { seed: 2026, numRuns: 7_000 }).map((aanvraag) => JSON.stringify(aanvraag));

const mediaan = (getallen: number[]) => [...getallen].sort((a, b) => a - b)[Math.floor(getallen.length / 2)]!;

/** Telt de regels van een (groot) bestand in blokken: de uitvoer past niet in één string. */
function telRegels(bestand: string): number {
  const descriptor = openSync(bestand, 'r');
  const blok = Buffer.alloc(1 << 20);
  let regels = 0;
  for (let gelezen = readSync(descriptor, blok); gelezen > 0; gelezen = readSync(descriptor, blok)) {
    for (let index = 0; index < gelezen; index += 1) if (blok[index] === 10) regels += 1;
  }
  closeSync(descriptor);
  return regels;
}

/**
 * De uitvoervormen van een batch: een regel per geval (standaard) of de hele Beoordeling als JSON,
 * elk met de standaard werkers (één per core) en met `--parallel 1` (zonder werkers). `--json`
 * bij 700.000 gevallen schrijft ~3 GB en wordt overgeslagen.
 */
const VORMEN = {
  standaard: [],
  'standaard --parallel 1': ['--parallel', '1'],
  '--json': ['--json'],
  '--json --parallel 1': ['--json', '--parallel', '1'],
} as const;
const metJson = (vorm: string) => vorm.startsWith('--json');

interface Meting {
  vorm: keyof typeof VORMEN;
  aantal: number;
  seconden: number;
  piekMiB: number;
  uitvoerMiB: number;
}
const metingen: Meting[] = [];
const uitvoerPerVorm = new Map<string, string>();
try {
  for (const aantal of AANTALLEN) {
    const invoer = path.join(map, `versnelfonds-${aantal}.jsonl`);
    const regels: string[] = [];
    for (let index = 0; index < aantal; index += 1) regels.push(voorbeelden[index % voorbeelden.length]!);
    writeFileSync(invoer, `${regels.join('\n')}\n`);
    for (const [vorm, vlaggen] of Object.entries(VORMEN) as [keyof typeof VORMEN, readonly string[]][]) {
      if (aantal >= 700_000 && metJson(vorm)) continue;
      const tijden: number[] = [];
      const pieken: number[] = [];
      let uitvoerGrootte = 0;
      for (let herhaling = 0; herhaling < herhalingen(aantal); herhaling += 1) {
        const uitvoer = path.join(map, `uitvoer-${vorm.replaceAll(' ', '_')}.jsonl`);
        const descriptor = openSync(uitvoer, 'w');
        const begin = performance.now();
        const proces = spawnSync(process.execPath, ['--import', './bench/piekgeheugen.mjs', 'dist/cli.js', 'beoordeel', 'versnelfonds', invoer, ...vlaggen], {
          stdio: ['ignore', descriptor, 'pipe'],
          encoding: 'utf8',
        });
        tijden.push((performance.now() - begin) / 1000);
        closeSync(descriptor);
        if (proces.status !== 0) throw new Error(`de CLI eindigde met ${proces.status}: ${proces.stderr}`);
        const piek = /piekgeheugen-kB (\d+)/.exec(proces.stderr);
        if (!piek) throw new Error(`geen piekgeheugen gemeld: ${proces.stderr}`);
        pieken.push(Number(piek[1]) / 1024);
        uitvoerGrootte = statSync(uitvoer).size;
        const regelsUit = telRegels(uitvoer);
        if (regelsUit !== aantal) throw new Error(`${regelsUit} resultaten voor ${aantal} gevallen`);
        if (aantal === 70_000) uitvoerPerVorm.set(vorm, uitvoer);
      }
      metingen.push({ vorm, aantal, seconden: mediaan(tijden), piekMiB: mediaan(pieken), uitvoerMiB: uitvoerGrootte / 2 ** 20 });
      process.stderr.write(`${aantal} gevallen gemeten (${vorm})\n`);
    }
    if (aantal === 70_000) {
      // Met en zonder werkers dezelfde bytes: anders is de meting niets waard.
      for (const [met, zonder] of [['standaard', 'standaard --parallel 1'], ['--json', '--json --parallel 1']] as const) {
        const verschil = spawnSync('cmp', ['-s', uitvoerPerVorm.get(met)!, uitvoerPerVorm.get(zonder)!]);
        if (verschil.status !== 0) throw new Error(`de uitvoer van '${met}' en '${zonder}' verschilt`);
      }
    }
  }
} finally {
  rmSync(map, { recursive: true, force: true });
}

console.log(
  `opvangregels batch: Node ${process.version}, ${os.availableParallelism()} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB; mediaan van 3 runs (700.000 gevallen: 1 run)`
);
console.log('`node dist/cli.js beoordeel versnelfonds <gevallen.jsonl> [--json] [--parallel 1] > uitvoer`; met en zonder werkers dezelfde uitvoer (gecontroleerd)\n');
console.log('| uitvoer | gevallen | wandklok | gevallen/s | piekgeheugen (RSS) | uitvoer |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const meting of metingen) {
  console.log(
    `| ${meting.vorm} | ${meting.aantal.toLocaleString('en-US')} | ${meting.seconden.toFixed(2)} s | ${Math.round(
      meting.aantal / meting.seconden
    ).toLocaleString('en-US')} | ${meting.piekMiB.toFixed(0)} MiB | ${meting.uitvoerMiB.toFixed(0)} MiB |`
  );
}

// Koude import: een nieuw proces dat alleen het pakket laadt (ESM en CJS), mediaan van 5.
const KOUD = {
  "import('opvangregels') (ESM)": "const t = performance.now(); await import('./dist/index.js'); console.log(performance.now() - t)",
  "require('opvangregels') (CJS)": "const t = performance.now(); require('./dist/index.cjs'); console.log(performance.now() - t)",
};
console.log('\n| koude start | mediaan van 5 |');
console.log('| --- | ---: |');
for (const [naam, code] of Object.entries(KOUD)) {
  const tijden: number[] = [];
  for (let keer = 0; keer < 5; keer += 1) {
    const proces = spawnSync(process.execPath, [...(naam.includes('ESM') ? ['--input-type=module'] : []), '-e', code], { encoding: 'utf8' });
    if (proces.status !== 0) throw new Error(`${naam}: ${proces.stderr}`);
    tijden.push(Number(proces.stdout.trim()));
  }
  console.log(`| ${naam} | ${mediaan(tijden).toFixed(0)} ms |`);
}

console.log('');
for (const [vorm, doel] of [['standaard', 2], ['--json', 3.5]] as const) {
  const zeventig = metingen.find((meting) => meting.vorm === vorm && meting.aantal === 70_000)!;
  const reeks = metingen.filter((meting) => meting.vorm === vorm);
  console.log(
    `${vorm}: 70.000 gevallen in ${zeventig.seconden.toFixed(2)} s (doel < ${doel} s op 2 cores) ${zeventig.seconden < doel ? 'gehaald' : 'NIET gehaald'}; piekgeheugen ${reeks
      .map((meting) => `${meting.aantal.toLocaleString('en-US')}: ${meting.piekMiB.toFixed(0)} MiB`)
      .join(', ')}`
  );
}
