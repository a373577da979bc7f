/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Wat de browsertests van de site delen: Chromium (van het systeem, of uit het registerpakket
// @sparticuz/chromium), bestuurd met playwright-core, met een eigen browser per testbestand voor de
// site die de globalSetup (bouw-site.ts) één keer bouwt; de gevallen en hulpjes die meer dan één
// bestand gebruikt. Schermafdrukken per pagina komen in test-artefacten/ (niet in git).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { REGELS, type RegelId } from '../../src/index.js';

/** Waar de schermafdrukken komen (niet in git). */
export const ARTEFACTEN = join(process.cwd(), 'test-artefacten', 'site');

/**
 * Welke Chromium: `CHROMIUM` als dat een bestand is, anders een Chromium van het systeem (`command -v
 * chromium`), anders die uit het registerpakket `@sparticuz/chromium` (een devDependency: de browser
 * zit in het pakket zelf, dus een verse machine met alleen Node heeft geen apt of download nodig).
 */
export async function chromiumStart(): Promise<{ executablePath: string; args: string[]; herkomst: string }> {
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
/** De contexten die een test opende: na elke test dicht, zodat geen test de pagina's van een vorige laat meedraaien. */
const open: BrowserContext[] = [];

/**
 * Start per testbestand een eigen Chromium voor de site die de globalSetup (bouw-site.ts) één keer
 * bouwde, en sluit na elke test de pagina's die zij opende. Aanroepen bovenaan elk browsertestbestand.
 */
export function metBrowser(): void {
  beforeAll(async () => {
    map = inject('siteMap');
    const start = await chromiumStart();
    browser = await chromium.launch({ executablePath: start.executablePath, args: start.args });
    console.log(`browsertests in Chromium van ${start.herkomst}`);
    mkdirSync(ARTEFACTEN, { recursive: true });
  }, 60_000);
  afterEach(async () => {
    await Promise.all(open.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });
}

/** De map met de gebouwde site. */
export const siteMap = () => map;

/** Het adres (file://) van een pagina van de gebouwde site, met eventueel een `#…`. */
export const adres = (bestand: string, hash = '') => `${pathToFileURL(join(map, bestand)).href}${hash}`;

/** Een pagina in een eigen context (na de test dicht), met de fouten van de pagina en de console verzameld. */
export async function nieuwePagina(javaScript = true): Promise<{ pagina: Page; fouten: string[] }> {
  const context = await browser.newContext({ javaScriptEnabled: javaScript, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  open.push(context);
  const pagina = await context.newPage();
  const fouten: string[] = [];
  pagina.on('pageerror', (fout) => fouten.push(fout.message));
  pagina.on('console', (bericht) => {
    if (bericht.type() === 'error') fouten.push(bericht.text());
  });
  return { pagina, fouten };
}

export const toekennen = {
  ingediendOp: '2025-04-05T14:30:00+02:00',
  vorm: 'gift',
  bedragInCenten: 120_000,
  gemeenteVanHerkomst: 'Wierden',
  voorliggendeVoorzieningenBenut: true,
  voorkomtOfVerkortOpvang: true,
  verwachteBesparingInCenten: 450_000,
  schulden: false,
} as const;
export const afwijzen = { ...toekennen, gemeenteVanHerkomst: 'Zwolle' } as const;

/** Een aantal eurocent als euro's zoals een gebruiker ze typt: "1200" of "1200,50" (hier uitgeschreven, niet met de code van de site). */
export const inEuros = (centen: number) => (centen % 100 === 0 ? String(centen / 100) : `${Math.floor(centen / 100)},${String(centen % 100).padStart(2, '0')}`);

/** De vraag bij een ja/nee-veld, zoals de regelbeschrijving haar stelt (ja = true). */
export const vraag = (regel: RegelId, pad: string) => {
  const tekst = REGELS[regel].beschrijving.vragen[pad]?.nl;
  if (!tekst) throw new Error(`geen vraag voor ${regel}: ${pad}`);
  return tekst;
};

/** Vult het versnelfondsformulier in zoals een gebruiker: met de velden, niet via het adres; bedragen in euro's. */
export async function vulVersnelfonds(pagina: Page, geval: { vorm: string; bedragInCenten: number; gemeenteVanHerkomst: string; verwachteBesparingInCenten: number }, tijd = '14:30'): Promise<void> {
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
