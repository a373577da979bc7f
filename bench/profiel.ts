// `npm run bench:profiel`: waar de tijd zit, als percentages uit een CPU-profiel van V8 (de
// getallen "het profiel" in docs/prestaties.md). Geen test en geen doel; het rapporteert.
//
//   npm run bench:profiel -- versnelfonds             100.000 beslissingen van één regel (gebouwde dist)
//   npm run bench:profiel -- versnelfonds --aantal 20000
//   npm run bench:profiel -- --batch                   70.000 versnelfondsgevallen door de CLI: per thread hoe lang bezig, en waarmee
//   npm run bench:profiel -- --batch --parallel 1 --json
//
// Per functie: "zelf" (tijd in de functie zelf) en "totaal" (met wat zij aanroept), als deel van
// de gemeten tijd. De gegenereerde parser van z.compile heeft geen naam en staat als "(anoniem)".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { REGELS, type RegelId } from '../dist/index.js';
import { GELDIGE_INVOER } from '../test/eigenschappen/invoer.js';

interface Knoop {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profiel {
  nodes: Knoop[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const { values: opties, positionals } = parseArgs({
  allowPositionals: true,
  options: { aantal: { type: 'string' }, batch: { type: 'boolean', default: false }, parallel: { type: 'string' }, json: { type: 'boolean', default: false }, top: { type: 'string', default: '25' } },
});
const TOP = Number(opties.top);

/** Een leesbare naam per functie: naam, bestand (laatste twee delen) en regel. */
function naamVan(knoop: Knoop): string {
  const { functionName, url, lineNumber } = knoop.callFrame;
  const bestand = url === '' ? '' : ` ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
  return `${functionName === '' ? '(anoniem)' : functionName}${bestand}`;
}

/** Het werk van de profiler zelf (het stoppen en doorgeven van het profiel via de inspector), niet van wat gemeten wordt. */
function isProfilerwerk(knoop: Knoop): boolean {
  const { functionName, url } = knoop.callFrame;
  return url.startsWith('node:inspector') || (functionName === 'dispatch' && url === '');
}

/** Zelf- en totaaltijd per functie, en hoe lang de thread bezig was (niet `(idle)` en niet de profiler zelf). */
function vatSamen(profiel: Profiel): { bezigMs: number; spanMs: number; zelf: Map<string, number>; totaal: Map<string, number> } {
  const perId = new Map(profiel.nodes.map((knoop) => [knoop.id, knoop]));
  const ouder = new Map<number, number>();
  for (const knoop of profiel.nodes) for (const kind of knoop.children ?? []) ouder.set(kind, knoop.id);
  const tijd = new Map<number, number>();
  profiel.samples.forEach((id, index) => tijd.set(id, (tijd.get(id) ?? 0) + (profiel.timeDeltas[index] ?? 0)));
  const zelf = new Map<string, number>();
  const totaal = new Map<string, number>();
  let bezig = 0;
  const isVanProfiler = (id: number): boolean => {
    for (let huidig: number | undefined = id; huidig !== undefined; huidig = ouder.get(huidig)) if (isProfilerwerk(perId.get(huidig)!)) return true;
    return false;
  };
  for (const [id, duur] of tijd) {
    const knoop = perId.get(id)!;
    if (knoop.callFrame.functionName === '(idle)' || isVanProfiler(id)) continue;
    bezig += duur;
    zelf.set(naamVan(knoop), (zelf.get(naamVan(knoop)) ?? 0) + duur);
    const gezien = new Set<string>();
    for (let huidig: number | undefined = id; huidig !== undefined; huidig = ouder.get(huidig)) {
      const naam = naamVan(perId.get(huidig)!);
      if (gezien.has(naam)) continue;
      gezien.add(naam);
      totaal.set(naam, (totaal.get(naam) ?? 0) + duur);
    }
  }
  return { bezigMs: bezig / 1000, spanMs: (profiel.endTime - profiel.startTime) / 1000, zelf, totaal };
}

function druk(titel: string, profiel: Profiel): void {
  const { bezigMs, spanMs, zelf, totaal } = vatSamen(profiel);
  console.log(`\n## ${titel}: ${(spanMs / 1000).toFixed(2)} s gemeten, ${(bezigMs / 1000).toFixed(2)} s bezig`);
  const rij = ([naam, duurUs]: [string, number]) => `| ${((100 * duurUs) / (bezigMs * 1000)).toFixed(1)} % | ${naam} |`;
  const zonderWortel = [...totaal].filter(([naam]) => !['(root)', '(program)'].includes(naam));
  console.log('\n| zelf | functie |\n| ---: | --- |');
  for (const regel of [...zelf].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(rij(regel));
  console.log('\n| totaal | functie |\n| ---: | --- |');
  for (const regel of zonderWortel.sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(rij(regel));
}

if (opties.batch) {
  // De CLI met --cpu-prof: één profiel per thread (de CLI-thread en elke werker).
  const map = mkdtempSync(path.join(os.tmpdir(), 'opvangregels-profiel-'));
  try {
    const invoer = fc.sample(GELDIGE_INVOER.versnelfonds, { seed: 2026, numRuns: 7_000 }).map((aanvraag) => JSON.stringify(aanvraag));
    const bestand = path.join(map, 'gevallen.jsonl');
    writeFileSync(bestand, `${Array.from({ length: 70_000 }, (_, index) => invoer[index % invoer.length]).join('\n')}\n`);
    const argumenten = ['--cpu-prof', `--cpu-prof-dir=${map}`, 'dist/cli.js', 'beoordeel', 'versnelfonds', bestand, ...(opties.json ? ['--json'] : []), ...(opties.parallel ? ['--parallel', opties.parallel] : [])];
    const run = spawnSync(process.execPath, argumenten, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`de CLI stopte met ${run.status}: ${run.stderr}`);
    console.log(`node ${argumenten.join(' ').replaceAll(map, '<map>')}`);
    const profielen = readdirSync(map).filter((naam) => naam.endsWith('.cpuprofile')).sort();
    // De naam is CPU.<datum>.<tijd>.<pid>.<thread>.<volgnummer>.cpuprofile; thread 0 is de CLI-thread.
    for (const naam of profielen) druk(naam.split('.').at(-3) === '0' ? 'CLI-thread' : `werker (thread ${naam.split('.').at(-3)})`, JSON.parse(readFileSync(path.join(map, naam), 'utf8')) as Profiel);
  } finally {
    rmSync(map, { recursive: true, force: true });
  }
} else {
  const id = positionals[0] as RegelId | undefined;
  if (!id || !(id in REGELS)) throw new Error(`geef een regel: ${Object.keys(REGELS).join(', ')}`);
  const aantal = Number(opties.aantal ?? 100_000);
  const invoer = fc.sample(GELDIGE_INVOER[id], { seed: 2026, numRuns: 1000 });
  const regel = REGELS[id];
  for (let index = 0; index < 5_000; index++) regel.beoordeel(invoer[index % invoer.length]); // opwarmen
  const sessie = new Session();
  sessie.connect();
  await sessie.post('Profiler.enable');
  await sessie.post('Profiler.setSamplingInterval', { interval: 100 });
  await sessie.post('Profiler.start');
  const begin = performance.now();
  for (let index = 0; index < aantal; index++) regel.beoordeel(invoer[index % invoer.length]);
  const ms = performance.now() - begin;
  const { profile } = await sessie.post('Profiler.stop');
  sessie.disconnect();
  console.log(`${id}: ${aantal} beslissingen in ${(ms / 1000).toFixed(2)} s, ${((ms * 1000) / aantal).toFixed(1)} µs per beslissing (met de profiler aan)`);
  druk(`regel ${id}`, profile as unknown as Profiel);
}
