// `opvangregels serve` als echt proces (uit de bron gebouwd voor dit bestand, gebouwde-cli.ts): luistert, beslist over HTTP, stopt
// netjes bij SIGTERM (een lopend verzoek krijgt zijn antwoord, exitcode 0), en weigert een ongeldig
// --beleid bij de start met exitcode 2 en paden, vóór er iets luistert.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { request } from 'node:http';
import { connect } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bouwCli, type GebouwdeCli } from './gebouwde-cli.js';

let gebouwd: GebouwdeCli;
beforeAll(async () => {
  gebouwd = await bouwCli();
});
afterAll(() => gebouwd.opruimen());

/** Start de dienst op een vrije poort en wacht tot hij zegt waar hij luistert. */
async function start(argumenten: string[] = []): Promise<{ proces: ChildProcess; adres: string; fout: () => string }> {
  const proces = spawn(process.execPath, [gebouwd.cli, 'serve', '--poort', '0', '--werkers', '1', ...argumenten], { stdio: ['ignore', 'pipe', 'pipe'] });
  let fout = '';
  proces.stderr!.setEncoding('utf8');
  const adres = await new Promise<string>((klaar, faal) => {
    proces.stderr!.on('data', (deel: string) => {
      fout += deel;
      const gevonden = /luistert op (http:\/\/[^ ]+)/.exec(fout);
      if (gevonden) klaar(gevonden[1]!);
    });
    proces.once('exit', (code) => faal(new Error(`gestopt met ${code}: ${fout}`)));
  });
  return { proces, adres, fout: () => fout };
}

/** Een POST die de inhoud langzaam stuurt: eerst de helft, na `pauze` ms de rest. */
function langzaamPost(adres: string, pad: string, inhoud: string, pauze: number): Promise<{ status: number; tekst: string }> {
  return new Promise((klaar, faal) => {
    const verzoek = request(`${adres}${pad}`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(inhoud) } }, (antwoord) => {
      let tekst = '';
      antwoord.setEncoding('utf8');
      antwoord.on('data', (deel: string) => (tekst += deel));
      antwoord.on('end', () => klaar({ status: antwoord.statusCode!, tekst }));
    });
    verzoek.on('error', faal);
    const helft = Math.floor(inhoud.length / 2);
    verzoek.write(inhoud.slice(0, helft));
    setTimeout(() => verzoek.end(inhoud.slice(helft)), pauze);
  });
}

describe('opvangregels serve als proces', { timeout: 60_000 }, () => {
  it('beslist over HTTP en stopt bij SIGTERM pas na het lopende verzoek, met exitcode 0', async () => {
    const { proces, adres, fout } = await start();
    const gezond = await fetch(`${adres}/v1/gezondheid`);
    expect([gezond.status, gezond.headers.get('api-version')]).toEqual([200, '1.0.0']);
    const invoer = JSON.stringify({ invoer: { gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum: '2024-05-01' } });
    // Een verzoek dat nog binnenkomt als SIGTERM komt: het krijgt zijn antwoord.
    const lopend = langzaamPost(adres, '/v1/herkomst/beoordelingen', invoer, 500);
    await new Promise((klaar) => setTimeout(klaar, 100));
    proces.kill('SIGTERM');
    const antwoord = await lopend;
    expect(antwoord.status).toBe(200);
    expect(JSON.parse(antwoord.tekst).uitkomst).toBe('binnen-regio');
    const [code] = (await once(proces, 'exit')) as [number];
    expect(code).toBe(0);
    expect(fout()).toContain('SIGTERM ontvangen; stopt na de lopende verzoeken.');
    expect(fout()).toContain('gestopt.');
    // Geen inhoud van een verzoek in wat de dienst schrijft.
    expect(fout()).not.toContain('Wierden');
  });

  it('een verzoek dat niet op tijd binnenkomt: 408 als application/problem+json met API-Version, daarna gewoon verder', async () => {
    const { proces, adres } = await start(['--tijdslimiet', '1']);
    try {
      const url = new URL(adres);
      const antwoord = await new Promise<string>((klaar) => {
        const socket = connect(Number(url.port), url.hostname);
        // De kop en een deel van de inhoud, dan niets meer.
        socket.write('POST /v1/herkomst/beoordelingen HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"invoer"');
        let tekst = '';
        socket.on('data', (deel) => (tekst += deel.toString()));
        socket.on('close', () => klaar(tekst));
      });
      expect(antwoord).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
      expect(antwoord).toContain('Content-Type: application/problem+json; charset=utf-8\r\n');
      expect(antwoord).toContain('API-Version: 1.0.0\r\n');
      expect(JSON.parse(antwoord.slice(antwoord.indexOf('\r\n\r\n') + 4))).toMatchObject({ type: 'urn:opvangregels:probleem:te-traag', status: 408 });
      expect((await fetch(`${adres}/v1/gezondheid`)).status).toBe(200);
    } finally {
      proces.kill('SIGTERM');
      await once(proces, 'exit');
    }
  });

  it('een poort die al in gebruik is: een duidelijke melding en exitcode 1, geen stapel', async () => {
    const { proces, adres } = await start();
    try {
      const run = spawnSync(process.execPath, [gebouwd.cli, 'serve', '--poort', new URL(adres).port], { encoding: 'utf8', timeout: 30_000 });
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(`opvangregels serve: poort ${new URL(adres).port} is al in gebruik (kies een andere met --poort).\n`);
    } finally {
      proces.kill('SIGTERM');
      await once(proces, 'exit');
    }
  });

  it('een ongeldig --beleid: exitcode 2 met paden, en er luistert niets', () => {
    const map = mkdtempSync(join(tmpdir(), 'opvangregels-dienst-'));
    try {
      writeFileSync(join(map, 'beleid.json'), JSON.stringify({ id: 'Almelo' }));
      const run = spawnSync(process.execPath, [gebouwd.cli, 'serve', '--poort', '0', '--beleid', join(map, 'beleid.json')], { encoding: 'utf8', timeout: 30_000 });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^Ongeldig beleid in .*beleid\.json:\n {2}- /);
      expect(run.stderr).not.toContain('luistert op');
    } finally {
      rmSync(map, { recursive: true, force: true });
    }
  });
});
