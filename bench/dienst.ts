// `npm run bench:dienst`: `opvangregels serve` (dist/cli.js) onder belasting met autocannon, en de
// fouten die een dienst moet overleven. Een meting, geen test: faalt nooit op een tijd; rapporteert.
//
// Belasting: versnelfondsaanvragen (gegenereerd, geldig) bij 10, 100 en 1.000 verbindingen, elk
// 10 s: verzoeken per seconde, p50 en p99 van de latentie, fouten en niet-200-antwoorden, en het
// piekgeheugen van het dienstproces (VmHWM). Met de standaard werkers (cores - 1) en met --werkers 0.
//
// Fouten, elk gevolgd door een gewoon verzoek dat 200 moet geven:
//   een inhoud boven de grens (2 MiB) → 413; kapotte JSON → 400; een langzame cliënt die één byte
//   per seconde stuurt → 408 na de tijdslimiet; 10.000 stille verbindingen tegelijk; een werker die
//   gooit (OPVANGREGELS_FOUTPROEF_WERKER) → 500, en daarna weer 200.
//
//   npm run bench:dienst   (bouwt eerst; zie docs/prestaties.md)
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { request } from 'node:http';
import autocannon from 'autocannon';
import fc from 'fast-check';
import { GELDIGE_INVOER } from '../test/eigenschappen/invoer.js';

const DUUR = Number(process.env.DUUR ?? 10);
const FOUTPROEF = '__foutproef__';

async function start(argumenten: string[], omgeving: Record<string, string> = {}): Promise<{ proces: ChildProcess; adres: string }> {
  const proces = spawn(process.execPath, ['dist/cli.js', 'serve', '--poort', '0', ...argumenten], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...omgeving } });
  let fout = '';
  const adres = await new Promise<string>((klaar, faal) => {
    proces.stderr!.setEncoding('utf8');
    proces.stderr!.on('data', (deel: string) => {
      fout += deel;
      const gevonden = /luistert op (http:\/\/[^ ]+)/.exec(fout);
      if (gevonden) klaar(gevonden[1]!);
    });
    proces.once('exit', (code) => faal(new Error(`gestopt met ${code}: ${fout}`)));
  });
  return { proces, adres };
}

async function stop(proces: ChildProcess): Promise<number | null> {
  const klaar = new Promise<number | null>((gestopt) => proces.once('exit', gestopt));
  proces.kill('SIGTERM');
  return klaar;
}

/** Het piekgeheugen (VmHWM) van een proces in MiB, uit /proc (Linux). */
function piekgeheugen(pid: number): number | null {
  try {
    const regel = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((kandidaat) => kandidaat.startsWith('VmHWM:'));
    return regel ? Math.round(Number(regel.replace(/\D+/g, '')) / 1024) : null;
  } catch {
    return null;
  }
}

function post(adres: string, pad: string, inhoud: string): Promise<number> {
  return new Promise((klaar, faal) => {
    const verzoek = request(`${adres}${pad}`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(inhoud) } }, (antwoord) => {
      antwoord.resume();
      antwoord.on('end', () => klaar(antwoord.statusCode!));
    });
    verzoek.on('error', faal);
    verzoek.end(inhoud);
  });
}

const aanvragen = fc.sample(GELDIGE_INVOER.versnelfonds, { seed: 27, numRuns: 1_000 }).map((invoer) => JSON.stringify({ invoer }));
const gewoon = aanvragen[0]!;

async function belasting(werkers: string): Promise<void> {
  const { proces, adres } = await start(['--werkers', werkers]);
  console.log(`\n### Belasting, --werkers ${werkers} (${DUUR} s per meting)\n`);
  console.log('| verbindingen | verzoeken/s | p50 | p99 | fouten | niet 200 | piekgeheugen dienst |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const verbindingen of [10, 100, 1_000]) {
    let volgende = 0;
    const uitslag = await autocannon({
      url: `${adres}/v1/versnelfonds/beoordelingen`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      connections: verbindingen,
      duration: DUUR,
      requests: [{ setupRequest: (verzoek) => ({ ...verzoek, body: aanvragen[volgende++ % aanvragen.length]! }) }],
    });
    console.log(`| ${verbindingen} | ${Math.round(uitslag.requests.average).toLocaleString('en')} | ${uitslag.latency.p50} ms | ${uitslag.latency.p99} ms | ${uitslag.errors} (waarvan ${uitslag.timeouts} time-outs) | ${uitslag.non2xx} | ${piekgeheugen(proces.pid!)} MiB |`);
  }
  console.log(`\nStop met SIGTERM: exitcode ${await stop(proces)}.`);
}

async function fouten(): Promise<void> {
  const { proces, adres } = await start(['--werkers', '1'], { OPVANGREGELS_FOUTPROEF_WERKER: `"${FOUTPROEF}"` });
  console.log('\n### Fouten (elk gevolgd door een gewoon verzoek)\n');
  console.log('| fout | antwoord | daarna |');
  console.log('| --- | --- | --- |');
  const daarna = () => post(adres, '/v1/versnelfonds/beoordelingen', gewoon);

  console.log(`| inhoud van 2 MiB | ${await post(adres, '/v1/versnelfonds/beoordelingen', JSON.stringify({ invoer: { x: 'a'.repeat(2 << 20) } }))} | ${await daarna()} |`);
  console.log(`| kapotte JSON | ${await post(adres, '/v1/versnelfonds/beoordelingen', '{ "invoer": ')} | ${await daarna()} |`);

  // Een langzame cliënt: één byte per seconde; de dienst wacht hoogstens de tijdslimiet (10 s).
  const begin = performance.now();
  const langzaam = await new Promise<string>((klaar) => {
    const socket = connect(Number(new URL(adres).port), new URL(adres).hostname);
    const kop = `POST /v1/versnelfonds/beoordelingen HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${gewoon.length}\r\n\r\n`;
    socket.write(kop);
    let index = 0;
    const tik = setInterval(() => socket.write(gewoon[index++] ?? ' '), 1_000);
    let antwoord = '';
    socket.on('data', (deel) => (antwoord += deel.toString()));
    socket.on('close', () => {
      clearInterval(tik);
      klaar(antwoord.split('\r\n')[0] || '(verbinding gesloten zonder antwoord)');
    });
  });
  console.log(`| langzame cliënt (1 byte/s) | ${langzaam} na ${((performance.now() - begin) / 1000).toFixed(1)} s | ${await daarna()} |`);

  // 10.000 stille verbindingen tegelijk: de dienst blijft antwoorden.
  const stil: Socket[] = [];
  for (let index = 0; index < 10_000; index++) {
    const socket = connect(Number(new URL(adres).port), new URL(adres).hostname);
    socket.on('error', () => {});
    stil.push(socket);
  }
  await new Promise((klaar) => setTimeout(klaar, 2_000));
  const openNog = stil.filter((socket) => !socket.destroyed).length;
  const tijdens = performance.now();
  const status = await daarna();
  console.log(`| 10.000 stille verbindingen (${openNog} open na 2 s) | gewoon verzoek: ${status} in ${Math.round(performance.now() - tijdens)} ms | ${piekgeheugen(proces.pid!)} MiB piekgeheugen |`);
  for (const socket of stil) socket.destroy();

  // Een werker die gooit: met de foutproef gaat elke beslissing naar de werker.
  console.log(`| een werker die gooit | ${await post(adres, '/v1/herkomst/beoordelingen', JSON.stringify({ invoer: { gemeenteVanHerkomst: FOUTPROEF, regio: 'almelo', peildatum: '2024-05-01' } }))} | ${await daarna()} |`);
  console.log(`\nStop met SIGTERM: exitcode ${await stop(proces)}.`);
}

console.log(`Node ${process.version}, ${(await import('node:os')).availableParallelism()} cores`);
await belasting('1');
await belasting('0');
await fouten();
