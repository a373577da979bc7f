// Controleert het gepakte pakket zoals een gebruiker het installeert: de tarball van `npm pack`,
// uitgepakt als node_modules/opvangregels in een lege map, met alleen de runtime-afhankelijkheden
// en peers ernaast (symlinks naar de node_modules van de repo: geen netwerk). Daarin vier
// projecten die die ene installatie delen:
//
//   esm/         "type": "module": elk README-blok als .mjs, uitgevoerd met node
//   cjs/         "type": "commonjs": elk blok naar CommonJS (import → require), uitgevoerd met node;
//                require('opvangregels') moet dist/index.cjs laden
//   ts-node16/   TypeScript strict, module en moduleResolution node16: elk blok als .mts en als .cts
//   ts-bundler/  TypeScript strict, module esnext, moduleResolution bundler: elk blok als .ts
//
// en de bin (node_modules/.bin/opvangregels, gelinkt zoals npm dat doet): --version, --help, een
// geval via stdin, en de regels van de ```sh-blokken van de README die `opvangregels` aanroepen.
// Beide TypeScript-projecten met skipLibCheck: false, in één `tsc -b` (de tsc van de repo), dat
// ook nagaat dat import de typen uit dist/index.d.ts krijgt en require die uit dist/index.d.cts.
//
// README-blokken. Elk ```js- en ```ts-blok wordt uitgevoerd en getypecheckt, tenzij de regel
// erboven `<!-- geen-pakkettest: reden -->` is (de reden is verplicht). In een blok is
//   `uitdrukking; //=> waarde`    een bewering (gelijk na een JSON-rondje). Een uitdrukking
//                                 over meer regels begint na de vorige regel die op `;` of `{`
//                                 eindigt, of na een lege regel of commentaar. Staat `//=> waarde`
//                                 op een eigen regel, dan geldt het de opdracht op de regel erboven.
//                                 Na de waarde mag nog `// uitleg` staan.
//   `console.log(…);` met direct daaronder regels `// …`: die regels zijn precies de uitvoer.
// In een verwachte waarde of uitvoer staat `…` voor willekeurige tekst. Elke bewering moet ook
// echt uitgevoerd zijn (een bewering in een catch die nooit draait, faalt). De blokken van één
// soort draaien na elkaar in één node-proces (zie LOPER); meldingen wijzen naar regels van de README.
// Voor CommonJS wordt een blok geschreven zoals een CJS-gebruiker het schrijft:
// `createRequire(import.meta.url)` wordt `require` en `with { type: 'json' }` vervalt (require
// kent geen attributen). Een blok dat daarna nog `import.meta` of top-level await heeft, kan niet
// als CommonJS en wordt daar overgeslagen (de uitvoer zegt het). TypeScript staat importattributen
// bij module node16 niet toe; zo'n blok wordt daar alleen als .cts getypecheckt.
// Een ```sh-blok met een aanroep van `opvangregels` (of `npx opvangregels`) draait regel voor regel
// in een map met de bestanden die `<!-- pakkettest-bestanden: naam=pad … -->` erboven noemt
// (paden vanaf de wortel van de repo); elke regel moet exitcode 0 geven en uitvoer op stdout.
// Andere ```sh-blokken (npm ci, npm run …) gaan over de repo, niet over het pakket.
//
//   node scripts/controleer-consument.mjs [--tarball <pad.tgz>] [--readme <pad>] [--bewaar]
//
// Zonder --tarball: opvangregels-pakket.tgz in de wortel (zoals `npm run test:pakket` die maakt),
// als die niet ouder is dan dist/; anders een verse `npm pack --ignore-scripts` (bouw dus eerst).
// --readme: een andere README (bv. een kopie om een fout te proberen). --bewaar: laat de tijdelijke
// map staan. Draait in `npm run test:pakket`, na tsup. Op een machine met 2 kernen duurt het
// ~8 s, of ~20–30 s als de uitslag van tsc voor zod en @types/node nog niet bewaard is (TS_CACHE).
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';

const begonnen = performance.now();
const wortel = resolve(dirname(new URL(import.meta.url).pathname), '..');
const ts = createRequire(import.meta.url)(join(wortel, 'node_modules', 'typescript'));
const tsc = join(wortel, 'node_modules', 'typescript', 'bin', 'tsc');
const pakket = JSON.parse(readFileSync(join(wortel, 'package.json'), 'utf8'));
/**
 * Waar tsc zijn .tsbuildinfo tussen runs bewaart. De projecten staan elke run op dezelfde diepte in
 * de tijdelijke map, dus de relatieve paden in de buildinfo kloppen weer; tsc vergelijkt per
 * bestand de inhoud en controleert opnieuw wat veranderd is (het pakket, de blokken) of ervan
 * afhangt. Ongewijzigde .d.ts van zod en @types/node hoeven dan niet opnieuw (samen ~5 s per
 * configuratie). Weggooien mag altijd; de eerste run is dan trager.
 */
const TS_CACHE = join(tmpdir(), `opvangregels-consument-tsc-${createHash('sha256').update(wortel).digest('hex').slice(0, 8)}`);

const { values: argumenten } = parseArgs({ options: { tarball: { type: 'string' }, readme: { type: 'string' }, bewaar: { type: 'boolean' } } });
const readmePad = resolve(argumenten.readme ?? join(wortel, 'README.md'));
const readmeNaam = relative(process.cwd(), readmePad).startsWith('..') ? readmePad : relative(process.cwd(), readmePad);

/** Alle fouten, elk met de regel in de README (of '-') en de soort project. */
const fouten = [];
const fout = (regel, soort, tekst) => fouten.push({ regel: String(regel), soort, tekst: tekst.trimEnd() });

// ---------------------------------------------------------------------------------------------
// De README lezen: blokken, markeringen, beweringen.

const JS_TALEN = new Set(['js', 'ts']);
const SH_TALEN = new Set(['sh', 'bash', 'shell', 'console']);
/** Een aanroep van de bin: aan het begin van een opdracht, eventueel via npx. */
const BIN_AANROEP = /(^\s*|[|;&(]\s*|\$\(\s*)(npx\s+)?opvangregels(\s|$)/m;

/** De codeblokken van de README, met de markeringen (`<!-- … -->`) direct erboven. */
function leesBlokken(tekst) {
  const regels = tekst.split('\n');
  const blokken = [];
  for (let index = 0; index < regels.length; index++) {
    const opening = /^\s{0,3}(`{3,}|~{3,})\s*([\w+-]*)/.exec(regels[index]);
    if (!opening) continue;
    const hek = opening[1];
    let einde = index + 1;
    while (einde < regels.length && !regels[einde].trim().startsWith(hek)) einde++;
    const markeringen = [];
    for (let boven = index - 1; boven >= 0 && /^\s*<!--.*-->\s*$/.test(regels[boven]); boven--) markeringen.unshift({ regel: boven + 1, tekst: regels[boven].trim() });
    // `regel` is het regelnummer (vanaf 1) van de openingsregel; de code begint op regel + 1.
    blokken.push({ regel: index + 1, taal: opening[2].toLowerCase(), code: regels.slice(index + 1, einde).join('\n'), markeringen });
    index = einde;
  }
  return blokken;
}

/** `<!-- geen-pakkettest: reden -->` boven een blok: { regel, reden } (reden `''` als die ontbreekt), of `undefined`. */
function afmelding(blok) {
  for (const markering of blok.markeringen) {
    const gevonden = /^<!--\s*geen-pakkettest\b:?(.*?)-->$/.exec(markering.tekst);
    if (gevonden) return { regel: markering.regel, reden: gevonden[1].trim() };
  }
  return undefined;
}

/** De plek van `//` buiten strings in een regel, of -1. */
function commentaarBegin(regel, vanaf = 0) {
  let quote = null;
  for (let index = vanaf; index < regel.length; index++) {
    const teken = regel[index];
    if (quote) {
      if (teken === '\\') index++;
      else if (teken === quote) quote = null;
    } else if (teken === "'" || teken === '"' || teken === '`') quote = teken;
    else if (teken === '/' && regel[index + 1] === '/') return index;
  }
  return -1;
}

const zonderCommentaar = (regel) => {
  const plek = commentaarBegin(regel);
  return (plek < 0 ? regel : regel.slice(0, plek)).trimEnd();
};

/**
 * De uitvoerbare vorm van een blok: beweringen in plaats van `//=>` en van `console.log` met
 * uitvoer eronder. Regel n van het resultaat is regel n van de README (ervoor lege regels; op
 * regel 1 de lijst van beweringen), zodat meldingen en stacktraces naar de README wijzen.
 */
function metBeweringen(blok) {
  const uit = Array.from({ length: blok.regel }, () => '');
  const beweringen = [];
  const code = blok.code.split('\n');
  for (const [index, regel] of code.entries()) {
    const nummer = blok.regel + 1 + index;
    const plek = commentaarBegin(regel);
    if (plek >= 0 && regel.startsWith('//=>', plek)) {
      const rest = regel.slice(plek + 4);
      const waarde = zonderCommentaar(rest).trim();
      if (waarde === '') throw new BlokFout(nummer, `'//=>' zonder waarde`);
      const delen = [];
      const voor = regel.slice(0, plek).trimEnd();
      if (voor.trim() === '') {
        // `//=> waarde` op een eigen regel: de opdracht erboven.
        const vorige = uit.length > blok.regel ? zonderCommentaar(uit[uit.length - 1]) : '';
        if (vorige.trim() === '' || vorige.trim().startsWith('//')) throw new BlokFout(nummer, `'//=>' op een eigen regel zonder opdracht erboven`);
        uit.pop();
        delen.push(vorige);
      } else delen.push(voor);
      while (uit.length > blok.regel) {
        const vorige = zonderCommentaar(uit[uit.length - 1]).trim();
        if (vorige === '' || vorige === '}' || vorige.endsWith(';') || (vorige.endsWith('{') && !vorige.endsWith('({'))) break;
        delen.unshift(uit.pop());
      }
      const laatste = delen.length - 1;
      delen[laatste] = delen[laatste].replace(/;\s*$/, '');
      delen[0] = delen[0].replace(/^(\s*)/, `$1__gelijk(${nummer}, `);
      if (voor.trim() === '') delen.push(`, (${waarde}));`);
      else delen[laatste] += `, (${waarde}));`;
      uit.push(...delen);
      beweringen.push(nummer);
      continue;
    }
    const uitvoer = [];
    for (let volgende = index + 1; volgende < code.length && /^\s*\/\/(?!=>)( |$)/.test(code[volgende]); volgende++) uitvoer.push(code[volgende].replace(/^\s*\/\/ ?/, ''));
    if (uitvoer.length > 0 && zonderCommentaar(regel).includes('console.log(')) {
      uit.push(regel.replace('console.log(', `__uitvoer(${nummer}, ${JSON.stringify(uitvoer)}, `));
      beweringen.push(nummer);
      continue;
    }
    uit.push(regel);
  }
  uit[0] = `__verwacht(${JSON.stringify(beweringen)});`;
  return { bron: uit.join('\n'), beweringen };
}

class BlokFout extends Error {
  constructor(regel, melding) {
    super(melding);
    this.regel = regel;
  }
}

/** De ruwe code van een blok, met lege regels ervoor zodat regelnummers die van de README zijn. */
const opRegel = (blok, code) => `${'\n'.repeat(blok.regel)}${code}\nexport {};\n`;

/** Het blok zoals een CommonJS-gebruiker het schrijft (zie boven). */
const alsCommonJs = (code) =>
  code.replaceAll('createRequire(import.meta.url)', 'require').replace(/(\bfrom\s*(['"])[^'"]+\2)\s*(with|assert)\s*\{[^}]*\}/g, '$1');

/** Wat een blok alleen in ESM kan: `import.meta`, top-level await; en of het importattributen heeft. */
function esmKenmerken(code) {
  const bron = ts.createSourceFile('blok.ts', code, ts.ScriptTarget.ES2022, true);
  const kenmerken = new Set();
  let importeertPakket = false;
  const bezoek = (knoop, inFunctie) => {
    if (ts.isMetaProperty(knoop) && knoop.keywordToken === ts.SyntaxKind.ImportKeyword) kenmerken.add('import.meta');
    if (!inFunctie && (ts.isAwaitExpression(knoop) || (ts.isForOfStatement(knoop) && knoop.awaitModifier))) kenmerken.add('top-level await');
    if (ts.isImportDeclaration(knoop)) {
      if (knoop.attributes) kenmerken.add('importattributen');
      if (ts.isStringLiteral(knoop.moduleSpecifier) && knoop.moduleSpecifier.text === pakket.name) importeertPakket = true;
    }
    const functie = inFunctie || ts.isFunctionLike(knoop) || ts.isClassStaticBlockDeclaration(knoop);
    ts.forEachChild(knoop, (kind) => bezoek(kind, functie));
  };
  bezoek(bron, false);
  const syntaxfouten = bron.parseDiagnostics.map((diagnose) => ({ regel: bron.getLineAndCharacterOfPosition(diagnose.start).line + 1, melding: ts.flattenDiagnosticMessageText(diagnose.messageText, '\n') }));
  return { kenmerken, importeertPakket, syntaxfouten };
}

/** Zet (TypeScript-)code om naar JavaScript, met een source map die naar de README wijst. */
function naarJavaScript(bron, cjs) {
  const { outputText, sourceMapText } = ts.transpileModule(bron, {
    fileName: 'blok.ts',
    compilerOptions: { module: cjs ? ts.ModuleKind.CommonJS : ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, esModuleInterop: true, sourceMap: true },
  });
  const kaart = { ...JSON.parse(sourceMapText), sources: [readmePad], sourceRoot: '' };
  return `${outputText.replace(/\/\/# sourceMappingURL=.*$/m, '')}\n//# sourceMappingURL=data:application/json;base64,${Buffer.from(JSON.stringify(kaart)).toString('base64')}\n`;
}

// ---------------------------------------------------------------------------------------------
// De loper: voert de blokken van één soort na elkaar uit in één node-proces (het pakket laden kost
// het meeste; één proces per blok zou dat twintig keer doen) en schrijft de fouten als JSON.
//   node --enable-source-maps _loper.mjs <esm|cjs> <uitslag.json> <readme-pad> <readme-naam> <regel>=<bestand>=<importeert-pakket>…

const LOPER = String.raw`import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format, inspect } from 'node:util';

const [soort, uitslag, readmePad, readme, ...blokken] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const fouten = [];
let huidig = { regel: '-', verwacht: [], gedaan: new Set() };
const mislukt = (regel, tekst) => fouten.push({ regel, tekst });
const vorm = (waarde) => inspect(waarde, { depth: 8, breakLength: Infinity });
const json = (waarde) => (waarde === undefined ? undefined : JSON.parse(JSON.stringify(waarde)));
const patroon = (tekst) => new RegExp('^' + tekst.split('…').map((deel) => deel.replace(/[-.*+?^$(){}|[\]\\\/]/g, '\\$&')).join('[\\s\\S]*') + '$');
/** Of een werkelijke waarde past bij de verwachte; een string met … in de verwachting is een patroon. */
function past(werkelijk, verwacht) {
  if (typeof verwacht === 'string' && verwacht.includes('…')) return typeof werkelijk === 'string' && patroon(verwacht).test(werkelijk);
  if (Array.isArray(verwacht)) return Array.isArray(werkelijk) && werkelijk.length === verwacht.length && verwacht.every((element, index) => past(werkelijk[index], element));
  if (verwacht !== null && typeof verwacht === 'object') {
    if (werkelijk === null || typeof werkelijk !== 'object' || Array.isArray(werkelijk)) return false;
    const sleutels = Object.keys(verwacht);
    return sleutels.length === Object.keys(werkelijk).length && sleutels.every((sleutel) => Object.hasOwn(werkelijk, sleutel) && past(werkelijk[sleutel], verwacht[sleutel]));
  }
  return Object.is(werkelijk, verwacht);
}
/** Een stacktrace met alleen de regels die naar de README wijzen. */
const spoor = (fout) => {
  const tekst = fout instanceof Error && fout.stack ? fout.stack : String(fout);
  const regels = tekst.split('\n');
  const eerste = regels.findIndex((regel) => /^\s+at /.test(regel));
  if (eerste < 0) return tekst;
  return [...regels.slice(0, eerste), ...regels.slice(eerste).filter((regel) => regel.includes(readmePad)).map((regel) => regel.replace(readmePad, readme))].join('\n');
};
globalThis.__verwacht = (regels) => { huidig.verwacht = regels; };
globalThis.__gelijk = (regel, werkelijk, verwachting) => {
  huidig.gedaan.add(regel);
  const [w, v] = [json(werkelijk), json(verwachting)];
  if (!past(w, v)) mislukt(regel, 'de uitkomst is\n    ' + vorm(w) + '\n  maar de README zegt\n    ' + vorm(v));
};
globalThis.__uitvoer = (regel, regels, ...waarden) => {
  huidig.gedaan.add(regel);
  const werkelijk = format(...waarden).split('\n');
  if (werkelijk.length !== regels.length || regels.some((tekst, index) => !patroon(tekst).test(werkelijk[index])))
    mislukt(regel, 'console.log schrijft\n    ' + werkelijk.join('\n    ') + '\n  maar de README zegt\n    ' + regels.join('\n    '));
};
process.on('uncaughtException', (fout) => mislukt(huidig.regel, 'het blok faalt: ' + spoor(fout)));
process.on('unhandledRejection', (fout) => mislukt(huidig.regel, 'het blok faalt: ' + spoor(fout)));
// Het aantal afgeronde blokken gaat mee: een blok dat het proces laat stoppen (process.exit, een
// await die nooit afloopt) zou anders de blokken erna stilletjes overslaan.
let afgerond = 0;
process.on('exit', () => writeFileSync(uitslag, JSON.stringify({ fouten, afgerond })));

let pakketGebruikt = false;
for (const blok of blokken) {
  const [regel, bestand, pakket] = blok.split('=');
  huidig = { regel, verwacht: [], gedaan: new Set() };
  pakketGebruikt ||= pakket === '1';
  try {
    if (soort === 'cjs') require(resolve(bestand));
    else await import(pathToFileURL(resolve(bestand)).href);
  } catch (fout) {
    mislukt(regel, 'het blok faalt: ' + spoor(fout));
    continue;
  }
  for (const bewering of huidig.verwacht) if (!huidig.gedaan.has(bewering)) mislukt(bewering, 'deze bewering is nooit uitgevoerd');
  afgerond++;
}
const cjsGeladen = Object.keys(require.cache).some((pad) => pad.endsWith('/node_modules/opvangregels/dist/index.cjs'));
if (soort === 'cjs' && pakketGebruikt && !cjsGeladen) mislukt('-', "require('opvangregels') laadde dist/index.cjs niet");
if (soort === 'esm' && cjsGeladen) mislukt('-', 'import laadde dist/index.cjs in plaats van dist/index.js');
`;

// ---------------------------------------------------------------------------------------------
// Processen.

/** Voert een opdracht uit; geeft { code, stdout, stderr } (gooit niet). */
function draai(opdracht, args, { cwd, env, invoer } = {}) {
  return new Promise((klaar) => {
    const kind = spawn(opdracht, args, { cwd, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout = [];
    const stderr = [];
    kind.stdout.on('data', (stuk) => stdout.push(stuk));
    kind.stderr.on('data', (stuk) => stderr.push(stuk));
    kind.on('error', (fout) => klaar({ code: -1, stdout: '', stderr: String(fout) }));
    kind.on('close', (code, signaal) => klaar({ code: code ?? signaal, stdout: Buffer.concat(stdout).toString(), stderr: Buffer.concat(stderr).toString() }));
    kind.stdin.on('error', () => {});
    kind.stdin.end(invoer ?? '');
  });
}

/** De eerste regels van een foutuitvoer, ingesprongen. */
const kort = (tekst, aantal = 8) => {
  const regels = tekst.trim().split('\n');
  return [...regels.slice(0, aantal), ...(regels.length > aantal ? [`… (${regels.length - aantal} regels meer)`] : [])].join('\n  ');
};

/** Voert taken uit met hoogstens `breedte` tegelijk. */
async function parallel(taken, breedte) {
  const uitslagen = [];
  let volgende = 0;
  await Promise.all(Array.from({ length: Math.min(breedte, taken.length) }, async () => {
    while (volgende < taken.length) {
      const index = volgende++;
      uitslagen[index] = await taken[index]();
    }
  }));
  return uitslagen;
}

// ---------------------------------------------------------------------------------------------
// Het pakket.

/** De jongste wijzigingstijd onder een map. */
function jongste(map) {
  let tijd = 0;
  for (const naam of readdirSync(map, { withFileTypes: true })) {
    const pad = join(map, naam.name);
    tijd = Math.max(tijd, naam.isDirectory() ? jongste(pad) : statSync(pad).mtimeMs);
  }
  return tijd;
}

async function kiesTarball(map) {
  if (argumenten.tarball) return { pad: resolve(argumenten.tarball), herkomst: argumenten.tarball };
  const vanTestPakket = join(wortel, 'opvangregels-pakket.tgz');
  const dist = join(wortel, 'dist');
  if (!existsSync(join(dist, 'index.js'))) throw new Error('dist/ ontbreekt: bouw eerst (npx tsup)');
  if (existsSync(vanTestPakket) && statSync(vanTestPakket).mtimeMs >= jongste(dist)) return { pad: vanTestPakket, herkomst: 'opvangregels-pakket.tgz' };
  const { stdout } = await promisify(execFile)('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', map], { cwd: wortel, encoding: 'utf8' });
  const naam = stdout.trim().split('\n').pop();
  return { pad: join(map, naam), herkomst: `npm pack (${naam})` };
}

// ---------------------------------------------------------------------------------------------

const map = mkdtempSync(join(tmpdir(), 'opvangregels-consument-'));
try {
  const tarball = await kiesTarball(map);
  const modules = join(map, 'node_modules');
  const doel = join(modules, 'opvangregels');
  mkdirSync(doel, { recursive: true });
  await promisify(execFile)('tar', ['-xzf', tarball.pad, '-C', doel, '--strip-components=1']);
  const geinstalleerd = JSON.parse(readFileSync(join(doel, 'package.json'), 'utf8'));
  // Alleen wat een gebruiker ook heeft: de afhankelijkheden en peers van het pakket (en de typen van node).
  for (const naam of [...Object.keys(geinstalleerd.dependencies ?? {}), ...Object.keys(geinstalleerd.peerDependencies ?? {}), '@types/node']) {
    mkdirSync(dirname(join(modules, naam)), { recursive: true });
    symlinkSync(join(wortel, 'node_modules', naam), join(modules, naam), 'dir');
  }
  // De bin zoals npm hem linkt: node_modules/.bin/<naam> → het doel, dat uitvoerbaar wordt.
  const bins = typeof geinstalleerd.bin === 'string' ? { [geinstalleerd.name]: geinstalleerd.bin } : (geinstalleerd.bin ?? {});
  mkdirSync(join(modules, '.bin'));
  for (const [naam, pad] of Object.entries(bins)) {
    if (!existsSync(join(doel, pad))) {
      fout('-', 'bin', `package.json: bin ${naam} wijst naar ${pad}, dat niet in het pakket zit`);
      continue;
    }
    chmodSync(join(doel, pad), 0o755);
    symlinkSync(relative(join(modules, '.bin'), join(doel, pad)), join(modules, '.bin', naam));
  }
  if (!bins[pakket.name]) fout('-', 'bin', `package.json heeft geen bin ${pakket.name}`);
  writeFileSync(join(map, '_loper.mjs'), LOPER);

  const projecten = {
    esm: { type: 'module' },
    cjs: { type: 'commonjs' },
    'ts-node16': { type: 'module', compilerOptions: { module: 'node16', moduleResolution: 'node16' }, include: ['*.mts', '*.cts'] },
    'ts-bundler': { type: 'module', compilerOptions: { module: 'esnext', moduleResolution: 'bundler', verbatimModuleSyntax: true, isolatedModules: true }, include: ['*.ts'] },
  };
  for (const [naam, project] of Object.entries(projecten)) {
    mkdirSync(join(map, naam));
    writeFileSync(join(map, naam, 'package.json'), JSON.stringify({ name: `consument-${naam}`, private: true, type: project.type }));
    if (project.compilerOptions) {
      // skipDefaultLibCheck: de lib-bestanden van TypeScript zelf niet; alle .d.ts van pakketten wel.
      // skipLibCheck: false controleert ook de .d.ts van zod en @types/node, en dat is het meeste
      // werk. incremental bewaart die uitslag (per bestand, op inhoud) tussen twee runs: zie TS_CACHE.
      const compilerOptions = { strict: true, target: 'es2022', resolveJsonModule: true, noEmit: true, skipLibCheck: false, skipDefaultLibCheck: true, types: ['node'], incremental: true, tsBuildInfoFile: './tsconfig.tsbuildinfo', explainFiles: true, ...project.compilerOptions };
      writeFileSync(join(map, naam, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: project.include }, null, 2));
    }
  }

  const readme = readFileSync(readmePad, 'utf8');
  const alle = leesBlokken(readme);
  const teller = { js: 0, afgemeld: [], shZonder: 0, shAfgemeld: [], cjsZonder: [], node16Zonder: [], esm: 0, cjs: 0, mts: 0, cts: 0, ts: 0, beweringen: 0, cjsBeweringen: 0, cjsOmgezet: [], pakketIn: { mts: 0, cts: 0, ts: 0 } };
  const taken = [];
  const lopers = { esm: [], cjs: [] };
  const shBlokken = [];

  for (const blok of alle) {
    const afgemeld = afmelding(blok);
    const reden = afgemeld?.reden;
    const code = blok.regel + 1;
    if (reden === '') {
      fout(afgemeld.regel, 'markering', '<!-- geen-pakkettest --> zonder reden; schrijf <!-- geen-pakkettest: waarom het blok niet kan draaien -->');
      continue;
    }
    if (SH_TALEN.has(blok.taal)) {
      if (!BIN_AANROEP.test(blok.code)) teller.shZonder++;
      else if (reden !== undefined) teller.shAfgemeld.push({ regel: code, reden });
      else shBlokken.push(blok);
      continue;
    }
    if (/^(javascript|typescript|[mc]?[jt]sx?)$/.test(blok.taal) && !JS_TALEN.has(blok.taal)) {
      fout(blok.regel, 'blok', `\`\`\`${blok.taal} kan niet gecontroleerd worden; schrijf \`\`\`js of \`\`\`ts, of markeer het met <!-- geen-pakkettest: reden -->`);
      continue;
    }
    if (!JS_TALEN.has(blok.taal)) continue;
    teller.js++;
    if (reden !== undefined) {
      teller.afgemeld.push({ regel: code, reden });
      continue;
    }
    const { kenmerken, importeertPakket, syntaxfouten } = esmKenmerken(blok.code);
    if (syntaxfouten.length > 0) {
      for (const syntaxfout of syntaxfouten) fout(blok.regel + syntaxfout.regel, 'blok', syntaxfout.melding);
      continue;
    }
    let uitvoerbaar;
    try {
      uitvoerbaar = metBeweringen(blok);
    } catch (probleem) {
      if (!(probleem instanceof BlokFout)) throw probleem;
      fout(probleem.regel, 'blok', probleem.message);
      continue;
    }
    const bestand = `blok-${code}`;
    // ESM: elk blok.
    writeFileSync(join(map, 'esm', `${bestand}.mjs`), naarJavaScript(uitvoerbaar.bron, false));
    lopers.esm.push(`${code}=esm/${bestand}.mjs=${importeertPakket ? 1 : 0}`);
    teller.esm++;
    // CJS: het blok zoals een CJS-gebruiker het schrijft, als het zonder ESM-only kan.
    const cjsKenmerken = esmKenmerken(alsCommonJs(blok.code)).kenmerken;
    const alleenEsm = ['import.meta', 'top-level await'].filter((kenmerk) => cjsKenmerken.has(kenmerk));
    if (alleenEsm.length > 0) teller.cjsZonder.push({ regel: code, reden: alleenEsm.join(', ') });
    else {
      writeFileSync(join(map, 'cjs', `${bestand}.cjs`), naarJavaScript(alsCommonJs(uitvoerbaar.bron), true));
      lopers.cjs.push(`${code}=cjs/${bestand}.cjs=${importeertPakket ? 1 : 0}`);
      writeFileSync(join(map, 'ts-node16', `${bestand}.cts`), opRegel(blok, alsCommonJs(blok.code)));
      teller.cjs++;
      teller.cts++;
      teller.cjsBeweringen += uitvoerbaar.beweringen.length;
      if (blok.code.includes('createRequire(import.meta.url)')) teller.cjsOmgezet.push({ regel: code, reden: 'createRequire(import.meta.url) → require' });
      if (kenmerken.has('importattributen')) teller.cjsOmgezet.push({ regel: code, reden: "zonder with { type: 'json' }" });
      if (importeertPakket) teller.pakketIn.cts++;
    }
    // TypeScript: de ruwe code zoals de lezer hem kopieert.
    if (kenmerken.has('importattributen')) teller.node16Zonder.push({ regel: code, reden: 'importattributen' });
    else {
      writeFileSync(join(map, 'ts-node16', `${bestand}.mts`), opRegel(blok, blok.code));
      teller.mts++;
      if (importeertPakket) teller.pakketIn.mts++;
    }
    writeFileSync(join(map, 'ts-bundler', `${bestand}.ts`), opRegel(blok, blok.code));
    teller.ts++;
    if (importeertPakket) teller.pakketIn.ts++;
    teller.beweringen += uitvoerbaar.beweringen.length;
  }

  // De bin: vaste controles en de sh-blokken.
  const binMap = join(map, 'bin');
  mkdirSync(binMap);
  const binEnv = { PATH: [join(modules, '.bin'), dirname(process.execPath), process.env.PATH].join(':') };
  const bin = join(modules, '.bin', pakket.name);
  const binTaken = [
    { naam: '--version', args: ['--version'], controle: (uit) => uit.stdout.trim() === geinstalleerd.version || `gaf '${uit.stdout.trim()}', package.json zegt ${geinstalleerd.version}` },
    { naam: '--help', args: ['--help'], controle: (uit) => uit.stdout.includes('opvangregels beoordeel') || 'de hulp noemt `opvangregels beoordeel` niet' },
    ...[[], ['--json']].map((extra) => ({
      naam: ['beoordeel herkomst -', ...extra].join(' '),
      args: ['beoordeel', 'herkomst', '-', ...extra],
      invoer: JSON.stringify({ gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum: '2024-05-01' }),
      controle: (uit) => /binnen-regio|binnen de regio/.test(uit.stdout) || 'de uitvoer noemt binnen-regio niet',
    })),
  ];
  for (const [soort, blokken] of Object.entries(lopers)) if (blokken.length > 0) taken.push({ soort: soort.toUpperCase(), loper: soort, blokken });
  for (const taak of binTaken) taken.push({ soort: 'bin', regel: '-', bin: taak });
  let shRegels = 0;
  for (const blok of shBlokken) {
    for (const markering of blok.markeringen) {
      const bestanden = /^<!--\s*pakkettest-bestanden:(.*)-->$/.exec(markering.tekst);
      if (!bestanden) continue;
      for (const paar of bestanden[1].trim().split(/\s+/)) {
        const [naam, pad] = paar.split('=');
        if (!pad || !existsSync(join(wortel, pad))) fout(markering.regel, 'bin', `pakkettest-bestanden: ${paar} wijst niet naar een bestand in de repo`);
        else copyFileSync(join(wortel, pad), join(binMap, basename(naam)));
      }
    }
    // Eén opdracht per regel (een regel die op \ eindigt loopt door); npx niet, de bin is al geïnstalleerd.
    let opdracht = null;
    for (const [index, regel] of blok.code.split('\n').entries()) {
      opdracht = opdracht ? { ...opdracht, tekst: `${opdracht.tekst} ${regel}` } : { regel: blok.regel + 1 + index, tekst: regel };
      if (regel.endsWith('\\')) {
        opdracht.tekst = opdracht.tekst.slice(0, -1);
        continue;
      }
      if (opdracht.tekst.trim() !== '' && !opdracht.tekst.trim().startsWith('#')) {
        shRegels++;
        taken.push({ soort: 'bin', regel: opdracht.regel, sh: opdracht.tekst.replace(/\bnpx\s+opvangregels\b/g, 'opvangregels') });
      }
      opdracht = null;
    }
  }

  // TypeScript: één tsc voor beide configuraties (tsc -b leest elk bestand één keer), naast de rest.
  const configuraties = { 'ts-node16': 'TS node16', 'ts-bundler': 'TS bundler' };
  for (const naam of Object.keys(configuraties)) {
    const buildinfo = join(map, naam, 'tsconfig.tsbuildinfo');
    const bewaard = join(TS_CACHE, `${naam}.tsbuildinfo`);
    if (!existsSync(bewaard)) continue;
    copyFileSync(bewaard, buildinfo);
    // Ouder dan elk bestand, zodat tsc -b het project nooit "up to date" vindt en overslaat: het
    // bouwt altijd, en gebruikt de buildinfo alleen om ongewijzigde bestanden niet opnieuw te controleren.
    utimesSync(buildinfo, 0, 0);
  }
  // Een gids met alleen sh-blokken (docs/cli.md) heeft niets om te typechecken; tsc zou dan "No inputs" melden.
  const zonderTypeScript = teller.ts + teller.mts + teller.cts === 0;
  const typecheck = zonderTypeScript ? Promise.resolve() : draai(process.execPath, [tsc, '-b', '--verbose', '--pretty', 'false', ...Object.keys(configuraties)], { cwd: map }).then((uit) => {
    for (const naam of Object.keys(configuraties)) {
      const buildinfo = join(map, naam, 'tsconfig.tsbuildinfo');
      if (!existsSync(buildinfo)) continue;
      mkdirSync(TS_CACHE, { recursive: true });
      const bewaard = join(TS_CACHE, `${naam}.tsbuildinfo`);
      copyFileSync(buildinfo, `${bewaard}.${process.pid}`);
      renameSync(`${bewaard}.${process.pid}`, bewaard);
    }
    // Per project: na "… - Building project '<map>/<project>/tsconfig.json'..." de meldingen
    // (`bestand(r,k): error TS…`, met ingesprongen vervolgregels) en dan per bestand waarom het
    // erin zit (explainFiles), bv. "  Imported via 'opvangregels' from file 'ts-node16/blok-52.mts' …".
    const secties = {};
    let sectie = null;
    for (const regel of uit.stdout.split('\n')) {
      const verslag = /^\S.* - (Projects in this build:|Project '|Building project '(.*)\/tsconfig\.json'|Skipping build|Updating )/.exec(regel);
      if (verslag) sectie = verslag[2] ? (secties[basename(verslag[2])] = []) : null;
      else if (sectie) sectie.push(regel);
    }
    for (const [naam, soort] of Object.entries(configuraties)) {
      const regels = secties[naam];
      if (!regels) {
        fout('-', soort, `tsc -b bouwde ${naam} niet (exitcode ${uit.code})\n  ${kort(uit.stdout + uit.stderr)}`);
        continue;
      }
      const lijst = regels.findIndex((regel) => /^\S/.test(regel) && !/^(.*\(\d+,\d+\): )?error TS\d+:/.test(regel));
      const meldingen = (lijst < 0 ? regels : regels.slice(0, lijst)).join('\n').trim();
      for (const melding of meldingen === '' ? [] : meldingen.split(/\n(?=\S)/)) {
        const plek = /^ts-[a-z0-9]+\/blok-\d+\.([mc]?ts)\((\d+),(\d+)\): (.*)$/s.exec(melding);
        if (plek) fout(`${plek[2]}:${plek[3]}`, `${soort}, .${plek[1]}`, plek[4]);
        else fout('-', soort, melding);
      }
      // Welke typen elk blok krijgt voor `from 'opvangregels'`: import → dist/index.d.ts, require → dist/index.d.cts.
      const gekregen = { 'dist/index.d.ts': [], 'dist/index.d.cts': [] };
      let bestand = '';
      for (const regel of lijst < 0 ? [] : regels.slice(lijst)) {
        if (/^\S/.test(regel)) bestand = relative(doel, resolve(map, regel));
        const importeur = new RegExp(`^\\s+Imported via '${pakket.name}' from file '${naam}/(blok-\\d+\\.[mc]?ts)'`).exec(regel);
        if (importeur) (gekregen[bestand] ??= []).push(importeur[1]);
      }
      for (const [typen, importeurs] of Object.entries(gekregen)) {
        const verkeerd = importeurs.filter((importeur) => importeur.endsWith('.cts') !== typen.endsWith('.d.cts'));
        if (verkeerd.length > 0 || !['dist/index.d.ts', 'dist/index.d.cts'].includes(typen)) fout('-', soort, `${(verkeerd.length > 0 ? verkeerd : importeurs).join(', ')} krijgen hun typen uit ${typen}`);
      }
      const verwacht = naam === 'ts-node16' ? { 'dist/index.d.ts': teller.pakketIn.mts, 'dist/index.d.cts': teller.pakketIn.cts } : { 'dist/index.d.ts': teller.pakketIn.ts, 'dist/index.d.cts': 0 };
      for (const [typen, aantal] of Object.entries(verwacht))
        if (gekregen[typen].length !== aantal) fout('-', soort, `${aantal} blokken importeren '${pakket.name}' met typen uit ${typen}, maar tsc laadt die voor ${gekregen[typen].length}`);
    }
    if (uit.code !== 0 && !fouten.some((item) => Object.values(configuraties).some((soort) => item.soort.startsWith(soort)))) fout('-', 'TS', `tsc eindigde met ${uit.code}\n  ${kort(uit.stdout + uit.stderr)}`);
  });

  await parallel(
    taken.map((taak) => async () => {
      if (taak.bin) {
        const uit = await draai(bin, taak.bin.args, { cwd: binMap, env: binEnv, invoer: taak.bin.invoer });
        const oordeel = uit.code === 0 ? taak.bin.controle(uit) : `exitcode ${uit.code}\n  ${kort(uit.stderr)}`;
        if (oordeel !== true) fout('-', 'bin', `opvangregels ${taak.bin.naam}: ${oordeel}`);
        return;
      }
      if (taak.sh) {
        // pipefail: een falende opvangregels vóór een `| …` valt niet weg achter de laatste opdracht.
        const uit = await draai('bash', ['-o', 'pipefail', '-c', taak.sh], { cwd: binMap, env: binEnv });
        if (uit.code !== 0) fout(taak.regel, 'bin', `${taak.sh.trim()}\n  exitcode ${uit.code}\n  ${kort(uit.stderr)}`);
        else if (uit.stdout.trim() === '') fout(taak.regel, 'bin', `${taak.sh.trim()}\n  schreef niets op stdout`);
        return;
      }
      const uitslag = join(map, `uitslag-${taak.loper}.json`);
      const uit = await draai(process.execPath, ['--enable-source-maps', '_loper.mjs', taak.loper, uitslag, readmePad, readmeNaam, ...taak.blokken], { cwd: map });
      if (!existsSync(uitslag)) return fout('-', taak.soort, `de loper faalde (exitcode ${uit.code}):\n${uit.stderr.trim()}`);
      const { fouten: gevonden, afgerond } = JSON.parse(readFileSync(uitslag, 'utf8'));
      for (const { regel, tekst } of gevonden) fout(regel, taak.soort, tekst);
      if (uit.code !== 0 || afgerond !== taak.blokken.length) {
        fout('-', taak.soort, `de loper stopte met exitcode ${uit.code} na ${afgerond} van de ${taak.blokken.length} blokken:\n${uit.stderr.trim()}`);
      }
    }),
    Math.max(2, availableParallelism()),
  );
  await typecheck;

  /** `README.md:486 en README.md:572 (importattributen)`, per reden. */
  const lijst = (items) => {
    const perReden = new Map();
    for (const item of items) perReden.set(item.reden, [...(perReden.get(item.reden) ?? []), item]);
    return [...perReden].map(([reden, groep]) => `${groep.map((item) => `${readmeNaam}:${item.regel}`).join(', ')}: ${reden}`).join('; ');
  };
  const tijd = ((performance.now() - begonnen) / 1000).toFixed(1);
  const samenvatting = [
    `README  ${teller.js} js/ts-blokken, ${teller.js - teller.afgemeld.length} gecontroleerd${teller.afgemeld.length ? ` (afgemeld: ${lijst(teller.afgemeld)})` : ''}; ${shBlokken.length} sh-blok(ken) met opvangregels${teller.shAfgemeld.length ? ` (afgemeld: ${lijst(teller.shAfgemeld)})` : ''}; ${teller.shZonder} sh-blokken over de repo, niet uitgevoerd`,
    `ESM     ${teller.esm} blokken uitgevoerd, ${teller.beweringen} beweringen`,
    `CJS     ${teller.cjs} blokken uitgevoerd, ${teller.cjsBeweringen} beweringen${teller.cjsOmgezet.length ? ` (als CJS geschreven: ${lijst(teller.cjsOmgezet)})` : ''}${teller.cjsZonder.length ? ` (alleen ESM, niet als CJS: ${lijst(teller.cjsZonder)})` : ''}; require('${pakket.name}') laadt dist/index.cjs`,
    `TS node16  ${teller.mts} .mts en ${teller.cts} .cts getypecheckt${teller.node16Zonder.length ? ` (niet als .mts: ${lijst(teller.node16Zonder)}, die TypeScript bij module node16 niet toestaat)` : ''}; typen uit dist/index.d.ts en dist/index.d.cts`,
    `TS bundler ${teller.ts} .ts getypecheckt; typen uit dist/index.d.ts`,
    `bin     --version, --help, herkomst via stdin (tekst en --json), ${shRegels} regels uit ${shBlokken.length} sh-blok(ken)`,
  ];
  if (fouten.length > 0) {
    const volgorde = (item) => Number.parseInt(item.regel, 10) || Number.POSITIVE_INFINITY;
    fouten.sort((a, b) => volgorde(a) - volgorde(b));
    const tekst = fouten.map((item) => `${item.regel === '-' ? '' : `${readmeNaam}:${item.regel} `}[${item.soort}]: ${item.tekst}`).join('\n\n');
    console.error(`${tekst}\n\n${fouten.length} fout(en) tegen het gepakte pakket (${tarball.herkomst}, ${tijd} s).`);
    process.exitCode = 1;
  } else console.log(`${samenvatting.map((regel) => `ok  ${regel}`).join('\n')}\npakket: ${tarball.herkomst}; ${tijd} s`);
} catch (probleem) {
  console.error(`controleer-consument: ${probleem instanceof Error ? probleem.message : probleem}`);
  process.exitCode = 1;
} finally {
  if (argumenten.bewaar) console.error(`tijdelijke map: ${map}`);
  else rmSync(map, { recursive: true, force: true });
}
