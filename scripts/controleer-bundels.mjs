// Controleert dat het pakket per regel tree-shakable is: een browserbundel (esbuild, zoals
// size-limit die maakt) van één regel uit dist/index.js bevat de gemeentedata alleen als de
// regel die nodig heeft, nooit de compiler van zod (z.compile), die een Node-bundel wel
// bevat, en nooit de schema's van de uitvoer (die alleen het register leest). De groottes zelf bewaakt size-limit (.size-limit.json); dit script bewaakt de inhoud.
// Draait in `npm run test:pakket`, na tsup.
//
//   node scripts/controleer-bundels.mjs
import { build } from 'esbuild';

/** De schema's van de beoordelingen (BEOORDELINGSCHEMAS, beoordelingJsonSchema): alleen voor het register. */
const UITVOERSCHEMAS = ['dist/kern/uitvoerschema.js', 'dist/rules/uitvoerschemas.js'];

/** De modules met gemeente- en regiodata (CBS-lijsten, herindelingen, regioleden). */
const GEMEENTEDATA = ['dist/data/gegenereerd.js', 'dist/data/gemeenten.js', 'dist/data/regios.js'];

/**
 * Per regel: heeft hij gemeentedata nodig? Herkomst toetst een gemeente tegen een regio. Sinds 0.3
 * neemt elke regel een beleid (SPEC §2.9), en een meegegeven beleid controleert defineBeleid, ook
 * de CBS-codes en herindelingen van zijn regio's: dus elke regel neemt de gemeentedata mee.
 */
const REGELS = {
  bepaalHerkomst: true,
  beoordeelVersnelfonds: true,
  berekenVerblijfstermijn: true,
  toetsSchuldhulp: true,
  toetsAlternatieveBewindvoering: true,
  wijsRegisseurToe: true,
  classificeerSituatie: true,
  berekenWoningaanbod: true,
};

const fouten = [];
for (const [functie, heeftDataNodig] of Object.entries(REGELS)) {
  const resultaat = await build({
    stdin: { contents: `export { ${functie} } from './dist/index.js';`, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const [uitvoer] = Object.values(resultaat.metafile.outputs);
  const meegenomen = GEMEENTEDATA.filter((module) => (uitvoer.inputs[module]?.bytesInOutput ?? 0) > 0);
  const regel = `${functie}: gemeentedata ${meegenomen.length > 0 ? `meegenomen (${meegenomen.join(', ')})` : 'niet meegenomen'}`;
  if (heeftDataNodig ? meegenomen.length === 0 : meegenomen.length > 0) fouten.push(regel);
  console.log(`${heeftDataNodig === meegenomen.length > 0 ? 'ok  ' : 'FOUT'} ${regel}`);
  controleerCompiler(functie, uitvoer, 'browser', false);
  const schemas = UITVOERSCHEMAS.filter((module) => (uitvoer.inputs[module]?.bytesInOutput ?? 0) > 0);
  const schemaregel = `${functie}: schema's van de uitvoer ${schemas.length > 0 ? `meegenomen (${schemas.join(', ')})` : 'niet meegenomen'}`;
  if (schemas.length > 0) fouten.push(schemaregel);
  console.log(`${schemas.length === 0 ? 'ok  ' : 'FOUT'} ${schemaregel}`);
}

// De compiler van zod (z.compile, 9 kB gz) hoort niet in een browserbundel: het veld `browser` van
// package.json vervangt dist/kern/compilatie.js door compilatie-browser.js. Voor Node (en de CJS-bouw)
// blijft hij erin, want daar maakt hij de validatie 3–10× sneller (docs/prestaties.md).
for (const platform of ['node', 'neutral']) {
  const resultaat = await build({
    stdin: { contents: `export { toetsSchuldhulp } from './dist/index.js';`, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    format: 'esm',
    platform,
    mainFields: ['module', 'main'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  controleerCompiler(`toetsSchuldhulp (${platform})`, Object.values(resultaat.metafile.outputs)[0], platform, true);
}

// Via require (CJS): dist/index.cjs laadt de compiler uit een eigen bestand, dist/kern/compilatie.cjs,
// dat het veld `browser` vervangt door compilatie-browser.cjs (issue 30, klasse 9). Een browserbundel
// die het pakket `require`t, gebruikt z.compile dus ook niet; een Node-bundel wel. De CJS-bouw van zod
// zelf neemt zijn compiler en al zijn vertalingen altijd mee (zod/mini/index.cjs `require`t ze); die
// bytes zijn van zod, niet van dit pakket, en een bundel via `import` heeft ze niet.
/** De eigen bytes van het pakket (dist/) in een bundel, en die van zod. */
function verdeling(uitvoer) {
  let eigen = 0;
  let zod = 0;
  for (const [module, { bytesInOutput }] of Object.entries(uitvoer.inputs)) {
    if (module.startsWith('dist/')) eigen += bytesInOutput;
    else if (/node_modules\/zod\//.test(module)) zod += bytesInOutput;
  }
  return { eigen, zod, totaal: uitvoer.bytes };
}
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
/** Het hele pakket, gebundeld zoals een app het laadt: via `import` of via `require`, voor een platform. */
async function hetPakket(via, platform) {
  const resultaat = await build({
    stdin: {
      contents: via === 'require' ? `module.exports = require('opvangregels');` : `export * from 'opvangregels';`,
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: via === 'require' ? 'cjs' : 'esm',
    platform,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return Object.values(resultaat.metafile.outputs)[0];
}
for (const [platform, verwacht] of [
  ['browser', 'dist/kern/compilatie-browser.cjs'],
  ['node', 'dist/kern/compilatie.cjs'],
]) {
  const uitvoer = await hetPakket('require', platform);
  const vormen = ['dist/kern/compilatie.cjs', 'dist/kern/compilatie-browser.cjs'].filter((module) => module in uitvoer.inputs);
  const goed = vormen.length === 1 && vormen[0] === verwacht;
  const regel = `require('opvangregels') (${platform}): compilatiemodule ${vormen.length === 0 ? 'ontbreekt' : vormen.join(' en ')}, verwacht ${verwacht}`;
  if (!goed) fouten.push(regel);
  console.log(`${goed ? 'ok  ' : 'FOUT'} ${regel}`);
}
{
  const viaRequire = verdeling(await hetPakket('require', 'browser'));
  const viaImport = verdeling(await hetPakket('import', 'browser'));
  // De CJS-bouw is één bestand en dus niet tree-shakable, maar van het hele pakket horen beide vormen
  // ongeveer even groot te zijn. Een verschil van meer dan 20 % betekent dat de CJS-bouw iets
  // meeneemt dat de ESM-bouw niet heeft (zoals vóór issue 30 de compiler).
  const verhouding = viaRequire.eigen / viaImport.eigen;
  const goed = verhouding > 0.8 && verhouding < 1.2;
  const regel =
    `het hele pakket in de browser, eigen bytes via require ${kB(viaRequire.eigen)}, via import ${kB(viaImport.eigen)} (verhouding ${verhouding.toFixed(2)}, ` +
    `verwacht 0,8–1,2); zod erbij: via require ${kB(viaRequire.zod)}, via import ${kB(viaImport.zod)}; geheel ${kB(viaRequire.totaal)} en ${kB(viaImport.totaal)} (geminificeerd)`;
  if (!goed) fouten.push(regel);
  console.log(`${goed ? 'ok  ' : 'FOUT'} ${regel}`);
}

/** Neemt de bundel de compiler van zod mee zoals verwacht? */
function controleerCompiler(naam, uitvoer, platform, verwacht) {
  const compile = Object.keys(uitvoer.inputs).some((module) => module.endsWith('zod/v4/core/compile.js') && uitvoer.inputs[module].bytesInOutput > 0);
  const regel = `${naam}: compiler van zod (${platform}) ${compile ? 'meegenomen' : 'niet meegenomen'}`;
  if (compile !== verwacht) fouten.push(regel);
  console.log(`${compile === verwacht ? 'ok  ' : 'FOUT'} ${regel}`);
}

if (fouten.length > 0) {
  console.error(`\n${fouten.length} bundel(s) nemen de gemeentedata, de compiler van zod of de schema's van de uitvoer niet mee zoals verwacht:\n${fouten.join('\n')}`);
  process.exit(1);
}
