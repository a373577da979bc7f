// Vergelijkt twee builds: geeft elke invoer in beide byte voor byte dezelfde beoordeling (of
// dezelfde veldfouten)? Voor een wijziging die alleen sneller moet maken (docs/prestaties.md).
//
//   mkdir /tmp/basis && git archive <commit> | tar -x -C /tmp/basis
//   ln -s "$PWD/node_modules" /tmp/basis/node_modules && (cd /tmp/basis && npx tsup)
//   npm run build && npx tsx bench/vergelijk-builds.ts /tmp/basis/dist dist
//
// Invoer: per regel 1.000 gegenereerde geldige invoeren (seed 2026, zoals `npm run bench`), elke
// testvector, van de eerste 200 per regel elk veld eens weggelaten en eens `null`, en 2.000 bijna
// geldige invoeren per regel (één veld, ook genest, vervangen door een randwaarde: verkeerde
// types, onbestaande datums, tijden met een verkeerde tijdzone, grenzen; zoals
// test/kern/compilatie.test.ts).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { GELDIGE_INVOER, bijnaGeldig } from '../test/eigenschappen/invoer.js';

type Bibliotheek = typeof import('../dist/index.js');
const [eerste, tweede] = process.argv.slice(2);
if (!eerste || !tweede) throw new Error('gebruik: npx tsx bench/vergelijk-builds.ts <dist-a> <dist-b>');
const laad = (map: string) => import(path.resolve(map, 'index.js')) as Promise<Bibliotheek>;
const [a, b] = await Promise.all([laad(eerste), laad(tweede)]);

function uitkomst(bibliotheek: Bibliotheek, id: string, invoer: unknown): string {
  try {
    return JSON.stringify(bibliotheek.zoekRegel(id).beoordeel(invoer));
  } catch (fout) {
    return `fout ${JSON.stringify((fout as { fouten?: unknown }).fouten ?? String(fout))}`;
  }
}

const vectorbestanden = readdirSync('test/vectors').map((naam) => JSON.parse(readFileSync(`test/vectors/${naam}`, 'utf8')) as { regel: string; vectoren: { invoer: unknown }[] });
let aantal = 0;
const verschillen: string[] = [];
for (const [id, generator] of Object.entries(GELDIGE_INVOER)) {
  const geldig = fc.sample(generator, { seed: 2026, numRuns: 1000 });
  const vectoren = vectorbestanden.filter((bestand) => bestand.regel === id).flatMap((bestand) => bestand.vectoren.map((vector) => vector.invoer));
  const zonderVeld = geldig.slice(0, 200).flatMap((invoer) => Object.keys(invoer).flatMap((veld) => [{ ...invoer, [veld]: undefined }, { ...invoer, [veld]: null }]));
  const bijna = fc.sample(bijnaGeldig(generator), { seed: 2026, numRuns: 2000 });
  for (const invoer of [...geldig, ...vectoren, ...zonderVeld, ...bijna]) {
    aantal++;
    if (uitkomst(a, id, invoer) !== uitkomst(b, id, invoer)) verschillen.push(`${id}: ${JSON.stringify(invoer)}`);
  }
}
console.log(`${aantal} invoeren, ${verschillen.length} verschillend`);
for (const verschil of verschillen.slice(0, 10)) console.log(`  ${verschil}`);
process.exitCode = verschillen.length === 0 ? 0 : 1;
