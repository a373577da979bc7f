// De site komt uit dezelfde bron als de regelcatalogus: de regelbeschrijvingen, het ingebouwde
// beleid en de voorbeelden. Deze test (zonder browser) legt vast dat elke tekst daaruit op de site
// staat, en dat twee bouwen dezelfde site geven (geen klok, geen toeval).
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bouwSite } from '../../scripts/genereer-site.js';
import { BRONDOCUMENTEN, INGEBOUWD_BELEID, REGELS, REGIOS, bepaalHerkomst, beoordeelVersnelfonds, berekenVerblijfstermijn, defineBeleid, type RegelId } from '../../src/index.js';
import { gebruikteBeleidssets, html, indelingOp, regiokeuzes, waardenOp } from '../../site/overzicht.js';
import { bronAnker, grondslagVanCriterium, schrijfParameterwaarde, statusNaam, voldaanAlsTekst } from '../../scripts/teksten.js';

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
        if (criterium.basis === 'beleid') {
          for (const ingebouwd of grondslagVanCriterium(beschrijving.id as RegelId, criterium).ingebouwd) expect(pagina).toContain(html(`Onder het ingebouwde beleid ${ingebouwd.beleid}: ${ingebouwd.status}.`));
        } else if (criterium.basis.status !== 'vastgesteld') expect(pagina).toContain(html(criterium.basis.reden.nl));
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
          expect(pagina).toContain(html(statusNaam(periode.status)));
          expect(pagina).toContain(`<td>${html(schrijfParameterwaarde(parameter as never, periode.waarde, beleid))}</td>`);
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
    const secties = pagina.split('<section class="regio">').slice(1);
    for (const regio of Object.values(REGIOS)) {
      const sectie = secties.find((kandidaat) => kandidaat.startsWith(`<h3>${html(regio.naam)}</h3>`));
      expect(sectie, regio.naam).toBeDefined();
      for (const periode of regio.leden) expect(sectie).toContain(`<time datetime="${periode.vanaf}">`);
    }
  });
});

describe('wat geldt waar en wanneer, zoals de regels het toepassen', () => {
  const voorbeeld = (): Record<string, any> => JSON.parse(readFileSync('examples/beleid/amsterdam-amstelland.json', 'utf8'));

  it('met een geladen eigen beleid gebruiken de regels alleen dat beleid; zonder het ingebouwde', () => {
    const eigen = defineBeleid(voorbeeld());
    expect(gebruikteBeleidssets([eigen])).toEqual([eigen]);
    expect(gebruikteBeleidssets([])).toEqual(Object.values(INGEBOUWD_BELEID));
    const [regio] = regiokeuzes([eigen]).filter((kandidaat) => kandidaat.id === 'amsterdam-amstelland');
    const waarden = waardenOp(regio!, [eigen], '2025-06-01');
    expect(waarden.find((waarde) => waarde.wat === 'het maximumbedrag van het versnelfonds')).toMatchObject({ waarde: '€ 750,00', nietToegepast: null });
    // Zoals de regel: het eigen fonds beslist, met dezelfde waarde.
    expect(beoordeelVersnelfonds({ ingediendOp: '2025-06-01T12:00:00+02:00', vorm: 'gift', bedragInCenten: 100_000, gemeenteVanHerkomst: 'Diemen', voorliggendeVoorzieningenBenut: true, voorkomtOfVerkortOpvang: true, verwachteBesparingInCenten: 500_000, schulden: false }, { beleid: eigen }).maximumInCenten).toBe(75_000);
  });

  it('een indeling met status ambitie telt niet: dan tellen ook de waarden van die regio niet, net als in de regels', () => {
    const bestand = voorbeeld();
    bestand.regios['amsterdam-amstelland'].leden[1].status = 'ambitie';
    const eigen = defineBeleid(bestand);
    const [regio] = regiokeuzes([eigen]).filter((kandidaat) => kandidaat.id === 'amsterdam-amstelland');
    expect(indelingOp(regio!, '2025-06-01')?.nietToegepast).toMatch(/^de indeling heeft status ambitie/);
    for (const waarde of waardenOp(regio!, [eigen], '2025-06-01').filter((kandidaat) => !kandidaat.wat.startsWith('de regio'))) expect(waarde.nietToegepast, waarde.wat).not.toBeNull();
    expect(() => bepaalHerkomst({ gemeenteVanHerkomst: 'Diemen', regio: 'amsterdam-amstelland', peildatum: '2025-06-01' }, { beleid: eigen })).toThrow(/status 'ambitie'/);
  });

  it('een regio van de termijnen met status ambitie: die termijnen tellen niet, net als in de regels', () => {
    const bestand = voorbeeld();
    bestand.parameters['verblijfsduur.regio'][0].status = 'ambitie';
    const eigen = defineBeleid(bestand);
    const [regio] = regiokeuzes([eigen]).filter((kandidaat) => kandidaat.id === 'amsterdam-amstelland');
    const termijn = waardenOp(regio!, [eigen], '2025-06-01').find((waarde) => waarde.wat.startsWith('de maximale verblijfsduur in de nachtopvang'));
    expect(termijn?.nietToegepast).toMatch(/^de regio van deze waarden heeft status ambitie/);
    expect(() => berekenVerblijfstermijn({ regio: 'amsterdam-amstelland', opvangvorm: 'nachtopvang', startdatum: '2025-06-01', gemeenteVanHerkomst: 'Zwolle', peildatum: '2025-06-02' }, { beleid: eigen })).toThrow(/verblijfsduur\.regio/);
  });

  it('IJssel-Vecht op 1 juni 2026 met het ingebouwde beleid: de 2 nachten gelden, de 8 weken niet; zoals de regel beslist', () => {
    const regio = regiokeuzes([]).find((kandidaat) => kandidaat.id === 'ijssel-vecht')!;
    const waarden = waardenOp(regio, gebruikteBeleidssets([]), '2026-06-01');
    expect(waarden.find((waarde) => waarde.waarde === '2 nachten')?.nietToegepast).toBeNull();
    expect(waarden.find((waarde) => waarde.waarde === '8 weken')?.nietToegepast).toMatch(/ambitie/);
    const verblijf = (gemeenteVanHerkomst: string) => berekenVerblijfstermijn({ regio: 'ijssel-vecht', opvangvorm: 'acute-opvang', startdatum: '2026-06-01', gemeenteVanHerkomst, peildatum: '2026-06-01' });
    expect(verblijf('Almelo').maximaleDuur).toEqual({ aantal: 2, eenheid: 'nachten' });
    expect(verblijf('Zwolle').uitkomst).toBe('geen-termijn');
  });
});
