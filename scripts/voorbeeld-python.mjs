// npm run voorbeeld:python: het Python-voorbeeld (examples/python/schuldhulp_dienst.py, alleen de
// standaardbibliotheek) starten en de testvectoren van schuldhulp ertegen draaien met de gebouwde CLI.
// Niet in `npm test` (dat heeft alleen Node nodig); de uitvoer staat in docs/dienst.md.
import { spawn, spawnSync } from 'node:child_process';
import { setTimeout as wacht } from 'node:timers/promises';

const poort = 18081;
const python = spawn('python3', ['examples/python/schuldhulp_dienst.py', String(poort)], { stdio: 'inherit' });
python.on('error', (fout) => {
  console.error(`python3 kon niet starten (${fout.message}); dit voorbeeld heeft python3 nodig.`);
  process.exit(1);
});
try {
  for (let poging = 0; poging < 50; poging++) {
    try {
      await fetch(`http://127.0.0.1:${poort}/`, { method: 'POST' });
      break;
    } catch {
      await wacht(100);
    }
  }
  const { status } = spawnSync(process.execPath, ['dist/cli.js', 'vectoren', '--tegen', `http://127.0.0.1:${poort}`, '--regel', 'schuldhulp'], { stdio: 'inherit' });
  process.exitCode = status ?? 1;
} finally {
  python.kill();
}
