// Draait de README-blokken die met `<!-- pakkettest -->` gemarkeerd zijn tegen het gepakte
// pakket, zoals een gebruiker het installeert: `npm pack`, uitgepakt in een lege map als
// node_modules/opvangregels, met alleen de runtime-afhankelijkheden ernaast. (Zonder prepack:
// `npm run test:pakket` bouwt vlak ervoor.) Elk blok wordt
// getypecheckt (TypeScript, module nodenext) en uitgevoerd met node; een regel
// `uitdrukking; //=> waarde` is een bewering. Draait in `npm run test:pakket`, na tsup.
//
//   node scripts/controleer-readme.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const wortel = resolve(dirname(new URL(import.meta.url).pathname), '..');
const pakket = JSON.parse(readFileSync(join(wortel, 'package.json'), 'utf8'));
const MARKERING = '<!-- pakkettest -->';

/** De blokken na een markering, met hun regelnummer in de README. */
function blokken(tekst) {
  const regels = tekst.split('\n');
  const gevonden = [];
  for (let index = 0; index < regels.length; index++) {
    if (regels[index].trim() !== MARKERING) continue;
    const begin = index + 1;
    if (!/^```(js|ts)$/.test(regels[begin] ?? '')) throw new Error(`README.md:${begin + 1}: na ${MARKERING} hoort een \`\`\`js-blok`);
    const einde = regels.indexOf('```', begin + 1);
    gevonden.push({ regel: begin + 1, code: regels.slice(begin + 1, einde).join('\n') });
    index = einde;
  }
  return gevonden;
}

/**
 * Maakt van `uitdrukking; //=> waarde` een bewering. Een uitdrukking over meer regels begint na
 * de vorige regel die op `;` eindigt (of na een lege regel of commentaar).
 */
function metBeweringen(code) {
  const uit = ["import { deepStrictEqual as __gelijk } from 'node:assert/strict';", 'const __json = (waarde) => JSON.parse(JSON.stringify(waarde));'];
  const begin = uit.length;
  for (const regel of code.split('\n')) {
    const plek = regel.indexOf('//=>');
    if (plek < 0) {
      uit.push(regel);
      continue;
    }
    const delen = [regel.slice(0, plek)];
    while (uit.length > begin) {
      const vorige = uit[uit.length - 1].trim().replace(/;\s*\/\/.*$/, ';');
      if (vorige === '' || vorige.endsWith(';') || vorige.startsWith('//') || vorige.endsWith('{') && !vorige.endsWith('({')) break;
      delen.unshift(uit.pop());
    }
    const uitdrukking = delen.join('\n').trim().replace(/;$/, '');
    uit.push(`__gelijk(__json(${uitdrukking}), __json(${regel.slice(plek + 4).trim()}));`);
  }
  return uit.join('\n');
}

const map = mkdtempSync(join(tmpdir(), 'opvangregels-readme-'));
try {
  const tarball = execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', map], { cwd: wortel, encoding: 'utf8' }).trim().split('\n').pop();
  const doel = join(map, 'node_modules', 'opvangregels');
  mkdirSync(doel, { recursive: true });
  execFileSync('tar', ['-xzf', join(map, tarball), '-C', doel, '--strip-components=1']);
  // Alleen wat een gebruiker ook heeft: de afhankelijkheden en peers van het pakket (en de typen van node).
  for (const naam of [...Object.keys(pakket.dependencies ?? {}), ...Object.keys(pakket.peerDependencies ?? {}), '@types/node']) {
    mkdirSync(dirname(join(map, 'node_modules', naam)), { recursive: true });
    symlinkSync(join(wortel, 'node_modules', naam), join(map, 'node_modules', naam), 'dir');
  }
  writeFileSync(join(map, 'package.json'), JSON.stringify({ name: 'readme-gebruiker', private: true, type: 'module' }));
  writeFileSync(
    join(map, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', resolveJsonModule: true, noEmit: true, skipLibCheck: false, types: ['node'] }, include: ['*.mts'] }),
  );
  const gevonden = blokken(readFileSync(join(wortel, 'README.md'), 'utf8'));
  if (gevonden.length === 0) throw new Error(`README.md heeft geen blok met ${MARKERING}`);
  for (const [nummer, blok] of gevonden.entries()) {
    writeFileSync(join(map, `blok-${nummer}.mts`), `${blok.code}\nexport {};\n`);
    writeFileSync(join(map, `blok-${nummer}.mjs`), metBeweringen(blok.code));
  }
  const fouten = [];
  try {
    execFileSync(process.execPath, [join(wortel, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', map], { cwd: map, encoding: 'utf8' });
  } catch (fout) {
    fouten.push(`typecheck van de README-blokken (module nodenext):\n${fout.stdout}`);
  }
  for (const [nummer, blok] of gevonden.entries()) {
    try {
      execFileSync(process.execPath, [join(map, `blok-${nummer}.mjs`)], { cwd: map, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (fout) {
      fouten.push(`README.md:${blok.regel}: het blok faalt tegen het gepakte pakket:\n${fout.stderr}`);
    }
  }
  if (fouten.length > 0) {
    console.error(fouten.join('\n'));
    process.exitCode = 1;
  } else {
    console.log(`README: ${gevonden.length} blokken getypecheckt en uitgevoerd tegen ${tarball}`);
  }
} finally {
  rmSync(map, { recursive: true, force: true });
}
