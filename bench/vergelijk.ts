// `npm run bench:vergelijk`: 70.000 versnelfondsaanvragen (gegenereerd, zoals bench/batch.ts) onder
// twee beleidsvarianten met `opvangregels vergelijk` (dist/cli.js), als JSON Lines en als CSV:
// wandklok en piekgeheugen van het proces. Doel uit issue 28: < 5 s op 2 cores. Faalt nooit op een
// tijd; rapporteert (docs/prestaties.md).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { GELDIGE_INVOER } from '../test/eigenschappen/invoer.js';

const AANTAL = 70_000;
const map = mkdtempSync(path.join(os.tmpdir(), 'opvangregels-vergelijk-'));
// Alleen aanvragen met velden die in een CSV-cel passen (geen geneste waarden).
const aanvragen = fc.sample(GELDIGE_INVOER.versnelfonds, { seed: 28, numRuns: AANTAL }).map((aanvraag) => Object.fromEntries(Object.entries(aanvraag as Record<string, unknown>).map(([veld, waarde]) => [veld, waarde instanceof Date ? waarde.toISOString() : waarde])));
writeFileSync(path.join(map, 'gevallen.jsonl'), `${aanvragen.map((aanvraag) => JSON.stringify(aanvraag)).join('\n')}\n`);
writeFileSync(path.join(map, 'gevallen.csv'), Papa.unparse(aanvragen, { columns: [...new Set(aanvragen.flatMap((aanvraag) => Object.keys(aanvraag)))] }));

console.log(`Node ${process.version}, ${os.availableParallelism()} cores; ${AANTAL.toLocaleString('nl')} gevallen onder het ingebouwde beleid en examples/beleid/voorbeeld-voorstel-fonds.json\n`);
console.log('| invoer | wandklok (mediaan van 3) | piekgeheugen | anders beslist |');
console.log('| --- | ---: | ---: | ---: |');
for (const bestand of ['gevallen.jsonl', 'gevallen.csv']) {
  const tijden: number[] = [];
  let rss = 0;
  let gewijzigd = '';
  for (let ronde = 0; ronde < 3; ronde++) {
    const begin = performance.now();
    const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, 'dist/cli.js', 'vergelijk', 'versnelfonds', path.join(map, bestand), '--beleid', 'ingebouwd', '--beleid', 'examples/beleid/voorbeeld-voorstel-fonds.json'], { encoding: 'utf8', maxBuffer: 1 << 30 });
    tijden.push(performance.now() - begin);
    rss = Math.max(rss, Number(run.stderr.trim().split('\n').at(-1)) / 1024);
    gewijzigd = /; (\d+) anders beslist/.exec(run.stdout)?.[1] ?? '?';
  }
  tijden.sort((a, b) => a - b);
  console.log(`| ${bestand} | ${(tijden[1]! / 1000).toFixed(2)} s | ${Math.round(rss)} MiB | ${gewijzigd} |`);
}
rmSync(map, { recursive: true, force: true });
