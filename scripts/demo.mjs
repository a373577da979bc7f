// npm run demo: de CLI (dist/cli.js) over elk voorbeeld in examples/. De regel staat vooraan
// in de bestandsnaam (herkomst-....json). Zo ziet een nieuwe gebruiker echte beslissingen.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const voorbeelden = readdirSync('examples').filter((naam) => /\.(json|jsonl)$/.test(naam)).sort();
let mislukt = 0;
for (const bestand of voorbeelden) {
  const regel = bestand.split('-')[0];
  const argumenten = ['dist/cli.js', 'beoordeel', regel, join('examples', bestand)];
  console.log(`\n$ opvangregels ${argumenten.slice(1).join(' ')}`);
  const { status } = spawnSync(process.execPath, argumenten, { stdio: 'inherit' });
  if (status !== 0) {
    console.log(`(exitcode ${status})`);
    mislukt++;
  }
}
console.log(`\n${voorbeelden.length} voorbeelden, ${mislukt} met een exitcode anders dan 0.`);
process.exitCode = mislukt > 0 ? 1 : 0;
