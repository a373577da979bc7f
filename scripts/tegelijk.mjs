// Draait een paar npm-scripts tegelijk, elk met zijn eigen uitvoer in één blok (pas als het klaar
// is, zodat de regels niet door elkaar lopen), en faalt als er één faalt. Voor `npm test`: twee
// controles van één core elk (tsc en typedoc) naast elkaar op een machine met twee cores.
//
//   node scripts/tegelijk.mjs typecheck test:apidocs
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
const uitslagen = await Promise.all(
  scripts.map(
    (script) =>
      new Promise((klaar) => {
        const begin = performance.now();
        const proces = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
        const delen = [];
        proces.stdout.on('data', (deel) => delen.push(deel));
        proces.stderr.on('data', (deel) => delen.push(deel));
        proces.on('error', (fout) => klaar({ script, code: 1, uitvoer: String(fout), seconden: 0 }));
        proces.on('close', (code) => klaar({ script, code: code ?? 1, uitvoer: Buffer.concat(delen).toString(), seconden: (performance.now() - begin) / 1000 }));
      }),
  ),
);
for (const { script, code, uitvoer, seconden } of uitslagen) {
  process.stdout.write(`> ${script} (${seconden.toFixed(1)} s, exitcode ${code})\n${uitvoer}${uitvoer.endsWith('\n') || uitvoer === '' ? '' : '\n'}`);
}
process.exitCode = uitslagen.some((uitslag) => uitslag.code !== 0) ? 1 : 0;
