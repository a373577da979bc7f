// De opvangregels-CLI: alleen de aansluiting op het proces; alle logica staat in programma.ts.
import { createReadStream } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import pakket from '../../package.json' with { type: 'json' };
import { amsterdamseDatum } from '../index.js';
import { onverwachteFoutTekst } from './ontsnap.js';
import { voerUit } from './programma.js';

process.stdout.on('error', (fout: NodeJS.ErrnoException) => {
  if (fout.code === 'EPIPE') process.exit(0); // de afnemer (bv. `head`) is gestopt met lezen
  throw fout;
});

// Uitvoer wordt in blokken van ~64 kB geschreven: één write per resultaatregel kostte bij een
// batch van 70.000 gevallen een derde van de tijd (gemeten met `npm run bench:batch`).
// De bytes van een werker (een blok van honderden gevallen) gaan meteen door, na wat nog wacht.
const BLOKGROOTTE = 1 << 16;
let wachtend: string[] = [];
let wachtendeTekens = 0;
async function spoel(): Promise<void> {
  if (wachtend.length === 0) return;
  const blok = wachtend.join('');
  wachtend = [];
  wachtendeTekens = 0;
  if (!process.stdout.write(blok)) await once(process.stdout, 'drain');
}

const code = await voerUit(process.argv.slice(2), {
  async schrijf(tekst) {
    if (typeof tekst !== 'string') {
      await spoel();
      if (!process.stdout.write(tekst)) await once(process.stdout, 'drain');
      return;
    }
    wachtend.push(tekst);
    wachtendeTekens += tekst.length;
    if (wachtendeTekens >= BLOKGROOTTE) await spoel();
  },
  meld(tekst) {
    // Een melding (de samenvatting van een batch) komt na de regels waar ze over gaat: eerst gaat
    // wat nog wacht naar stdout, en stderr schrijft pas als stdout alles heeft doorgegeven. Naar een
    // pipe schrijft Node op POSIX asynchroon; de terugroep van een lege write komt na de writes ervoor.
    if (wachtend.length > 0) {
      process.stdout.write(wachtend.join(''));
      wachtend = [];
      wachtendeTekens = 0;
    }
    process.stdout.write('', () => process.stderr.write(tekst));
  },
  lees(bron) {
    // Bytes, geen tekst: de splitser telt de grens per regel in bytes en decodeert per geval.
    return (bron === '-' ? process.stdin : createReadStream(bron, { highWaterMark: 1 << 16 })) as AsyncIterable<Uint8Array>;
  },
  versie: pakket.version,
  kernen: availableParallelism(),
  // Alleen de CLI leest de klok (beleid controleer --binnen zonder --peildatum); de bibliotheek niet.
  vandaag: () => amsterdamseDatum(new Date()),
  // De meegeleverde testvectoren: test/vectors/ van het pakket (naast dist/, of naast src/ uit de bron).
  async vectorbestanden() {
    const map = new URL(import.meta.url.endsWith('.ts') ? '../../test/vectors/' : '../test/vectors/', import.meta.url);
    const namen = (await readdir(map)).filter((naam) => naam.endsWith('.json')).sort();
    return Promise.all(namen.map(async (bestand) => ({ bestand, json: JSON.parse(await readFile(new URL(bestand, map), 'utf8')) })));
  },
  schrijfBestand: (pad, tekst) => writeFile(pad, tekst, 'utf8'),
  // `serve` stopt bij SIGTERM (een procesbeheerder) of SIGINT (Ctrl-C).
  stop: () => new Promise((klaar) => {
    process.once('SIGTERM', () => klaar('SIGTERM'));
    process.once('SIGINT', () => klaar('SIGINT'));
  }),
}).catch((fout: unknown) => {
  // De melding kan een bestandsnaam of invoer herhalen: ontsnapt, zoals elke melding van de CLI.
  process.stderr.write(`opvangregels: onverwachte fout: ${onverwachteFoutTekst(fout)}\n`);
  return 1;
});
await spoel();
process.exitCode = code;
