// De site komt uit dezelfde bron als de regelcatalogus: de regelbeschrijvingen, het ingebouwde
// beleid en de voorbeelden. Deze test (zonder browser) legt vast dat elke tekst daaruit op de site
// staat, en dat twee bouwen dezelfde site geven (geen klok, geen toeval).
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bouwSite } from '../../scripts/genereer-site.js';
import { BRONDOCUMENTEN, INGEBOUWD_BELEID, REGELS, REGIOS } from '../../src/index.js';
import { html } from '../../site/overzicht.js';
import { bronAnker, voldaanAlsTekst } from '../../scripts/teksten.js';

let eerste: string;
let tweede: string;
const lees = (map: string, bestand: string) => readFileSync(join(map, bestand), 'utf8');

beforeAll(async () => {
  eerste = mkdtempSync(join(tmpdir(), 'site-1-'));
  tweede = mkdtempSync(join(tmpdir(), 'site-2-'));
  await bouwSite(eerste);
  await bouwSite(tweede);
}, 60_000);
afterAll(() => {
  for (const map of [eerste, tweede]) rmSync(map, { recursive: true, force: true });
});

describe('de site', () => {
  it('twee keer bouwen geeft dezelfde bestanden', () => {
    const bestanden = readdirSync(eerste).sort();
    expect(readdirSync(tweede).sort()).toEqual(bestanden);
    for (const bestand of bestanden) expect(lees(tweede, bestand), bestand).toBe(lees(eerste, bestand));
  });

  it('elke regel heeft een pagina met elk criterium, zijn grondslag, bronnen en keuzes, uit de regelbeschrijving', () => {
    for (const { beschrijving } of Object.values(REGELS)) {
      const pagina = lees(eerste, `regel-${beschrijving.id}.html`);
      expect(pagina).toContain(html(beschrijving.omschrijving.nl));
      for (const criterium of beschrijving.criteria) {
        expect(pagina).toContain(html(criterium.titel.nl));
        expect(pagina).toContain(html(voldaanAlsTekst(criterium)));
        if (criterium.basis.status !== 'vastgesteld') expect(pagina).toContain(html(criterium.basis.reden.nl));
        for (const keuze of criterium.keuzes) expect(pagina).toContain(html(keuze.tekst.nl));
        for (const bron of criterium.bronnen) if (bron.citaat) expect(pagina).toContain(html(bron.citaat));
      }
    }
  });

  it('elke ingebouwde waarde staat op de pagina van haar regel, met haar toelichting en gekozen datum', () => {
    for (const beleid of Object.values(INGEBOUWD_BELEID)) {
      for (const [parameter, perioden] of Object.entries(beleid.parameters)) {
        const pagina = lees(eerste, parameter.startsWith('versnelfonds.') ? 'regel-versnelfonds.html' : 'regel-verblijfstermijn.html');
        for (const periode of perioden ?? []) {
          if (periode.toelichting) expect(pagina).toContain(html(periode.toelichting));
          if (periode.datumkeuze) expect(pagina).toContain(html(periode.datumkeuze));
          for (const bron of periode.bronnen) if (bron.citaat) expect(pagina).toContain(html(bron.citaat));
        }
      }
    }
  });

  it('de bronnenpagina heeft een anker per brondocument; elke link naar een bron wijst daarheen', () => {
    const bronnen = lees(eerste, 'bronnen.html');
    for (const document of BRONDOCUMENTEN) expect(bronnen).toContain(`id="${bronAnker(document.id)}"`);
    const ids = new Set(BRONDOCUMENTEN.map((document) => bronAnker(document.id)));
    for (const bestand of readdirSync(eerste).filter((naam) => naam.endsWith('.html'))) {
      for (const [, anker] of lees(eerste, bestand).matchAll(/href="bronnen\.html#([^"]+)"/g)) expect(ids.has(anker!), `${bestand}: #${anker}`).toBe(true);
    }
  });

  it('de tijdlijn van elke regio staat in de HTML (ook zonder JavaScript), met elke periode van haar indeling', () => {
    const pagina = lees(eerste, 'waar-en-wanneer.html');
    for (const regio of Object.values(REGIOS)) {
      expect(pagina).toContain(`<h3>${html(regio.naam)}</h3>`);
      for (const periode of regio.leden) expect(pagina).toContain(`<time datetime="${periode.vanaf}">`);
    }
  });
});
