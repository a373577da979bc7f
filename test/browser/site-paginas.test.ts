/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// De pagina's van de site in Chromium (zie hulp.ts): elke pagina opent, het leesdeel zonder
// JavaScript, de grootte van het script, toegankelijkheid (axe-core, en elk formulierelement met het
// toetsenbord), geen technische namen, en wat in IJssel-Vecht geldt op 1 juni 2026.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { paginas } from '../../scripts/genereer-site.js';
import { technischeNamen } from '../docs/identificatie.js';
import { ARTEFACTEN, adres, afwijzen, metBrowser, nieuwePagina, siteMap } from './hulp.js';

metBrowser();

describe("de pagina's van de site in Chromium", { timeout: 60_000 }, () => {
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
    const gemeten = gzipSync(readFileSync(join(siteMap(), 'app.js'))).length / 1024;
    const gezegd = Number(/about (\d+) kB\s+gzipped/.exec(readFileSync('docs/site.md', 'utf8'))![1]);
    expect(Math.abs(gemeten - gezegd) / gezegd, `gemeten ${gemeten.toFixed(1)} kB, docs/site.md zegt ${gezegd} kB`).toBeLessThanOrEqual(0.1);
  });

  it('het leesdeel werkt zonder JavaScript: regels, criteria en tijdlijnen staan in de HTML', async () => {
    const { pagina } = await nieuwePagina(false);
    await pagina.goto(adres('regel-versnelfonds.html'));
    await expect(pagina.getByRole('heading', { name: 'Herkomst uit de regio van het fonds' }).count()).resolves.toBe(1);
    await pagina.goto(adres('waar-en-wanneer.html'));
    await expect(pagina.locator('#waar-formulier').isVisible()).resolves.toBe(false);
    await expect(pagina.getByRole('heading', { name: 'regio IJssel-Vecht', exact: true }).count()).resolves.toBe(1);
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

});
