// De HTTP-dienst van `opvangregels serve` op Fastify: de routes van SPEC §5 (0.3), problemen als
// application/problem+json (RFC 9457), de kop API-Version, grenzen aan inhoud en tijd. Beslissen
// gebeurt in beslissen.ts; als de hoofdthread het druk heeft, in een werker (piscina).
import { STATUS_CODES, createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { Piscina } from 'piscina';
import { invoerJsonSchema, zoekRegel, type Beleid } from '../../index.js';
import { regelsAlsJson } from '../regels-json.js';
import { API_VERSIE, beslisVerzoek, probleem, type Antwoord, type Dienstbeleid, type Probleemsoort } from './beslissen.js';
import { openapiDocument } from './openapi.js';
import type { Dienstopdracht, Dienstwerkerdata } from './werker.js';

/** Hoe de dienst draait. */
export interface Dienstinstellingen {
  /** Het beleid van `--beleid` (gecontroleerd) en zijn JSON (voor de werkers). */
  beleid?: { beleid: Beleid; bron: unknown };
  /** Het aantal werkers; 0 beslist alles in de hoofdthread. */
  werkers: number;
  /** De grootste inhoud van een verzoek, in bytes. */
  maxInhoud: number;
  /** Hoe lang een verzoek mag doen over binnenkomen, en een verbinding stil mag zijn, in ms. */
  tijdslimiet: number;
  /** De versie van het pakket (voor `GET /v1/gezondheid`). */
  pakketversie: string;
  /** Hoeveel verzoeken ten hoogste op een werker wachten; daarboven `503 te-druk`. */
  maxWachtrij?: number;
  /** Alleen voor de fouttest van de belastingmeting: een werker gooit bij een verzoek met deze tekst. */
  foutproef?: string;
}

/** Boven deze bezetting van de hoofdthread (over de laatste 100 ms) gaat een beslissing naar een werker. */
const DREMPEL = 0.5;

/** De werker als gebouwd bestand naast dist/cli.js, of (in de tests, uit de bron) via tsx. */
function werkerbestand(): string {
  return import.meta.url.endsWith('.ts') ? new URL('./werker-bron.mjs', import.meta.url).href : new URL('./dienst-werker.js', import.meta.url).href;
}

function stuur(antwoord: FastifyReply, { status, inhoud, soort }: Antwoord): FastifyReply {
  return antwoord.code(status).type(soort).send(inhoud);
}

/** De soort probleem bij een fout van Fastify of Node (te groot, verkeerd formaat, te traag). */
function probleemBij(status: number | undefined): Probleemsoort {
  if (status === 413) return 'te-groot';
  if (status === 415) return 'verkeerd-formaat';
  if (status === 408) return 'te-traag';
  if (status === 404) return 'niet-gevonden';
  if (status !== undefined && status >= 400 && status < 500) return 'geen-json';
  return 'interne-fout';
}

/**
 * Bouwt de dienst (nog niet luisterend: `app.listen`, of `app.inject` in de tests). `sluit` stopt
 * met aannemen, wacht op wat loopt en stopt de werkers.
 */
export function bouwDienst(instellingen: Dienstinstellingen): { app: FastifyInstance; sluit: () => Promise<void> } {
  const standaard: Dienstbeleid = instellingen.beleid ? { beleid: instellingen.beleid.beleid } : {};
  const werkerdata: Dienstwerkerdata = {
    ...(instellingen.beleid ? { beleidsbron: instellingen.beleid.bron } : {}),
    ...(instellingen.foutproef !== undefined ? { foutproef: instellingen.foutproef } : {}),
  };
  const pool =
    instellingen.werkers > 0
      ? new Piscina<Dienstopdracht, Antwoord>({ filename: werkerbestand(), minThreads: instellingen.werkers, maxThreads: instellingen.werkers, maxQueue: instellingen.maxWachtrij ?? 1024, workerData: werkerdata })
      : undefined;

  // Hoe druk de hoofdthread is: de bezetting van de event loop over de laatste 100 ms.
  let druk = 0;
  let vorige = performance.eventLoopUtilization();
  const meter = setInterval(() => {
    const nu = performance.eventLoopUtilization();
    druk = performance.eventLoopUtilization(nu, vorige).utilization;
    vorige = nu;
  }, 100);
  meter.unref();

  const beslis = async (opdracht: Dienstopdracht): Promise<Antwoord> => {
    // Vrij: meteen hier (een beslissing kost tientallen microseconden, een werker heen en terug meer).
    // Druk: in een werker, zodat de hoofdthread verbindingen en HTTP blijft doen.
    if (!pool || (druk < DREMPEL && !instellingen.foutproef)) return beslisVerzoek(opdracht.regel, opdracht.soort, opdracht.tekst, standaard);
    try {
      return await pool.run(opdracht);
    } catch (fout) {
      if (fout instanceof Error && /queue is at limit/i.test(fout.message)) return probleem('te-druk', 'Te veel verzoeken wachten op een beslissing.');
      return probleem('interne-fout');
    }
  };

  const app = Fastify({
    logger: false, // geen logboek: een verzoek bevat persoonsgegevens (SPEC §5: geen inhoud in een log)
    bodyLimit: instellingen.maxInhoud,
    // Node's eigen server, met de tijdslimiet voor kop én inhoud van een verzoek, elke seconde
    // gecontroleerd (standaard elke 30 s, en de kop mocht 60 s: een cliënt die één byte per
    // seconde stuurde, kreeg zijn 408 pas na 90 s; gemeten met `npm run bench:dienst`).
    serverFactory: (verwerk) => {
      const server = createServer({ requestTimeout: instellingen.tijdslimiet, headersTimeout: instellingen.tijdslimiet, connectionsCheckingInterval: 1_000, keepAliveTimeout: 5_000 }, verwerk);
      // Stil zijn mag iets langer dan de tijdslimiet, zodat een half verzoek de 408 van requestTimeout krijgt.
      server.setTimeout(instellingen.tijdslimiet + 5_000);
      return server;
    },
    // Een fout van de verbinding vóór Fastify het verzoek heeft (te traag: 408, een kapotte kop: 400):
    // ook dan een probleem als application/problem+json, met API-Version.
    clientErrorHandler: (fout: NodeJS.ErrnoException, socket) => {
      if (fout.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
      const soort: Probleemsoort = fout.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 'te-traag' : fout.code === 'HPE_HEADER_OVERFLOW' ? 'te-groot' : 'geen-json';
      const { status, inhoud } = probleem(soort);
      const body = Buffer.from(inhoud);
      socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json; charset=utf-8\r\nAPI-Version: ${API_VERSIE}\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${inhoud}`);
    },
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  });

  // De inhoud blijft tekst: parsen (JSON.parse) gebeurt in beslissen.ts, dus in de werker als die beslist.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: instellingen.maxInhoud }, (verzoek, tekst, klaar) => {
    // JSON is UTF-8 (RFC 8259); een andere tekenset zou stil verkeerd gelezen worden ("Súdwest-Fryslân").
    const tekenset = /;\s*charset=("?)([^";]+)\1/i.exec(verzoek.headers['content-type'] ?? '')?.[2];
    if (tekenset !== undefined && !/^utf-?8$/i.test(tekenset)) return klaar(Object.assign(new Error('tekenset'), { statusCode: 415 }), undefined);
    return klaar(null, tekst);
  });

  app.addHook('onSend', async (_verzoek, antwoord) => {
    antwoord.header('API-Version', API_VERSIE);
  });
  app.setErrorHandler((fout: { statusCode?: number }, _verzoek, antwoord) => {
    const soort = probleemBij(fout.statusCode);
    const antwoordtekst = probleem(soort, soort === 'te-groot' ? `Ten hoogste ${instellingen.maxInhoud} bytes.` : undefined);
    if (soort === 'te-druk') antwoord.header('Retry-After', '1');
    return stuur(antwoord, antwoordtekst);
  });
  app.setNotFoundHandler((_verzoek, antwoord) => stuur(antwoord, probleem('niet-gevonden', 'De paden van de dienst staan in /v1/openapi.json.')));

  app.get('/v1/gezondheid', async () => ({ status: 'ok', versie: instellingen.pakketversie, apiVersie: API_VERSIE, werkers: instellingen.werkers }));
  app.get('/v1/regels', async () => regelsAlsJson('nl'));
  app.get('/v1/openapi.json', async () => openapiDocument(instellingen.pakketversie));
  app.get<{ Params: { regel: string } }>('/v1/:regel/schema', async (verzoek, antwoord) => {
    try {
      return invoerJsonSchema(zoekRegel(verzoek.params.regel).beschrijving.id);
    } catch {
      return stuur(antwoord, probleem('onbekende-regel', 'De regels staan op /v1/regels.'));
    }
  });
  for (const [pad, soort] of [['beoordelingen', 'beoordeling'], ['brieven', 'brief']] as const) {
    app.post<{ Params: { regel: string }; Body: string }>(`/v1/:regel/${pad}`, async (verzoek, antwoord) => {
      const antwoordtekst = await beslis({ regel: verzoek.params.regel, soort, tekst: typeof verzoek.body === 'string' ? verzoek.body : '' });
      if (antwoordtekst.status === 503) antwoord.header('Retry-After', '1');
      return stuur(antwoord, antwoordtekst);
    });
  }

  const sluit = async () => {
    clearInterval(meter);
    await app.close();
    await pool?.destroy();
  };
  return { app, sluit };
}
