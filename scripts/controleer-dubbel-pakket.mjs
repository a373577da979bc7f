// Een app kan het pakket twee keer laden: als ESM (import) en als CJS (require), bv. via twee
// afhankelijkheden. Dan zijn er twee klassen OngeldigeInvoerFout. Dit script controleert dat
// `instanceof` toch over en weer werkt, voor beide foutklassen. Draait in `npm run test:pakket`, na tsup.
//
//   node scripts/controleer-dubbel-pakket.mjs
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';

const esm = await import('../dist/index.js');
const cjs = createRequire(import.meta.url)('../dist/index.cjs');
assert.notEqual(esm.OngeldigeInvoerFout, cjs.OngeldigeInvoerFout, 'twee kopieën verwacht');

/** De fout die de herkomstregel van deze kopie gooit voor deze invoer. */
function gegooid(pakket, invoer) {
  try {
    pakket.bepaalHerkomst(invoer);
  } catch (fout) {
    return fout;
  }
  throw new Error('verwacht een fout');
}
const ongeldig = (pakket) => gegooid(pakket, { gemeenteVanHerkomst: 'Almeloo', regio: 'almelo', peildatum: '2024-05-01' });
const nietInWerking = (pakket) => gegooid(pakket, { gemeenteVanHerkomst: 'Zwolle', regio: 'ijssel-vecht', peildatum: '2022-12-31' });

for (const [van, naar] of [[esm, cjs], [cjs, esm]]) {
  const fout = ongeldig(van);
  assert.ok(fout instanceof naar.OngeldigeInvoerFout, 'OngeldigeInvoerFout over de grens');
  assert.ok(!(fout instanceof naar.BeleidNietInWerkingFout), 'een gewone invoerfout is geen BeleidNietInWerkingFout');
  const beleidsfout = nietInWerking(van);
  assert.ok(beleidsfout instanceof naar.BeleidNietInWerkingFout, 'BeleidNietInWerkingFout over de grens');
  assert.ok(beleidsfout instanceof naar.OngeldigeInvoerFout, 'een BeleidNietInWerkingFout is ook een OngeldigeInvoerFout');
  assert.ok(!(new Error('x') instanceof naar.OngeldigeInvoerFout), 'een gewone Error niet');
  assert.ok(!({ fouten: [] } instanceof naar.OngeldigeInvoerFout), 'een object dat er alleen op lijkt niet');
  // De veilige vorm van de ene kopie herkent de fout van de andere ook (maakVeilig gebruikt instanceof).
  assert.equal(van.bepaalHerkomstVeilig({ gemeenteVanHerkomst: 'Almeloo', regio: 'almelo', peildatum: '2024-05-01' }).succes, false);
}
console.log('ESM en CJS: instanceof OngeldigeInvoerFout en BeleidNietInWerkingFout werken over en weer');
