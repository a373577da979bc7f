// `opvangregels serve` (issue 27): de routes, problemen als application/problem+json met paden, de
// kop API-Version, grenzen, werkers, en elke testvector over HTTP gelijk aan de bibliotheek.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bouwDienst } from '../../src/cli/dienst/app.js';
import { defineBeleid, zoekRegel } from '../../src/index.js';

const beleidsbron = JSON.parse(readFileSync(new URL('../../examples/beleid/amsterdam-amstelland.json', import.meta.url), 'utf8')) as unknown;
const AANVRAAG = { ingediendOp: '2025-04-05T14:30:00+02:00', vorm: 'gift', bedragInCenten: 80_000, gemeenteVanHerkomst: 'Wierden', voorliggendeVoorzieningenBenut: true, voorkomtOfVerkortOpvang: true, verwachteBesparingInCenten: 90_000, schulden: false };
const GEGEVENS = { gemeente: { naam: 'Gemeente Wierden', bezwaaradres: 'Postbus 43, 7640 AA Wierden' }, datum: '2025-04-07' };

const dienst = bouwDienst({ werkers: 0, maxInhoud: 1 << 20, tijdslimiet: 10_000, pakketversie: '9.9.9' });
const { app } = dienst;
afterAll(() => dienst.sluit());

const post = (url: string, inhoud: unknown, type = 'application/json') => app.inject({ method: 'POST', url, headers: { 'content-type': type }, payload: typeof inhoud === 'string' ? inhoud : JSON.stringify(inhoud) });

describe('opvangregels serve: de routes', () => {
  it('POST /v1/versnelfonds/beoordelingen geeft de beoordeling van de bibliotheek, met API-Version', async () => {
    const antwoord = await post('/v1/versnelfonds/beoordelingen', { invoer: AANVRAAG });
    expect(antwoord.statusCode).toBe(200);
    expect(antwoord.headers['api-version']).toBe('1.0.0');
    expect(antwoord.headers['content-type']).toMatch(/^application\/json/);
    expect(antwoord.json()).toEqual(JSON.parse(JSON.stringify(zoekRegel('versnelfonds').beoordeel(AANVRAAG))));
  });

  it('POST /v1/versnelfonds/brieven geeft de beoordeling en de brief; een regel zonder brief is 404', async () => {
    const antwoord = await post('/v1/versnelfonds/brieven', { invoer: AANVRAAG, gegevens: GEGEVENS });
    expect(antwoord.statusCode).toBe(200);
    expect(antwoord.json().brief.besluit).toBe('Wij kennen u € 800,00 toe uit het versnelfonds.');
    const herkomst = await post('/v1/herkomst/brieven', { invoer: {}, gegevens: GEGEVENS });
    expect([herkomst.statusCode, herkomst.json().type]).toEqual([404, 'urn:opvangregels:probleem:geen-brief']);
    const zonderGegevens = await post('/v1/versnelfonds/brieven', { invoer: AANVRAAG });
    expect(zonderGegevens.json().invalidParams).toEqual([{ name: 'gegevens', reason: 'ontbreekt' }]);
    const fouteGegevens = await post('/v1/versnelfonds/brieven', { invoer: AANVRAAG, gegevens: { ...GEGEVENS, datum: '2025-02-30' } });
    expect([fouteGegevens.statusCode, fouteGegevens.json().invalidParams]).toEqual([400, [{ name: 'gegevens.datum', reason: 'is geen bestaande datum' }]]);
  });

  it('GET /v1/regels, /v1/<regel>/schema en /v1/gezondheid', async () => {
    const regels = (await app.inject('/v1/regels')).json() as Array<{ id: string; uitkomsten: Record<string, string> }>;
    expect(regels.map((regel) => regel.id)).toContain('versnelfonds');
    expect(Object.keys(regels.find((regel) => regel.id === 'versnelfonds')!.uitkomsten)).toEqual(['toekennen', 'afwijzen', 'aanvullen']);
    expect((await app.inject('/v1/herkomst/schema')).json().title).toContain("regel 'herkomst'");
    expect((await app.inject('/v1/Herkomst/schema')).statusCode).toBe(404);
    expect((await app.inject('/v1/gezondheid')).json()).toMatchObject({ status: 'ok', versie: '9.9.9', apiVersie: '1.0.0' });
  });
});

describe('opvangregels serve: problemen (RFC 9457) met paden', () => {
  it('ongeldige invoer: 400 met invalidParams onder invoer; de waarde van een veld komt niet terug', async () => {
    const antwoord = await post('/v1/versnelfonds/beoordelingen', { invoer: { ...AANVRAAG, bedragInCenten: -5, voorkomtOfVerkortOpvang: 'geheim-123' } });
    expect(antwoord.statusCode).toBe(400);
    expect(antwoord.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(antwoord.headers['api-version']).toBe('1.0.0');
    const probleem = antwoord.json();
    expect(probleem).toMatchObject({ type: 'urn:opvangregels:probleem:ongeldige-invoer', title: 'Ongeldige invoer', status: 400 });
    expect(probleem.invalidParams.map((fout: { name: string }) => fout.name).sort()).toEqual(['invoer.bedragInCenten', 'invoer.voorkomtOfVerkortOpvang']);
    expect(antwoord.body).not.toContain('geheim-123');
    const tikfout = await post('/v1/versnelfonds/beoordelingen', { invoer: { ...AANVRAAG, gemeenteVanHerkomst: 'Almeloo' } });
    expect(tikfout.json().invalidParams).toEqual([{ name: 'invoer.gemeenteVanHerkomst', reason: "onbekende gemeente 'Almeloo'; bedoelt u 'Almelo'?" }]);
  });

  it('de envelop: geen object, geen invoer, onbekende velden (geteld, niet genoemd), opties', async () => {
    expect((await post('/v1/herkomst/beoordelingen', [1])).json().invalidParams).toEqual([{ name: '', reason: 'moet een object zijn: { invoer, opties? }' }]);
    expect((await post('/v1/herkomst/beoordelingen', {})).json().invalidParams).toEqual([{ name: 'invoer', reason: 'ontbreekt' }]);
    expect((await post('/v1/herkomst/beoordelingen', { invoer: {}, geheim: 1 })).json().invalidParams).toEqual([{ name: '', reason: 'bevat een onbekend veld' }]);
    // Het geval zelf als inhoud (zonder envelop): dat invoer ontbreekt, met een aanwijzing; geen veldnamen.
    const zonderEnvelop = (await post('/v1/herkomst/beoordelingen', { gemeenteVanHerkomst: 'Wierden', regio: 'almelo' })).json();
    expect(zonderEnvelop).toMatchObject({ detail: 'Zet het geval onder "invoer": { "invoer": { … }, "opties": { … } }.', invalidParams: [{ name: 'invoer', reason: 'ontbreekt' }] });
    // Een BOM vooraan is geen fout; een andere tekenset dan UTF-8 wel (415).
    expect((await post('/v1/herkomst/beoordelingen', `\uFEFF${JSON.stringify({ invoer: { gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum: '2024-05-01' } })}`)).statusCode).toBe(200);
    expect((await post('/v1/herkomst/beoordelingen', { invoer: {} }, 'application/json; charset=ISO-8859-1')).json()).toMatchObject({ status: 415, type: 'urn:opvangregels:probleem:verkeerd-formaat' });
    expect((await post('/v1/herkomst/beoordelingen', { invoer: {}, opties: 5 })).json().invalidParams).toEqual([{ name: 'opties', reason: 'moet een object zijn' }]);
    const beleid = await post('/v1/versnelfonds/beoordelingen', { invoer: AANVRAAG, opties: { beleid: { id: 'Almelo' } } });
    expect(beleid.statusCode).toBe(400);
    expect(beleid.json().invalidParams.every((fout: { name: string }) => fout.name.startsWith('opties.beleid'))).toBe(true);
  });

  it('geen JSON, verkeerd formaat, te groot, onbekende regel, onbekend pad', async () => {
    expect((await post('/v1/herkomst/beoordelingen', '{ "invoer": ')).json()).toMatchObject({ status: 400, type: 'urn:opvangregels:probleem:geen-json' });
    expect((await post('/v1/herkomst/beoordelingen', 'invoer=1', 'application/x-www-form-urlencoded')).json()).toMatchObject({ status: 415, type: 'urn:opvangregels:probleem:verkeerd-formaat' });
    const groot = await post('/v1/herkomst/beoordelingen', { invoer: { x: 'a'.repeat(1 << 20) } });
    expect([groot.statusCode, groot.json().type]).toEqual([413, 'urn:opvangregels:probleem:te-groot']);
    expect((await post('/v1/onzin/beoordelingen', { invoer: {} })).json()).toMatchObject({ status: 404, type: 'urn:opvangregels:probleem:onbekende-regel' });
    const weg = await app.inject('/v2/regels');
    expect([weg.statusCode, weg.headers['content-type'], weg.headers['api-version']]).toEqual([404, 'application/problem+json; charset=utf-8', '1.0.0']);
  });

  it('geen beleid in werking: 422 met een eigen soort en wat ontbrak', async () => {
    const antwoord = await post('/v1/versnelfonds/beoordelingen', { invoer: { ...AANVRAAG, ingediendOp: '2019-04-05T14:30:00+02:00' } });
    expect(antwoord.statusCode).toBe(422);
    expect(antwoord.json()).toMatchObject({ type: 'urn:opvangregels:probleem:geen-beleid', invalidParams: [{ name: 'invoer.ingediendOp' }], nietInWerking: { peildatum: '2019-04-05' } });
    // Over HTTP het advies voor HTTP: opties.beleid, niet de optie --beleid van de CLI.
    expect(antwoord.json().detail).toContain('opties.beleid');
    expect(antwoord.json().detail).not.toContain('--beleid');
  });
});

describe('opvangregels serve: beleid en werkers', () => {
  const metBeleid = bouwDienst({ beleid: { beleid: defineBeleid(beleidsbron), bron: beleidsbron }, werkers: 1, maxInhoud: 1 << 20, tijdslimiet: 10_000, pakketversie: '9.9.9', foutproef: '"__foutproef__"' });
  beforeAll(() => metBeleid.app.ready());
  afterAll(() => metBeleid.sluit());

  it('een beleid van --beleid geldt als het verzoek er geen meegeeft; in een werker hetzelfde antwoord', async () => {
    const invoer = { regio: 'amsterdam-amstelland', opvangvorm: 'nachtopvang', startdatum: '2025-06-01', gemeenteVanHerkomst: 'Diemen', peildatum: '2025-06-10' };
    const verwacht = JSON.parse(JSON.stringify(zoekRegel('verblijfstermijn').beoordeel(invoer, { beleid: defineBeleid(beleidsbron) })));
    // Met foutproef gaat elke beslissing naar de werker (zie app.ts): zo is de werker zelf getest.
    const antwoord = await metBeleid.app.inject({ method: 'POST', url: '/v1/verblijfstermijn/beoordelingen', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ invoer }) });
    expect(antwoord.statusCode).toBe(200);
    expect(antwoord.json()).toEqual(verwacht);
  }, 30_000);

  it('een werker die gooit: 500 interne-fout zonder details, en de dienst beslist daarna gewoon door', async () => {
    const fout = await metBeleid.app.inject({ method: 'POST', url: '/v1/herkomst/beoordelingen', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ invoer: { gemeenteVanHerkomst: '__foutproef__', regio: 'almelo', peildatum: '2024-05-01' } }) });
    expect([fout.statusCode, fout.json()]).toEqual([500, { type: 'urn:opvangregels:probleem:interne-fout', title: 'Interne fout (meld dit als fout in opvangregels)', status: 500 }]);
    const daarna = await metBeleid.app.inject({ method: 'POST', url: '/v1/herkomst/beoordelingen', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ invoer: { gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum: '2024-05-01' } }) });
    expect(daarna.statusCode).toBe(200);
  }, 30_000);
});
