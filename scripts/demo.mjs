// npm run demo: de CLI (dist/cli.js) over elk voorbeeld in examples/, met `--json`, en per geval de
// invoer naast de korte beslissing: de uitkomst en per criterium de uitslag. Zo ziet een nieuwe
// gebruiker echte beslissingen, zonder de volledige verslagen (die geeft `opvangregels beoordeel`).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const { REGELS } = await import('../dist/index.js');
// De langste regel-id waarmee de bestandsnaam begint (een id kan zelf streepjes hebben).
const regelVan = (bestand) => Object.keys(REGELS).filter((id) => bestand.startsWith(`${id}-`)).sort((a, b) => b.length - a.length)[0];
const kort = (tekst, lengte) => (tekst.length > lengte ? `${tekst.slice(0, lengte - 1)}…` : tekst);

const voorbeelden = readdirSync('examples').filter((naam) => naam.endsWith('.json')).sort();
let mislukt = 0;
for (const bestand of voorbeelden) {
  const regel = regelVan(bestand);
  if (!regel) throw new Error(`examples/${bestand}: de naam begint niet met een bekende regel-id`);
  const invoer = JSON.parse(readFileSync(join('examples', bestand), 'utf8'));
  const { stdout, status } = spawnSync(process.execPath, ['dist/cli.js', 'beoordeel', regel, join('examples', bestand), '--json'], { encoding: 'utf8' });
  console.log(`\n${bestand}`);
  console.log(`  invoer:    ${kort(JSON.stringify(invoer), 150)}`);
  if (status !== 0) {
    console.log(`  (exitcode ${status})`);
    mislukt++;
    continue;
  }
  const { beoordeling } = JSON.parse(stdout);
  const naam = REGELS[regel].beschrijving.uitkomsten[beoordeling.uitkomst]?.nl ?? beoordeling.uitkomst;
  console.log(`  beslissing: ${naam}${beoordeling.ontbrekendeGegevens.length > 0 ? ` (ontbreekt: ${beoordeling.ontbrekendeGegevens.join(', ')})` : ''}`);
  for (const grond of beoordeling.gronden.filter((kandidaat) => kandidaat.soort !== 'signaal')) console.log(`    ${grond.regel}: ${grond.status}`);
}
console.log(`\n${voorbeelden.length} voorbeelden${mislukt > 0 ? `, ${mislukt} met een exitcode anders dan 0` : ''}. Het volledige verslag van één geval: node dist/cli.js beoordeel versnelfonds examples/versnelfonds-afwijzen-herkomst.json`);
process.exitCode = mislukt > 0 ? 1 : 0;
