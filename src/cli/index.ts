// De opvangregels-CLI: alleen de aansluiting op het proces; alle logica staat in programma.ts.
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import pakket from '../../package.json' with { type: 'json' };
import { voerUit } from './programma.js';

process.stdout.on('error', (fout: NodeJS.ErrnoException) => {
  if (fout.code === 'EPIPE') process.exit(0); // de afnemer (bv. `head`) is gestopt met lezen
  throw fout;
});

const code = await voerUit(process.argv.slice(2), {
  async schrijf(tekst) {
    if (!process.stdout.write(tekst)) await once(process.stdout, 'drain');
  },
  meld(tekst) {
    process.stderr.write(tekst);
  },
  lees(bron) {
    const stroom = bron === '-' ? process.stdin : createReadStream(bron, { highWaterMark: 1 << 16 });
    stroom.setEncoding('utf8');
    return stroom as AsyncIterable<string>;
  },
  versie: pakket.version,
}).catch((fout: unknown) => {
  process.stderr.write(`opvangregels: onverwachte fout: ${fout instanceof Error ? fout.stack ?? fout.message : String(fout)}\n`);
  return 1;
});
process.exitCode = code;
