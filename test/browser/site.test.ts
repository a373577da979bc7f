/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// De site in een echte browser: Debian's Chromium, bestuurd met playwright-core. Zonder browser
// falen deze tests met een duidelijke melding; ze slagen nooit stil. Schermafdrukken per pagina
// komen in test-artefacten/ (niet in git).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bouwSite, paginas } from '../../scripts/genereer-site.js';
import { bepaalHerkomst, beoordeelVersnelfonds, defineBeleid, motivering } from '../../src/index.js';
import { technischeNamen } from '../docs/identificatie.js';

const ARTEFACTEN = join(process.cwd(), 'test-artefacten', 'site');

/** Het pad van Chromium: `CHROMIUM`, of wat `command -v chromium` vindt. */
function chromiumPad(): string {
  const gegeven = process.env.CHROMIUM;
  if (gegeven && existsSync(gegeven)) return gegeven;
  for (const naam of ['chromium', 'chromium-browser']) {
    try {
      const pad = execFileSync('sh', ['-c', `command -v ${naam}`], { encoding: 'utf8' }).trim();
      if (pad) return pad;
    } catch {
      // volgende naam
    }
  }
  throw new Error('Geen Chromium gevonden voor de browsertests. Installeer het Debian-pakket: apt-get update && apt-get install -y chromium (.ci/run doet dat), of zet CHROMIUM=/pad/naar/chromium.');
}

let map: string;
let browser: Browser;

beforeAll(async () => {
  map = mkdtempSync(join(tmpdir(), 'opvangregels-site-'));
  await bouwSite(map);
  browser = await chromium.launch({ executablePath: chromiumPad(), args: ['--no-sandbox'] });
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

/** Vult het versnelfondsformulier in zoals een gebruiker: met de velden, niet via het adres. */
async function vulVersnelfonds(pagina: Page, geval: typeof toekennen | typeof afwijzen): Promise<void> {
  await pagina.selectOption('#probeer-regel', 'versnelfonds');
  await pagina.getByLabel('ingediend op: datum').fill('2025-04-05');
  await pagina.getByLabel('ingediend op: tijd (Nederlandse tijd)').fill('14:30');
  await pagina.getByLabel('vorm', { exact: true }).selectOption(geval.vorm);
  await pagina.getByLabel(/^bedrag in centen/).fill(String(geval.bedragInCenten));
  await pagina.getByLabel('gemeente van herkomst', { exact: true }).fill(geval.gemeenteVanHerkomst);
  await pagina.getByLabel('voorliggende voorzieningen benut').selectOption('true');
  await pagina.getByLabel('voorkomt of verkort opvang').selectOption('true');
  await pagina.getByLabel(/^verwachte besparing in centen/).fill(String(geval.verwachteBesparingInCenten));
  await pagina.getByLabel('schulden', { exact: true }).selectOption('false');
  await pagina.getByRole('button', { name: 'Beslis' }).click();
}

describe('de site in Chromium', { timeout: 60_000 }, () => {
  it('elke pagina opent vanaf schijf zonder fouten; een schermafdruk per pagina', async () => {
    const { pagina, fouten } = await nieuwePagina();
    for (const { bestand, titel } of paginas()) {
      await pagina.goto(adres(bestand));
      await expect(pagina.locator('h1').textContent()).resolves.toBe(titel);
      await pagina.screenshot({ path: join(ARTEFACTEN, bestand.replace('.html', '.png')), fullPage: true });
    }
    expect(fouten).toEqual([]);
  });

  it('het leesdeel werkt zonder JavaScript: regels, criteria en tijdlijnen staan in de HTML', async () => {
    const { pagina } = await nieuwePagina(false);
    await pagina.goto(adres('regel-versnelfonds.html'));
    await expect(pagina.getByRole('heading', { name: 'Herkomst uit de regio van het fonds' }).count()).resolves.toBe(1);
    await pagina.goto(adres('waar-en-wanneer.html'));
    await expect(pagina.locator('#waar-formulier').isVisible()).resolves.toBe(false);
    await expect(pagina.getByRole('heading', { name: 'regio IJssel-Vecht' }).count()).resolves.toBe(1);
  });

  it('het versnelfondsformulier geeft voor toekennen en afwijzen dezelfde uitkomst en brief als de bibliotheek', async () => {
    const { pagina, fouten } = await nieuwePagina();
    await pagina.goto(adres('probeer.html'));
    for (const geval of [toekennen, afwijzen]) {
      await vulVersnelfonds(pagina, geval);
      const verwacht = beoordeelVersnelfonds(geval);
      await expect(pagina.locator('#probeer-uitkomstnaam').textContent()).resolves.toBe(verwacht.uitkomst === 'toekennen' ? 'toekennen' : 'afwijzen');
      await expect(pagina.locator('#probeer-brief').textContent()).resolves.toBe(motivering(verwacht));
    }
    // Het geval staat in het adres: wie het deelt, ziet hetzelfde.
    const gedeeld = pagina.url();
    const { pagina: tweede } = await nieuwePagina();
    await tweede.goto(gedeeld);
    await expect(tweede.locator('#probeer-brief').textContent()).resolves.toBe(motivering(beoordeelVersnelfonds(afwijzen)));
    await pagina.screenshot({ path: join(ARTEFACTEN, 'probeer-afwijzen.png'), fullPage: true });
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

    await pagina.goto(adres('probeer.html'));
    await pagina.getByLabel(/^Eigen beleid/).setInputFiles(bestand);
    await pagina.locator('#probeer-melding', { hasText: 'Eigen beleid geladen' }).waitFor();
    await vulVersnelfonds(pagina, { ...toekennen, gemeenteVanHerkomst: 'Diemen' } as never);
    await expect(pagina.locator('#probeer-brief').textContent()).resolves.toBe(motivering(beoordeelVersnelfonds({ ...toekennen, gemeenteVanHerkomst: 'Diemen' }, { beleid })));
    // De eigen regio staat daarna in de keuzelijst van herkomst.
    await pagina.selectOption('#probeer-regel', 'herkomst');
    await pagina.getByLabel('regio', { exact: true }).selectOption('amsterdam-amstelland');
    await pagina.getByLabel('gemeente van herkomst', { exact: true }).fill('Weesp');
    await pagina.getByLabel('peildatum', { exact: true }).fill('2025-05-01');
    await pagina.getByRole('button', { name: 'Beslis' }).click();
    const herkomst = bepaalHerkomst({ gemeenteVanHerkomst: 'Weesp', regio: 'amsterdam-amstelland', peildatum: '2025-05-01' }, { beleid });
    await expect(pagina.locator('#probeer-uitkomstnaam').textContent()).resolves.toBe('binnen de regio');
    await expect(pagina.locator('#probeer-brief').textContent()).resolves.toBe(motivering(herkomst));
    expect(fouten).toEqual([]);
  });

  it('alleen met het toetsenbord bereikt u elk formulierelement', async () => {
    const { pagina } = await nieuwePagina();
    for (const bestand of ['probeer.html', 'waar-en-wanneer.html']) {
      await pagina.goto(adres(bestand));
      const elementen = await pagina.locator('main input:visible, main select:visible, main button:visible').evaluateAll((lijst) => lijst.map((element) => element.id || element.textContent));
      expect(elementen.length).toBeGreaterThan(3);
      const bereikt = new Set<string>();
      for (let stap = 0; stap < elementen.length + 40; stap++) {
        await pagina.keyboard.press('Tab');
        bereikt.add(await pagina.evaluate(() => document.activeElement?.id || document.activeElement?.textContent || ''));
      }
      for (const element of elementen) expect(bereikt, `${bestand}: ${element} niet bereikt met Tab`).toContain(element);
    }
  });

  it('de teksten van de site noemen geen technische namen buiten de regels "Technische naam"', async () => {
    const { pagina } = await nieuwePagina(false);
    for (const { bestand } of paginas()) {
      await pagina.goto(adres(bestand));
      // De zichtbare tekst, zonder de technische namen apart, de voorbeeldbrieven (die toetst de test van de brieven), de citaten, het Engels en de webadressen van de bronnen.
      const tekst = await pagina.evaluate(() => {
        for (const element of document.querySelectorAll<HTMLElement>('.technisch, .vindplaats, pre, code, q, [lang="en"]')) element.style.display = 'none';
        return document.body.innerText;
      });
      expect(technischeNamen(tekst), `${bestand}: ${technischeNamen(tekst).join('; ')}`).toEqual([]);
    }
  });
});
