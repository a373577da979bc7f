/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// De site in een echte browser: Chromium (van het systeem, of uit het registerpakket
// @sparticuz/chromium), bestuurd met playwright-core. Ze slagen nooit stil. Schermafdrukken per pagina
// komen in test-artefacten/ (niet in git).
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bouwSite, paginas } from '../../scripts/genereer-site.js';
import { REGELS, bepaalHerkomst, beoordeelVersnelfonds, brief, defineBeleid, invoerJsonSchema, motivering, type RegelId, type VersnelfondsAanvraag } from '../../src/index.js';
import { technischeNamen } from '../docs/identificatie.js';
import { leesCsvGevallen, vergelijkGevallen } from '../../src/cli/vergelijk.js';

const ARTEFACTEN = join(process.cwd(), 'test-artefacten', 'site');

/**
 * Welke Chromium: `CHROMIUM` als dat een bestand is, anders een Chromium van het systeem (`command -v
 * chromium`), anders die uit het registerpakket `@sparticuz/chromium` (een devDependency: de browser
 * zit in het pakket zelf, dus een verse machine met alleen Node heeft geen apt of download nodig).
 */
async function chromiumStart(): Promise<{ executablePath: string; args: string[]; herkomst: string }> {
  const gegeven = process.env.CHROMIUM;
  if (gegeven && existsSync(gegeven)) return { executablePath: gegeven, args: ['--no-sandbox'], herkomst: `CHROMIUM=${gegeven}` };
  for (const naam of ['chromium', 'chromium-browser']) {
    try {
      const pad = execFileSync('sh', ['-c', `command -v ${naam}`], { encoding: 'utf8' }).trim();
      if (pad) return { executablePath: pad, args: ['--no-sandbox'], herkomst: pad };
    } catch {
      // volgende naam
    }
  }
  const { default: pakket } = await import('@sparticuz/chromium');
  // De vlaggen van het pakket zijn voor één pagina in een serverless functie. Niet hier: met
  // --single-process sluit de browser als een context sluit, en de beveiliging van een gewone
  // browser (same-origin, site-isolatie) blijft aan, zodat de tests zien wat een gebruiker ziet.
  const weg = new Set(['--single-process', '--no-zygote', '--disable-web-security', '--allow-running-insecure-content', '--disable-site-isolation-trials']);
  return { executablePath: await pakket.executablePath(), args: pakket.args.filter((vlag) => !weg.has(vlag) && !vlag.startsWith('--disable-features=')), herkomst: '@sparticuz/chromium' };
}

let map: string;
let browser: Browser;

beforeAll(async () => {
  map = mkdtempSync(join(tmpdir(), 'opvangregels-site-'));
  await bouwSite(map);
  const start = await chromiumStart();
  browser = await chromium.launch({ executablePath: start.executablePath, args: start.args });
  console.log(`browsertests in Chromium van ${start.herkomst}`);
  mkdirSync(ARTEFACTEN, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (map) rmSync(map, { recursive: true, force: true });
});

const adres = (bestand: string, hash = '') => `${pathToFileURL(join(map, bestand)).href}${hash}`;

async function nieuwePagina(javaScript = true): Promise<{ pagina: Page; fouten: string[] }> {
  const context = await browser.newContext({ javaScriptEnabled: javaScript, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const pagina = await context.newPage();
  const fouten: string[] = [];
  pagina.on('pageerror', (fout) => fouten.push(fout.message));
  pagina.on('console', (bericht) => {
    if (bericht.type() === 'error') fouten.push(bericht.text());
  });
  return { pagina, fouten };
}

const toekennen = {
  ingediendOp: '2025-04-05T14:30:00+02:00',
  vorm: 'gift',
  bedragInCenten: 120_000,
  gemeenteVanHerkomst: 'Wierden',
  voorliggendeVoorzieningenBenut: true,
  voorkomtOfVerkortOpvang: true,
  verwachteBesparingInCenten: 450_000,
  schulden: false,
} as const;
const afwijzen = { ...toekennen, gemeenteVanHerkomst: 'Zwolle' } as const;

/** Een aantal eurocent als euro's zoals een gebruiker ze typt: "1200" of "1200,50" (hier uitgeschreven, niet met de code van de site). */
const inEuros = (centen: number) => (centen % 100 === 0 ? String(centen / 100) : `${Math.floor(centen / 100)},${String(centen % 100).padStart(2, '0')}`);

/** De vraag bij een ja/nee-veld, zoals de regelbeschrijving haar stelt (ja = true). */
const vraag = (regel: RegelId, pad: string) => {
  const tekst = REGELS[regel].beschrijving.vragen[pad]?.nl;
  if (!tekst) throw new Error(`geen vraag voor ${regel}: ${pad}`);
  return tekst;
};

/** Vult het versnelfondsformulier in zoals een gebruiker: met de velden, niet via het adres; bedragen in euro's. */
async function vulVersnelfonds(pagina: Page, geval: { vorm: string; bedragInCenten: number; gemeenteVanHerkomst: string; verwachteBesparingInCenten: number }, tijd = '14:30'): Promise<void> {
  await pagina.selectOption('#probeer-regel', 'versnelfonds');
  await pagina.getByLabel('Ingediend op: datum').fill('2025-04-05');
  await pagina.getByLabel('Ingediend op: tijd (Nederlandse tijd)').fill(tijd);
  await pagina.getByLabel('Vorm', { exact: true }).selectOption(geval.vorm);
  await pagina.getByLabel("Bedrag in euro's", { exact: true }).fill(inEuros(geval.bedragInCenten));
  await pagina.getByLabel('De gemeente van herkomst', { exact: true }).fill(geval.gemeenteVanHerkomst);
  await pagina.getByLabel(vraag('versnelfonds', 'voorliggendeVoorzieningenBenut'), { exact: true }).selectOption({ label: 'ja' });
  await pagina.getByLabel(vraag('versnelfonds', 'voorkomtOfVerkortOpvang'), { exact: true }).selectOption({ label: 'ja' });
  await pagina.getByLabel("De verwachte besparing in euro's, of onbekend", { exact: true }).fill(inEuros(geval.verwachteBesparingInCenten));
  await pagina.getByLabel(vraag('versnelfonds', 'schulden'), { exact: true }).selectOption({ label: 'nee' });
  await pagina.getByRole('button', { name: 'Beslis' }).click();
}

type Schema = { type?: string; properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[] };

/** De paden (met punten, zonder indexen) van elk veld dat true, false of 'onbekend' aanneemt, uit het JSON Schema. */
function feitvelden(schema: Schema, voor = ''): string[] {
  return Object.entries(schema.properties ?? {}).flatMap(([naam, deel]) => {
    const varianten = deel.anyOf ?? [deel];
    return [
      ...(varianten.some((variant) => variant.type === 'boolean') ? [`${voor}${naam}`] : []),
      ...varianten.flatMap((variant) => (variant.type === 'array' && variant.items ? feitvelden(variant.items, `${voor}${naam}.`) : variant.type === 'object' ? feitvelden(variant, `${voor}${naam}.`) : [])),
    ];
  });
}

/**
 * Per regel met ja/nee-velden een geldig geval waarin elk van die velden de motivering verandert
 * (de test eist dat: anders zou een omgekeerde vraag niet opvallen).
 */
const BASISGEVAL: Partial<Record<RegelId, Record<string, unknown>>> = {
  versnelfonds: { ...toekennen, schulden: true, schuldhulpverlenerBetrokken: true, schuldenTotMinimumTeruggebracht: true },
  schuldhulp: { fase: 'opvang', schulden: true, schuldhulpverlening: 'geen' },
  'alternatieve-bewindvoering': { fase: 'na-uitstroom', handeling: 'voortzetten', toestemming: true, behoefte: true },
  regisseur: { fase: 'opvang', betrokkenOrganisaties: [{ naam: 'Wijkteam', contacturenPerMaand: 10, bereikbaar: true, vertrouwensrelatie: true }] },
  situatie: { woonsituatie: 'niet-conventioneel', dakBovenHetHoofd: true, problematiek: 'zwaar', lokaleMogelijkhedenToereikend: true, regio: 'ijssel-vecht' },
  // Na de termijn: ja, nee en onbekend geven elk een andere uitkomst (aangeboden, termijn verstreken, aanvullen).
  woningaanbod: { regio: 'almelo', aangemeldOp: '2025-03-03', peildatum: '2025-10-01', woningAangeboden: true },
};

/** Het geval met `waarde` op `pad` (in een lijst: bij elk item). */
function metWaarde(geval: unknown, pad: string, waarde: unknown): unknown {
  if (Array.isArray(geval)) return geval.map((item) => metWaarde(item, pad, waarde));
  const [naam, ...rest] = pad.split('.');
  const object = geval as Record<string, unknown>;
  return { ...object, [naam!]: rest.length > 0 ? metWaarde(object[naam!], rest.join('.'), waarde) : waarde };
}

/** De waarde op `pad` (in een lijst: die van het eerste item); weggelaten is 'onbekend'. */
function waardeOp(geval: unknown, pad: string): unknown {
  let deel = geval;
  for (const naam of pad.split('.')) deel = ((Array.isArray(deel) ? deel[0] : deel) as Record<string, unknown>)[naam];
  return deel ?? 'onbekend';
}

const antwoordOp = (waarde: unknown) => (waarde === true ? 'ja' : waarde === false ? 'nee' : 'onbekend');

/** Wat de pagina als uitkomst toont: de naam van de uitkomst en de motivering. */
const toonde = (pagina: Page) =>
  pagina.evaluate(() => ({ uitkomst: document.getElementById('probeer-uitkomstnaam')?.textContent ?? null, verslag: document.getElementById('probeer-verslag')?.textContent ?? null }));

describe('de site in Chromium', { timeout: 60_000 }, () => {
  it('elke pagina opent vanaf schijf zonder fouten; een schermafdruk per pagina', async () => {
    const { pagina, fouten } = await nieuwePagina();
    for (const { bestand, titel } of paginas()) {
      await pagina.goto(adres(bestand));
      await expect(pagina.locator('h1').textContent()).resolves.toBe(titel);
      // Het eerste scherm: een schermafdruk van een hele regelpagina (met voorbeeldbrieven en verslagen
      // meer dan 30.000 pixels hoog) kostte op twee cores het grootste deel van een minuut.
      await pagina.screenshot({ path: join(ARTEFACTEN, bestand.replace('.html', '.jpg')), type: 'jpeg', quality: 70 });
    }
    expect(fouten).toEqual([]);
  });

  it('het script is zo groot als docs/site.md zegt (gzip, binnen 10 %)', () => {
    const gemeten = gzipSync(readFileSync(join(map, 'app.js'))).length / 1024;
    const gezegd = Number(/about (\d+) kB\s+gzipped/.exec(readFileSync('docs/site.md', 'utf8'))![1]);
    expect(Math.abs(gemeten - gezegd) / gezegd, `gemeten ${gemeten.toFixed(1)} kB, docs/site.md zegt ${gezegd} kB`).toBeLessThanOrEqual(0.1);
  });

  it('over http: de site werkt van een webserver, en de link van een geval opent daar hetzelfde geval, zonder opmerking over deze computer', async () => {
    const soorten: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript' };
    const server = createServer((verzoek, antwoord) => {
      const pad = join(map, decodeURIComponent(new URL(verzoek.url!, 'http://x').pathname).replace(/^\/+/, '') || 'index.html');
      if (!pad.startsWith(map) || !existsSync(pad)) return void antwoord.writeHead(404).end();
      antwoord.writeHead(200, { 'content-type': soorten[pad.slice(pad.lastIndexOf('.'))] ?? 'application/octet-stream' }).end(readFileSync(pad));
    });
    await new Promise<void>((klaar) => server.listen(0, '127.0.0.1', klaar));
    try {
      const basis = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const { pagina, fouten } = await nieuwePagina();
      await pagina.goto(`${basis}/probeer.html#${new URLSearchParams({ regel: 'versnelfonds', invoer: JSON.stringify(afwijzen) }).toString()}`);
      await pagina.locator('#probeer-deellink').waitFor();
      const link = await pagina.locator('#probeer-deellink').getAttribute('href');
      expect(link!.startsWith(`${basis}/probeer.html#`)).toBe(true);
      await expect(pagina.locator('#probeer-delen').textContent()).resolves.not.toContain('deze computer');
      const { pagina: ander } = await nieuwePagina();
      await ander.goto(link!);
      await expect(ander.locator('#probeer-verslag').textContent()).resolves.toBe(motivering(beoordeelVersnelfonds(afwijzen)));
      expect(fouten).toEqual([]);
    } finally {
      await new Promise((klaar) => server.close(klaar));
    }
  });

  it('het leesdeel werkt zonder JavaScript: regels, criteria en tijdlijnen staan in de HTML', async () => {
    const { pagina } = await nieuwePagina(false);
    await pagina.goto(adres('regel-versnelfonds.html'));
    await expect(pagina.getByRole('heading', { name: 'Herkomst uit de regio van het fonds' }).count()).resolves.toBe(1);
    await pagina.goto(adres('waar-en-wanneer.html'));
    await expect(pagina.locator('#waar-formulier').isVisible()).resolves.toBe(false);
    await expect(pagina.getByRole('heading', { name: 'regio IJssel-Vecht', exact: true }).count()).resolves.toBe(1);
  });

  it('het versnelfondsformulier geeft voor toekennen en afwijzen dezelfde uitkomst en brief als de bibliotheek', async () => {
    const { pagina, fouten } = await nieuwePagina();
    await pagina.goto(adres('probeer.html'));
    for (const geval of [toekennen, afwijzen]) {
      await vulVersnelfonds(pagina, geval);
      const verwacht = beoordeelVersnelfonds(geval);
      await expect(pagina.locator('#probeer-uitkomstnaam').textContent()).resolves.toBe(verwacht.uitkomst === 'toekennen' ? 'toekennen' : 'afwijzen');
      await expect(pagina.locator('#probeer-verslag').textContent()).resolves.toBe(motivering(verwacht));
    }
    // Het geval staat in het adres, met de bedragen in euro's: wie het deelt, ziet hetzelfde.
    const gedeeld = pagina.url();
    expect(new URL(gedeeld).hash).toContain('regel=versnelfonds');
    const gedeeldeInvoer = JSON.parse(new URLSearchParams(new URL(gedeeld).hash.slice(1)).get('invoer')!);
    expect(gedeeldeInvoer).toMatchObject({ bedragInEuro: '1200,00', verwachteBesparingInEuro: '4500,00' });
    expect(Object.keys(gedeeldeInvoer).filter((naam) => naam.endsWith('InCenten'))).toEqual([]);
    const { pagina: tweede } = await nieuwePagina();
    await tweede.goto(gedeeld);
    await expect(tweede.locator('#probeer-verslag').textContent()).resolves.toBe(motivering(beoordeelVersnelfonds(afwijzen)));
    await pagina.screenshot({ path: join(ARTEFACTEN, 'probeer-afwijzen.png'), fullPage: true });
    expect(fouten).toEqual([]);
  });

  it('de brief aan de cliënt staat naast het verslag, met de gemeente uit het formulier; bij een regel zonder brief alleen het verslag', async () => {
    const { pagina, fouten } = await nieuwePagina();
    await pagina.goto(adres('probeer.html'));
    await pagina.getByLabel('Naam van de gemeente die de brief stuurt (mag leeg)').fill('Gemeente Wierden');
    await pagina.getByLabel('Adres voor bezwaar (mag leeg)').fill('Postbus 43, 7640 AA Wierden');
    await vulVersnelfonds(pagina, afwijzen);
    const verwacht = brief(beoordeelVersnelfonds(afwijzen), { gemeente: { naam: 'Gemeente Wierden', bezwaaradres: 'Postbus 43, 7640 AA Wierden' }, datum: '2026-01-01' });
    await expect(pagina.locator('#probeer-besluit').textContent()).resolves.toBe(verwacht.besluit);
    await expect(pagina.locator('#probeer-brief li').allTextContents()).resolves.toEqual([...verwacht.redenen, ...verwacht.grondslagen]);
    await expect(pagina.locator('#probeer-bezwaar').textContent()).resolves.toBe(verwacht.bezwaar);
    await expect(pagina.locator('#probeer-verslag').textContent()).resolves.toBe(motivering(beoordeelVersnelfonds(afwijzen)));
    await pagina.screenshot({ path: join(ARTEFACTEN, 'probeer-brief.png'), fullPage: true });
    // Zonder gemeente: zichtbare plaatshouders, geen verzonnen adres.
    await pagina.getByLabel('Adres voor bezwaar (mag leeg)').fill('');
    await pagina.getByRole('button', { name: 'Beslis' }).click();
    await expect(pagina.locator('#probeer-bezwaar').textContent()).resolves.toContain('Stuur uw bezwaar naar: [adres voor bezwaar].');
    await pagina.locator('#probeer-regel').selectOption('herkomst');
    await expect(pagina.locator('#probeer-briefgegevens').isVisible()).resolves.toBe(false);
    await pagina.goto(adres('probeer.html', `#${new URLSearchParams({ regel: 'herkomst', invoer: JSON.stringify({ gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum: '2024-05-01' }) }).toString()}`));
    await expect(pagina.locator('#probeer-verslag').count()).resolves.toBe(1);
    await expect(pagina.locator('#probeer-brief').count()).resolves.toBe(0);
    await expect(pagina.locator('#probeer-briefgegevens').isVisible()).resolves.toBe(false);
    expect(fouten).toEqual([]);
  });

  it('Wat als?: een CSV met gevallen en een beleidsbestand geuploaded; de veranderde gevallen en de totalen zoals de CLI ze berekent', async () => {
    const { pagina, fouten } = await nieuwePagina();
    await pagina.goto(adres('wat-als.html'));
    await pagina.getByLabel('Gevallen (CSV met een kopregel, JSON of JSON Lines)').setInputFiles('examples/vergelijk/aanvragen-2025.csv');
    await pagina.getByLabel('Beleid B (JSON-bestand; leeg: het ingebouwde beleid)').setInputFiles('examples/beleid/voorbeeld-voorstel-fonds.json');
    await pagina.getByRole('button', { name: 'Reken door' }).click();
    await pagina.locator('#watals-samenvatting').waitFor();
    const csv = readFileSync('examples/vergelijk/aanvragen-2025.csv', 'utf8');
    const verwacht = vergelijkGevallen(REGELS.versnelfonds, leesCsvGevallen(csv, invoerJsonSchema('versnelfonds')), undefined, { beleid: defineBeleid(JSON.parse(readFileSync('examples/beleid/voorbeeld-voorstel-fonds.json', 'utf8'))) });
    await expect(pagina.locator('#watals-samenvatting').textContent()).resolves.toBe(`${verwacht.aantal} gevallen: ${verwacht.gewijzigd.length} anders beslist onder beleid B`);
    await expect(pagina.locator('#watals-totaal').textContent()).resolves.toBe('Totaal toegekend: € 4.550,00 onder A, € 2.650,00 onder B.');
    const rijen = await pagina.locator('#watals-gewijzigd tbody tr td:first-child').allTextContents();
    expect(rijen).toEqual(verwacht.gewijzigd.map((verschil) => String(verschil.regelnummer)));
    await expect(pagina.locator('#watals-ongeldig li').allTextContents()).resolves.toEqual(['Regel 11: Bedrag: moet een positief geheel getal zijn (eurocent)']);
    await pagina.screenshot({ path: join(ARTEFACTEN, 'wat-als.png'), fullPage: true });
    // Een beleidsbestand dat geen beleid is: een melding, geen uitkomst.
    await pagina.getByLabel('Beleid A (JSON-bestand; leeg: het ingebouwde beleid)').setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{"id": "Almelo"}') });
    await pagina.getByRole('button', { name: 'Reken door' }).click();
    await pagina.locator('#watals-melding', { hasText: /^Beleid A is niet te gebruiken: / }).waitFor();
    await expect(pagina.locator('#watals-uitkomst').textContent()).resolves.toBe('');
    expect(fouten).toEqual([]);
  });

  it('elke ja/nee-vraag van elke regel: ja beslist als true, nee als false, onbekend als onbekend, zoals de bibliotheek', async () => {
    let gevraagd = 0;
    for (const regel of Object.keys(REGELS) as RegelId[]) {
      const paden = feitvelden(invoerJsonSchema(regel) as Schema);
      // De lijst komt uit het JSON Schema; elke vraag van de beschrijving hoort bij zo'n veld, en omgekeerd.
      expect(paden.slice().sort(), regel).toEqual(Object.keys(REGELS[regel].beschrijving.vragen).sort());
      if (paden.length === 0) continue;
      const basis = BASISGEVAL[regel];
      expect(basis, `${regel}: een geldig basisgeval in BASISGEVAL`).toBeDefined();
      const beslis = (invoer: unknown) => {
        const beoordeling = REGELS[regel].beoordeel(invoer);
        return { uitkomst: REGELS[regel].beschrijving.uitkomsten[beoordeling.uitkomst]!.nl, verslag: motivering(beoordeling) };
      };
      // Het basisgeval via het adres zoals de regels het nemen (eurocent, het oude formaat): de pagina beslist het meteen.
      const { pagina, fouten } = await nieuwePagina();
      pagina.setDefaultTimeout(10_000);
      await pagina.goto(adres('probeer.html', `#${new URLSearchParams({ regel, invoer: JSON.stringify(basis) }).toString()}`));
      await expect(toonde(pagina)).resolves.toEqual(beslis(basis));
      for (const pad of paden) {
        const keuzelijst = pagina.getByLabel(vraag(regel, pad), { exact: true });
        await expect(keuzelijst.count(), `${regel}: ${pad} wordt gevraagd als "${vraag(regel, pad)}"`).resolves.toBe(1);
        const uitkomsten = new Map<string, string>();
        for (const [antwoord, waarde] of [['ja', true], ['nee', false], ['onbekend', 'onbekend']] as const) {
          await keuzelijst.selectOption({ label: antwoord });
          await pagina.getByRole('button', { name: 'Beslis' }).click();
          const verwacht = beslis(metWaarde(basis!, pad, waarde));
          await expect(toonde(pagina), `${regel}: ${pad} = ${antwoord}`).resolves.toEqual(verwacht);
          uitkomsten.set(antwoord, verwacht.verslag);
          gevraagd++;
        }
        // Het basisgeval laat elk antwoord iets anders beslissen: een omgekeerde vraag zou hier falen.
        expect(new Set(uitkomsten.values()).size, `${regel}: ${pad}: ja, nee en onbekend geven elk een andere motivering`).toBe(3);
        await keuzelijst.selectOption({ label: antwoordOp(waardeOp(basis!, pad)) });
      }
      await pagina.context().close();
      expect(fouten, regel).toEqual([]);
    }
    expect(gevraagd).toBeGreaterThan(0);
  });

  it("bedragen in euro's: 4500 is 450000 eurocent, 0,29 is 29; wat geen bedrag is, krijgt een melding naast het veld", async () => {
    const { pagina, fouten } = await nieuwePagina();
    pagina.setDefaultTimeout(10_000);
    // Een adres van vóór de euro's (eurocent) wordt nog gelezen, en in euro's getoond.
    await pagina.goto(adres('probeer.html', `#${new URLSearchParams({ regel: 'versnelfonds', invoer: JSON.stringify(toekennen) }).toString()}`));
    const bedrag = pagina.getByLabel("Bedrag in euro's", { exact: true });
    const besparing = pagina.getByLabel("De verwachte besparing in euro's, of onbekend", { exact: true });
    await expect(bedrag.inputValue()).resolves.toBe('1200,00');
    await expect(besparing.inputValue()).resolves.toBe('4500,00');
    // Het geval zoals het formulier het nu heeft, in eurocent: elke stap verandert één veld.
    let geval: VersnelfondsAanvraag = { ...toekennen };
    const beslist = async (veld: typeof bedrag, tekst: string, centen: Partial<VersnelfondsAanvraag>) => {
      await veld.fill(tekst);
      await pagina.getByRole('button', { name: 'Beslis' }).click();
      geval = { ...geval, ...centen };
      const verwacht = beoordeelVersnelfonds(geval);
      await expect(toonde(pagina), tekst).resolves.toEqual({ uitkomst: REGELS.versnelfonds.beschrijving.uitkomsten[verwacht.uitkomst]!.nl, verslag: motivering(verwacht) });
      return motivering(verwacht);
    };
    // 4500 is € 4.500,00: genoeg besparing voor de € 1.000 die het fonds geeft (als eurocent, € 45, niet).
    const te45 = await beslist(besparing, '45', { verwachteBesparingInCenten: 4_500 });
    const te4500 = await beslist(besparing, '4500', { verwachteBesparingInCenten: 450_000 });
    expect(te4500).not.toBe(te45);
    await expect(pagina.locator(`#${await besparing.getAttribute('id')}-melding`).textContent()).resolves.toBe('Dat is € 4.500,00.');
    await beslist(besparing, '4.500,50', { verwachteBesparingInCenten: 450_050 });
    await beslist(besparing, 'onbekend', { verwachteBesparingInCenten: 'onbekend' });
    // 0,29 is precies 29 cent (0,29 × 100 is in JavaScript 28,999999999999996, wat de regels weigeren).
    const te29 = await beslist(bedrag, '0,29', { bedragInCenten: 29 });
    expect(te29).not.toBe(motivering(beoordeelVersnelfonds({ ...geval, bedragInCenten: 28 })));
    expect(JSON.parse(new URLSearchParams(new URL(pagina.url()).hash.slice(1)).get('invoer')!)).toMatchObject({ bedragInEuro: '0,29' });
    // Geen bedrag: een melding naast het veld, het veld gemarkeerd, en niets beslist.
    const melding = pagina.locator(`#${await bedrag.getAttribute('id')}-melding`);
    for (const [tekst, zegt] of [['12,345', 'hoogstens twee cijfers achter de komma'], ['4500.50', 'Gebruik een komma voor de centen'], ['vijftig', "Vul een bedrag in euro's in"], ['-5', 'niet negatief'], ['0', 'meer dan € 0,00']] as const) {
      await bedrag.fill(tekst);
      await pagina.getByRole('button', { name: 'Beslis' }).click();
      await expect(melding.textContent(), tekst).resolves.toContain(zegt);
      await expect(bedrag.getAttribute('aria-invalid'), tekst).resolves.toBe('true');
      await expect(bedrag.getAttribute('aria-describedby'), tekst).resolves.toBe(await melding.getAttribute('id'));
      await expect(pagina.locator('#probeer-fouten').textContent(), tekst).resolves.toContain(`Bedrag: `);
      await expect(pagina.locator('#probeer-verslag').count(), tekst).resolves.toBe(0);
    }
    await beslist(bedrag, '1.200', { bedragInCenten: 120_000 });
    await expect(bedrag.getAttribute('aria-invalid')).resolves.toBeNull();
    expect(fouten).toEqual([]);
  });

  it('wat geldt in IJssel-Vecht op 1 juni 2026: de 2 nachten (praktijk) gelden, de 8 weken (ambitie) niet', async () => {
    const { pagina, fouten } = await nieuwePagina();
    await pagina.goto(adres('waar-en-wanneer.html'));
    await pagina.getByLabel('Regio').selectOption('ijssel-vecht');
    await pagina.getByLabel('Datum').fill('2026-06-01');
    await pagina.getByRole('button', { name: 'Toon wat geldt' }).click();
    const tweeNachten = pagina.locator('#waar-uitkomst tr', { hasText: '2 nachten' });
    await expect(tweeNachten.count()).resolves.toBe(1);
    await expect(tweeNachten.textContent()).resolves.toContain('praktijk');
    await expect(tweeNachten.getAttribute('class')).resolves.toBe('toegepast');
    const achtWeken = pagina.locator('#waar-uitkomst tr', { hasText: '8 weken' });
    await expect(achtWeken.textContent()).resolves.toMatch(/ambitie.*niet toegepast/);
    await expect(achtWeken.getAttribute('class')).resolves.toBe('niet-toegepast');
    await pagina.screenshot({ path: join(ARTEFACTEN, 'waar-ijssel-vecht-2026-06-01.png'), fullPage: true });
    expect(fouten).toEqual([]);
  });

  it('een geladen eigen beleid wordt gebruikt: op de regiopagina en in het formulier', async () => {
    const bestand = join(map, 'eigen-beleid.json');
    writeFileSync(bestand, readFileSync('examples/beleid/amsterdam-amstelland.json'));
    const beleid = defineBeleid(JSON.parse(readFileSync(bestand, 'utf8')));
    const { pagina, fouten } = await nieuwePagina();
    await pagina.goto(adres('waar-en-wanneer.html'));
    await pagina.getByLabel(/^Eigen beleid/).setInputFiles(bestand);
    await pagina.locator('#waar-melding', { hasText: 'Eigen beleid geladen' }).waitFor();
    await pagina.getByLabel('Regio').selectOption('amsterdam-amstelland');
    await pagina.getByLabel('Datum').fill('2025-06-01');
    await pagina.getByRole('button', { name: 'Toon wat geldt' }).click();
    await expect(pagina.locator('#waar-uitkomst').textContent()).resolves.toContain('€ 750,00');
    // Waarop de regels rusten onder het geladen beleid: de grondslag van het eigen fonds.
    await expect(pagina.locator('#waar-uitkomst .regels-van-beleid').textContent()).resolves.toContain(`Versnelfonds: grondslag ${beleid.regels.versnelfonds!.grondslag.status}`);

    await pagina.goto(adres('probeer.html'));
    await pagina.getByLabel(/^Eigen beleid/).setInputFiles(bestand);
    await pagina.locator('#probeer-melding', { hasText: 'Eigen beleid geladen' }).waitFor();
    await vulVersnelfonds(pagina, { ...toekennen, gemeenteVanHerkomst: 'Diemen' } as never);
    await expect(pagina.locator('#probeer-verslag').textContent()).resolves.toBe(motivering(beoordeelVersnelfonds({ ...toekennen, gemeenteVanHerkomst: 'Diemen' }, { beleid })));
    // Per criterium de uitslag in woorden, naast de brief en het verslag.
    await expect(pagina.locator('#probeer-samenvatting li').first().textContent()).resolves.toMatch(/^.+: (voldaan|niet voldaan|nog onbekend|niet van toepassing)$/);
    // De link draagt het beleid ingepakt mee: wie hem opent, krijgt dezelfde beslissing zonder het bestand.
    const link = await pagina.locator('#probeer-deellink').getAttribute('href');
    expect(new URLSearchParams(new URL(link!).hash.slice(1)).get('beleidsbestand')).toMatch(/^[A-Za-z0-9_-]+$/);
    const { pagina: ander, fouten: andereFouten } = await nieuwePagina();
    await ander.goto(link!);
    await ander.locator('#probeer-verslag').waitFor();
    await expect(ander.locator('#probeer-verslag').textContent()).resolves.toBe(motivering(beoordeelVersnelfonds({ ...toekennen, gemeenteVanHerkomst: 'Diemen' }, { beleid })));
    await expect(ander.locator('#probeer-melding').textContent()).resolves.toContain('Eigen beleid uit de link');
    // Een kapot ingepakt beleid: een melding, geen beslissing met het ingebouwde beleid.
    const kapot = new URL(link!);
    const parameters = new URLSearchParams(kapot.hash.slice(1));
    parameters.set('beleidsbestand', 'AAAA');
    await ander.goto(`${kapot.href.split('#')[0]}#${parameters.toString()}`);
    await ander.locator('#probeer-melding', { hasText: 'kon niet gelezen worden' }).waitFor();
    expect(andereFouten).toEqual([]);
    // De eigen regio staat daarna in de keuzelijst van herkomst.
    await pagina.selectOption('#probeer-regel', 'herkomst');
    await pagina.getByLabel('Regio', { exact: true }).selectOption('amsterdam-amstelland');
    await pagina.getByLabel('De gemeente van herkomst', { exact: true }).fill('Weesp');
    await pagina.getByLabel('Peildatum', { exact: true }).fill('2025-05-01');
    await pagina.getByRole('button', { name: 'Beslis' }).click();
    const herkomst = bepaalHerkomst({ gemeenteVanHerkomst: 'Weesp', regio: 'amsterdam-amstelland', peildatum: '2025-05-01' }, { beleid });
    await expect(pagina.locator('#probeer-uitkomstnaam').textContent()).resolves.toBe('binnen de regio');
    await expect(pagina.locator('#probeer-verslag').textContent()).resolves.toBe(motivering(herkomst));
    expect(fouten).toEqual([]);
  });

  it('alleen met het toetsenbord bereikt u elk formulierelement, ook in lijsten (regisseur) en keuzevakjes (situatie)', async () => {
    const { pagina } = await nieuwePagina();
    const gevallen: Array<[string, string | null]> = [['probeer.html', null], ['probeer.html', 'regisseur'], ['probeer.html', 'situatie'], ['waar-en-wanneer.html', null]];
    for (const [bestand, regel] of gevallen) {
      await pagina.goto(adres(bestand));
      if (regel) await pagina.selectOption('#probeer-regel', regel);
      if (regel === 'regisseur') await pagina.getByRole('button', { name: /^Voeg toe/ }).click();
      await pagina.locator('body').focus();
      const elementen = await pagina.locator('main input:visible, main select:visible, main button:visible').evaluateAll((lijst) => lijst.map((element) => element.id || element.textContent));
      expect(elementen.length).toBeGreaterThan(3);
      const bereikt = new Set<string>();
      for (let stap = 0; stap < elementen.length + 40; stap++) {
        await pagina.keyboard.press('Tab');
        bereikt.add(await pagina.evaluate(() => document.activeElement?.id || document.activeElement?.textContent || ''));
      }
      for (const element of elementen) expect(bereikt, `${bestand} ${regel ?? ''}: ${element} niet bereikt met Tab`).toContain(element);
    }
  });

  it('een geval in het adres dat niet klopt, breekt de pagina niet; het formulier kiest nooit zelf een keuze', async () => {
    const { pagina, fouten } = await nieuwePagina();
    for (const hash of ['#regel=versnelfonds&invoer={"constructor":1,"__proto__":{}}', '#%E0%A4%A', '#regel=regisseur&invoer={"betrokkenOrganisaties":[{"toString":1}]}', '#regel=situatie&invoer={"woonsituatie":"x"}', '#regel=onzin']) {
      await pagina.goto(adres('probeer.html', hash));
      await expect(pagina.getByRole('button', { name: 'Beslis' }).isVisible()).resolves.toBe(true);
    }
    expect(fouten).toEqual([]);
    // Een keuze die niet in de lijst staat, wordt niet stil een andere; een lege verplichte keuze ontbreekt.
    await pagina.goto(adres('probeer.html', '#regel=situatie&invoer={}'));
    await pagina.getByRole('button', { name: 'Beslis' }).click();
    await expect(pagina.locator('#probeer-uitkomst').textContent()).resolves.toContain('Woonsituatie: ontbreekt');
    // Het veld met de fout is gemarkeerd, met de melding als beschrijving; na een juiste keuze niet meer.
    const woonsituatie = pagina.getByLabel('Woonsituatie', { exact: true });
    await expect(woonsituatie.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(woonsituatie.getAttribute('aria-describedby')).resolves.toBe('probeer-fouten');
    await woonsituatie.selectOption('eigen-woning');
    await pagina.getByRole('button', { name: 'Beslis' }).click();
    await expect(woonsituatie.getAttribute('aria-invalid')).resolves.toBeNull();
  });

  it('een gedeeld geval dat met een eigen beleid beslist is, wordt niet stil met het ingebouwde beslist', async () => {
    const { pagina } = await nieuwePagina();
    const hash = `#${new URLSearchParams({ regel: 'versnelfonds', invoer: JSON.stringify(toekennen), beleid: 'voorbeeld-amsterdam-amstelland 2026-1' }).toString()}`;
    await pagina.goto(adres('probeer.html', hash));
    await expect(pagina.locator('#probeer-melding').textContent()).resolves.toContain('Dit geval is beslist met een eigen beleid (voorbeeld-amsterdam-amstelland 2026-1)');
    await expect(pagina.locator('#probeer-verslag').count()).resolves.toBe(0);
  });

  it('een tijd die bij de overgang naar zomertijd niet bestaat, of bij wintertijd twee keer voorkomt, is een melding, geen gok', async () => {
    const { pagina } = await nieuwePagina();
    await pagina.goto(adres('probeer.html'));
    for (const [dag, tekst] of [['2025-03-30', 'bestaat op 30 maart 2025 niet in Nederland'], ['2025-10-26', 'kwam op 26 oktober 2025 twee keer voor']] as const) {
      await vulVersnelfonds(pagina, toekennen, '02:30');
      await pagina.getByLabel('Ingediend op: datum').fill(dag);
      await pagina.getByRole('button', { name: 'Beslis' }).click();
      await expect(pagina.locator('#probeer-uitkomst').textContent()).resolves.toContain(tekst);
    }
    // Een uur later is het gewoon een tijdstip, met de offset van die dag.
    await pagina.getByLabel('Ingediend op: tijd (Nederlandse tijd)').fill('03:30');
    await pagina.getByRole('button', { name: 'Beslis' }).click();
    expect(new URLSearchParams(new URL(pagina.url()).hash.slice(1)).get('invoer')).toContain('"ingediendOp":"2025-10-26T03:30:00+01:00"');
  });

  it('toegankelijkheid (WCAG 2.2 AA, axe-core): geen ernstige of kritieke overtreding op enige pagina, ook niet met een uitkomst', async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const controleer = async (pagina: Page, naam: string) => {
      await pagina.addScriptTag({ content: axe });
      const overtredingen = await pagina.evaluate(async () => {
        const uitslag = await (window as unknown as { axe: { run: (context: Document, opties: object) => Promise<{ violations: Array<{ id: string; impact: string | null; nodes: unknown[] }> }> } }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
        return uitslag.violations.map((overtreding) => ({ id: overtreding.id, impact: overtreding.impact, aantal: overtreding.nodes.length }));
      });
      const ernstig = overtredingen.filter((overtreding) => overtreding.impact === 'serious' || overtreding.impact === 'critical');
      expect(ernstig, `${naam}: ${JSON.stringify(ernstig)}`).toEqual([]);
    };
    const { pagina } = await nieuwePagina();
    // Elke pagina, maar van de regelpagina's (één sjabloon, samen de helft van de tijd) alleen die van het versnelfonds.
    for (const { bestand } of paginas().filter(({ bestand: naam }) => !naam.startsWith('regel-') || naam === 'regel-versnelfonds.html')) {
      await pagina.goto(adres(bestand));
      await controleer(pagina, bestand);
    }
    // Met een uitkomst: de brief en het verslag, en de tabellen van Wat als?.
    await pagina.goto(adres('probeer.html', `#${new URLSearchParams({ regel: 'versnelfonds', invoer: JSON.stringify(afwijzen) }).toString()}`));
    await pagina.locator('#probeer-brief').waitFor();
    await controleer(pagina, 'probeer.html met een brief');
    await pagina.goto(adres('wat-als.html'));
    await pagina.getByLabel('Gevallen (CSV met een kopregel, JSON of JSON Lines)').setInputFiles('examples/vergelijk/aanvragen-2025.csv');
    await pagina.getByRole('button', { name: 'Reken door' }).click();
    await pagina.locator('#watals-overgangen').waitFor();
    await controleer(pagina, 'wat-als.html met een uitkomst');
    // De controle zelf: een afbeelding zonder alt-tekst en een knop zonder naam zijn ernstige overtredingen.
    await pagina.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img src="x.png"><button></button>'));
    await expect(controleer(pagina, 'met opzet fout')).rejects.toThrow(/image-alt|button-name/);
  });

  it('de teksten van de site noemen geen technische namen buiten de regels "Technische naam", ook de formulieren en uitkomsten niet', async () => {
    const zichtbareTekst = (pagina: Page) =>
      // De zichtbare tekst, zonder de technische namen apart, de brieven (die toetst de test van de brieven), de citaten, het Engels en de webadressen van de bronnen.
      pagina.evaluate(() => {
        for (const element of document.querySelectorAll<HTMLElement>('.technisch, .vindplaats, pre.verslag, code, q, [lang="en"]')) element.style.display = 'none';
        return document.body.innerText;
      });
    const { pagina } = await nieuwePagina(false);
    for (const { bestand } of paginas()) {
      await pagina.goto(adres(bestand));
      const tekst = await zichtbareTekst(pagina);
      expect(technischeNamen(tekst), `${bestand}: ${technischeNamen(tekst).join('; ')}`).toEqual([]);
    }
    const { pagina: metScript } = await nieuwePagina();
    for (const regel of ['herkomst', 'versnelfonds', 'schuldhulp', 'alternatieve-bewindvoering', 'regisseur', 'verblijfstermijn', 'situatie']) {
      await metScript.goto(adres('probeer.html', `#${new URLSearchParams({ regel, invoer: '{}' }).toString()}`));
      await metScript.locator('#probeer-uitkomst h2').waitFor();
      const tekst = await zichtbareTekst(metScript);
      expect(technischeNamen(tekst), `probeer ${regel}: ${technischeNamen(tekst).join('; ')}`).toEqual([]);
    }
    await metScript.goto(adres('waar-en-wanneer.html', '#regio=ijssel-vecht&datum=2026-06-01'));
    const overzicht = await zichtbareTekst(metScript);
    expect(technischeNamen(overzicht), technischeNamen(overzicht).join('; ')).toEqual([]);
  });
});
