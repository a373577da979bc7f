// Het contract van `opvangregels serve` (issue 27): het OpenAPI-document is geldig OpenAPI 3.1
// (gecontroleerd door een validator van OpenAPI, niet door ons), elk antwoord op elke testvector
// past in het schema van zijn pad en status (Ajv, JSON Schema 2020-12), en `opvangregels vectoren
// --tegen` slaagt over echt HTTP tegen de dienst, ook in JUnit XML.
import { readFileSync, readdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bouwDienst } from '../../src/cli/dienst/app.js';
import { openapiDocument } from '../../src/cli/dienst/openapi.js';
import { voerUit, type Omgeving } from '../../src/cli/programma.js';
import type { Vectorbestand } from '../../src/cli/vectoren.js';

const document = openapiDocument('9.9.9') as { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>; components: Record<string, unknown> };
const vectorbestanden: Vectorbestand[] = readdirSync('test/vectors')
  .filter((naam) => naam.endsWith('.json'))
  .sort()
  .map((bestand) => ({ bestand, json: JSON.parse(readFileSync(`test/vectors/${bestand}`, 'utf8')) }));

const dienst = bouwDienst({ werkers: 0, maxInhoud: 1 << 20, tijdslimiet: 10_000, pakketversie: '9.9.9' });
let basis: string;
beforeAll(async () => {
  await dienst.app.listen({ port: 0, host: '127.0.0.1' });
  basis = `http://127.0.0.1:${(dienst.app.server.address() as AddressInfo).port}`;
});
afterAll(() => dienst.sluit());

describe('het OpenAPI-document', () => {
  it('is geldig OpenAPI 3.1 volgens @seriousme/openapi-schema-validator, en de dienst geeft hetzelfde document', async () => {
    const uitslag = await new Validator().validate(structuredClone(document) as Parameters<Validator["validate"]>[0]);
    expect(uitslag.errors ?? [], JSON.stringify(uitslag.errors ?? []).slice(0, 2000)).toEqual([]);
    expect(uitslag.valid).toBe(true);
    expect(await (await fetch(`${basis}/v1/openapi.json`)).json()).toEqual(JSON.parse(JSON.stringify(document)));
  });

  it('elk antwoord op elke testvector past in het schema van zijn pad en status', async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    // De componenten als één schema met $defs: zo lossen de $ref's van het document op.
    ajv.addSchema({ $id: 'urn:opvangregels:openapi', components: document.components }, 'urn:opvangregels:openapi');
    const alsAjv = (schema: unknown) => JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"urn:opvangregels:openapi#/components/'));
    let gecontroleerd = 0;
    const gecompileerd = new Map<string, ReturnType<typeof ajv.compile>>();
    for (const { json } of vectorbestanden) {
      const operatie = document.paths[`/v1/${json.regel}/beoordelingen`]!.post!;
      for (const vector of json.vectoren) {
        const antwoord = await fetch(`${basis}/v1/${json.regel}/beoordelingen`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(vector.opties === undefined ? { invoer: vector.invoer } : { invoer: vector.invoer, opties: vector.opties }) });
        const soort = antwoord.headers.get('content-type')!.split(';')[0]!;
        const schema = operatie.responses[String(antwoord.status)]?.content?.[soort]?.schema;
        expect(schema, `${json.regel}: ${vector.naam}: status ${antwoord.status} ${soort} staat in het document`).toBeDefined();
        const sleutel = `${json.regel} ${antwoord.status} ${soort}`;
        // Eén keer compileren per pad, status en soort: Ajv compileren kost meer dan valideren.
        if (!gecompileerd.has(sleutel)) gecompileerd.set(sleutel, ajv.compile(alsAjv(schema)));
        const valideer = gecompileerd.get(sleutel)!;
        const inhoud = await antwoord.json();
        expect(valideer(inhoud), `${json.regel}: ${vector.naam}: ${JSON.stringify(valideer.errors).slice(0, 600)}`).toBe(true);
        gecontroleerd++;
      }
    }
    expect(gecontroleerd).toBeGreaterThan(400);
  }, 120_000);
});

describe('opvangregels vectoren --tegen', () => {
  const omgeving = (uit: string[], fout: string[], bestanden: Record<string, string>): Omgeving => ({
    schrijf: (tekst) => void uit.push(typeof tekst === 'string' ? tekst : new TextDecoder().decode(tekst)),
    meld: (tekst) => void fout.push(tekst),
    async *lees() {},
    versie: '9.9.9',
    vectorbestanden: async () => vectorbestanden,
    schrijfBestand: async (pad, tekst) => void (bestanden[pad] = tekst),
  });

  it('tegen de dienst zelf slaagt elke vector, ook in het JUnit-rapport; exitcode 0', async () => {
    const uit: string[] = [];
    const fout: string[] = [];
    const bestanden: Record<string, string> = {};
    const code = await voerUit(['vectoren', '--tegen', basis, '--junit', 'rapport.xml'], omgeving(uit, fout, bestanden));
    const totaal = vectorbestanden.reduce((som, { json }) => som + json.vectoren.length, 0);
    expect(fout.join(''), fout.join('')).not.toMatch(/FAALT/);
    expect(code).toBe(0);
    expect(uit.join('').trimEnd().split('\n').filter((regel) => regel.startsWith('ok\t')).length).toBe(totaal);
    for (const { json } of vectorbestanden) expect(fout.join('')).toContain(`${json.regel}: ${json.vectoren.length}/${json.vectoren.length} geslaagd`);
    expect(bestanden['rapport.xml']).toMatch(new RegExp(`^<\\?xml version="1.0" encoding="UTF-8"\\?>\\n<testsuites name="[^"]*" tests="${totaal}" failures="0" errors="0">`));
    expect(bestanden['rapport.xml']!.match(/<testcase /g)?.length).toBe(totaal);
  }, 120_000);

  it('een systeem dat anders beslist: FAALT met de verschillen, exitcode 1, en de fout in het JUnit-rapport', async () => {
    // Een "eigen systeem" dat bij schuldhulp altijd "voldaan" zegt.
    const nep = bouwDienst({ werkers: 0, maxInhoud: 1 << 20, tijdslimiet: 10_000, pakketversie: '0' });
    nep.app.addHook('onSend', async (verzoek, _antwoord, inhoud) => (verzoek.url.startsWith('/v1/schuldhulp/') && typeof inhoud === 'string' && inhoud.includes('"uitkomst"') ? inhoud.replace(/"uitkomst":"[^"]*"/, '"uitkomst":"voldaan"') : inhoud));
    await nep.app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const uit: string[] = [];
      const fout: string[] = [];
      const bestanden: Record<string, string> = {};
      const code = await voerUit(['vectoren', '--tegen', `http://127.0.0.1:${(nep.app.server.address() as AddressInfo).port}`, '--regel', 'schuldhulp', '--junit', 'r.xml'], omgeving(uit, fout, bestanden));
      expect(code).toBe(1);
      expect(uit.join('')).toMatch(/^FAALT\tschuldhulp\t.*\n {2}- uitkomst: verwacht 'actie-nodig', kreeg 'voldaan'$/m);
      expect(fout.join('')).toMatch(/^schuldhulp: \d+\/\d+ geslaagd$/m);
      expect(bestanden['r.xml']).toContain('<failure message="uitkomst: verwacht &apos;actie-nodig&apos;, kreeg &apos;voldaan&apos;">');
    } finally {
      await nep.sluit();
    }
  }, 60_000);

  it('een adres dat niet antwoordt: één melding, geen geval getoetst, geen rapport; een adres dat geen http is: exitcode 1 met de melding', async () => {
    const uit: string[] = [];
    const fout: string[] = [];
    const bestanden: Record<string, string> = {};
    const code = await voerUit(['vectoren', '--tegen', 'http://127.0.0.1:9', '--regel', 'herkomst', '--junit', 'r.xml'], omgeving(uit, fout, bestanden));
    expect(code).toBe(1);
    expect(uit.join('')).toBe('');
    expect(fout.join('')).toMatch(/^opvangregels: http:\/\/127\.0\.0\.1:9 antwoordt niet \(geen antwoord \(\w+\)\); draait het systeem, en klopt het adres\? Er is geen geval getoetst\.\n$/);
    expect(bestanden).toEqual({});
    const ftp = await voerUit(['vectoren', '--tegen', 'ftp://x'], omgeving([], fout, {}));
    expect(ftp).toBe(1);
    expect(fout.join('')).toContain("--tegen moet een http- of https-adres zijn, bv. http://localhost:8080 (gegeven: 'ftp://x')");
  }, 60_000);
});
