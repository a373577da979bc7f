// npm run demo: de CLI (dist/cli.js) over elk voorbeeld in examples/. De regel staat vooraan
// in de bestandsnaam (herkomst-....json, alternatieve-bewindvoering-....json). Zo ziet een
// nieuwe gebruiker echte beslissingen.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const { REGELS } = await import('../dist/index.js');
// De langste regel-id waarmee de bestandsnaam begint (een id kan zelf streepjes hebben).
const regelVan = (bestand) => Object.keys(REGELS).filter((id) => bestand.startsWith(`${id}-`)).sort((a, b) => b.length - a.length)[0];

const voorbeelden = readdirSync('examples').filter((naam) => /\.(json|jsonl)$/.test(naam)).sort();
let mislukt = 0;
for (const bestand of voorbeelden) {
  const regel = regelVan(bestand);
  if (!regel) throw new Error(`examples/${bestand}: de naam begint niet met een bekende regel-id`);
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
