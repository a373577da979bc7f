// Draait elke testvector tegen de gebouwde dist met een andere versie van zod (de peer
// dependency): zo is vastgesteld dat zod 4.0 niet werkt en 4.1 wel (package.json: "zod": "^4.1.0").
// Haalt elke versie van het npm-register; niet in `npm test`, want dat mag niet van één versie op
// het register afhangen.
//
//   npm run build && node scripts/controleer-zod-versies.mjs 4.0.0 4.1.0 4.5.4 4.6.7
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const versies = process.argv.slice(2);
if (versies.length === 0) throw new Error('gebruik: node scripts/controleer-zod-versies.mjs <versie> ...');

const PROEF = `
import fs from 'node:fs';
import * as z from 'zod/mini';
let o;
try {
  o = await import('opvangregels');
} catch (fout) {
  console.log(\`zod \${process.argv[2]}: de import faalt (\${fout.message})\`);
  process.exit(1);
}
let totaal = 0;
let geslaagd = 0;
for (const naam of fs.readdirSync('vectors')) {
  const verslag = o.voerTestvectorsUit(JSON.parse(fs.readFileSync('vectors/' + naam, 'utf8')), (regel, invoer, opties) => o.zoekRegel(regel).beoordeel(invoer, opties));
  totaal += verslag.totaal;
  geslaagd += verslag.geslaagd;
}
const compile = typeof z.compile === 'function' ? 'heeft z.compile' : 'zonder z.compile';
console.log(\`zod \${process.argv[2]} (\${compile}): \${geslaagd} van \${totaal} testvectoren geslaagd\`);
process.exit(geslaagd === totaal ? 0 : 1);
`;

let mislukt = 0;
for (const versie of versies) {
  const map = mkdtempSync(path.join(os.tmpdir(), `opvangregels-zod-${versie}-`));
  try {
    writeFileSync(path.join(map, 'package.json'), JSON.stringify({ name: 'proef', private: true, type: 'module' }));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', `zod@${versie}`, '@date-fns/tz', 'ts-pattern'], { cwd: map, stdio: 'ignore' });
    // Het pakket zoals het gebouwd is, zonder zijn eigen node_modules: zod komt uit de proefmap.
    cpSync('dist', path.join(map, 'node_modules', 'opvangregels', 'dist'), { recursive: true });
    cpSync('package.json', path.join(map, 'node_modules', 'opvangregels', 'package.json'));
    cpSync('test/vectors', path.join(map, 'vectors'), { recursive: true });
    writeFileSync(path.join(map, 'proef.mjs'), PROEF);
    try {
      process.stdout.write(execFileSync(process.execPath, ['proef.mjs', versie], { cwd: map, encoding: 'utf8' }));
    } catch (fout) {
      process.stdout.write(fout.stdout ?? String(fout));
      mislukt++;
    }
  } finally {
    rmSync(map, { recursive: true, force: true });
  }
}
process.exitCode = mislukt === 0 ? 0 : 1;
