// De site komt uit dezelfde bron als de regelcatalogus: de regelbeschrijvingen, het ingebouwde
// beleid en de voorbeelden. Deze test (zonder browser) legt vast dat elke tekst daaruit op de site
// staat, en dat twee bouwen dezelfde site geven (geen klok, geen toeval).
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bouwSite } from '../../scripts/genereer-site.js';
import { BRONDOCUMENTEN, INGEBOUWD_BELEID, REGELS, REGIOS, bepaalHerkomst, beoordeelVersnelfonds, berekenVerblijfstermijn, defineBeleid, invoerJsonSchema, type RegelId } from '../../src/index.js';
import { leesEuro, naarAdres, schrijfEuro, uitAdres } from '../../site/bedragen.js';
import { gebruikteBeleidssets, html, indelingOp, regiokeuzes, waardenOp } from '../../site/overzicht.js';
import { feitpaden, soortVan, type Schema } from '../../site/schema.js';
import { bronAnker, grondslagVanCriterium, schrijfParameterwaarde, statusNaam, voldaanAlsTekst } from '../../scripts/teksten.js';
import { voorbeeldgevallen } from '../../scripts/voorbeelden.js';

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
        const pagina = lees(eerste, parameter.startsWith('versnelfonds.') ? 'regel-versnelfonds.html' : parameter.startsWith('woningaanbod.') ? 'regel-woningaanbod.html' : 'regel-verblijfstermijn.html');
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

  it('de tijdlijn zegt wanneer een waarde afloopt (haar laatste dag), en elke regio met een eigen ingebouwd beleid zegt waarop de regels rusten', () => {
    const pagina = lees(eerste, 'waar-en-wanneer.html');
    const almelo = pagina.split('<section class="regio">').find((sectie) => sectie.startsWith(`<h3>${html(REGIOS.almelo.naam)}</h3>`))!;
    // Het ingebouwde fonds geldt tot 1 januari 2026: de laatste dag is 31 december 2025.
    expect(almelo).toContain('<time datetime="2025-12-31">31 december 2025</time>: het maximumbedrag van het versnelfonds in Centrumregio Almelo: loopt af op 31 december 2025; daarna geen waarde');
    // Audit december 2026, rij 33: de regio van het fonds en die van de termijnen staan in de tijdlijn, zonder dubbele haakjes.
    expect(almelo).toContain('de regio van het fonds in Centrumregio Almelo: ');
    expect(almelo).toContain('de regio van deze verblijfstermijnen in Centrumregio Almelo: ');
    expect(pagina).not.toContain('))');
    expect(almelo).not.toContain('geen waarde meer');
    expect(almelo).toContain('<h3>Waarop de regels rusten onder Centrumregio Almelo</h3>');
    expect(almelo).toContain('<strong>Regisseur MO</strong>: grondslag voornemen');
    const enschede = pagina.split('<section class="regio">').find((sectie) => sectie.startsWith(`<h3>${html(REGIOS.enschede.naam)}</h3>`))!;
    expect(enschede).not.toContain('Waarop de regels rusten');
  });
});

describe('het formulier van probeer een geval', () => {
  it('elk veld dat het formulier als ja / nee / onbekend vraagt, heeft een vraag in de regelbeschrijving, en elke vraag een veld', () => {
    let feiten = 0;
    for (const regel of Object.keys(REGELS) as RegelId[]) {
      const paden = feitpaden(invoerJsonSchema(regel) as Schema);
      expect(paden.slice().sort(), regel).toEqual(Object.keys(REGELS[regel].beschrijving.vragen).sort());
      feiten += paden.length;
    }
    expect(feiten).toBeGreaterThan(0);
    // De probeerpagina krijgt de schema's waaruit het formulier die velden maakt.
    expect(lees(eerste, 'probeer.html')).toContain('"voorliggendeVoorzieningenBenut":{"anyOf":[{"type":"boolean"}');
  });

  it("elk veld met een bedrag in eurocent wordt in het formulier een bedrag in euro's", () => {
    const bedragen = (Object.keys(REGELS) as RegelId[]).flatMap((regel) =>
      Object.entries((invoerJsonSchema(regel) as Schema).properties ?? {}).filter(([naam]) => naam.endsWith('InCenten')).map(([naam, schema]) => soortVan(naam, schema).soort),
    );
    expect(bedragen).toEqual(['bedrag', 'bedrag-of-onbekend']);
  });

  it('de links "Probeer dit geval zelf" dragen bedragen in euro\'s, en de pagina leest er precies het voorbeeld uit terug', () => {
    let metBedrag = 0;
    for (const regel of Object.keys(REGELS) as RegelId[]) {
      const pagina = lees(eerste, `regel-${regel}.html`);
      const links = [...pagina.matchAll(/href="probeer\.html#([^"]+)"/g)].map(([, hash]) => new URLSearchParams(hash!.replace(/&amp;/g, '&').replace(/&quot;/g, '"')));
      const gevallen = voorbeeldgevallen(regel);
      expect(links.length, regel).toBe(gevallen.length);
      links.forEach((link, index) => {
        const tekst = link.get('invoer')!;
        expect(tekst).not.toMatch(/InCenten/);
        if (/InEuro":"\d+,\d\d"/.test(tekst)) metBedrag++;
        expect(uitAdres(JSON.parse(tekst)), `${regel}: ${gevallen[index]!.bestand}`).toEqual(gevallen[index]!.invoer);
      });
    }
    expect(metBedrag).toBeGreaterThan(0);
  });
});

describe("bedragen in euro's op de site", () => {
  it.each([
    ['4500', 450_000],
    ['4.500', 450_000],
    ['4.500,00', 450_000],
    ['4500,50', 450_050],
    ['4500,5', 450_050],
    ['0,29', 29],
    ['0,01', 1],
    ['€ 1.000,-', 100_000],
    [' 12.345.678,90 ', 1_234_567_890],
    ['90071992547409,91', Number.MAX_SAFE_INTEGER],
  ])('"%s" is %i eurocent', (tekst, centen) => {
    expect(leesEuro(tekst)).toEqual({ centen });
  });

  it('elke tekst van twee cijfers achter de komma, van 0,00 tot 99,99, is precies het getal in centen (geen kommagetal ertussen)', () => {
    for (let centen = 0; centen < 10_000; centen++) expect(leesEuro(`${Math.floor(centen / 100)},${String(centen % 100).padStart(2, '0')}`)).toEqual({ centen });
  });

  it.each([
    ['12,345', 'hoogstens twee cijfers achter de komma'],
    ['4500.50', 'Gebruik een komma voor de centen: 4500,50'],
    ['0.29', 'Gebruik een komma voor de centen: 0,29'],
    ['4.50.000', "Vul een bedrag in euro's in"],
    ['45.00.0', "Vul een bedrag in euro's in"],
    ['1 000', "Vul een bedrag in euro's in"],
    ['vijftig', "Vul een bedrag in euro's in"],
    ['4500,', "Vul een bedrag in euro's in"],
    ['', "Vul een bedrag in euro's in"],
    ['-5', 'niet negatief'],
    ['1e3', "Vul een bedrag in euro's in"],
    ['90071992547409,92', 'te groot'],
  ])('"%s" is geen bedrag: %s', (tekst, melding) => {
    const lezing = leesEuro(tekst);
    expect('fout' in lezing && lezing.fout).toContain(melding);
  });

  it('eurocent als euro\'s voor het veld en het adres, en terug', () => {
    expect(schrijfEuro(450_050)).toBe('4500,50');
    expect(schrijfEuro(29)).toBe('0,29');
    expect(schrijfEuro(0)).toBe('0,00');
    expect(schrijfEuro(-5)).toBe('-0,05');
    for (const centen of [0, 1, 29, 99, 100, 450_050, Number.MAX_SAFE_INTEGER]) expect(leesEuro(schrijfEuro(centen))).toEqual({ centen });
  });

  it("het adres draagt euro's; een oud adres in eurocent en een onleesbaar bedrag blijven te lezen", () => {
    const invoer = { bedragInCenten: 120_050, verwachteBesparingInCenten: 'onbekend', lijst: [{ prijsInCenten: 29 }], vorm: 'gift' };
    const adres = naarAdres(invoer);
    expect(adres).toEqual({ bedragInEuro: '1200,50', verwachteBesparingInEuro: 'onbekend', lijst: [{ prijsInEuro: '0,29' }], vorm: 'gift' });
    expect(uitAdres(adres)).toEqual(invoer);
    // Van vóór de euro's: eurocent onder de eigen naam.
    expect(uitAdres({ bedragInCenten: 120_050 })).toEqual({ bedragInCenten: 120_050 });
    // Een getal onder de naam met euro's is euro's; staan beide er, dan tellen de euro's.
    expect(uitAdres({ bedragInEuro: 0.29, verwachteBesparingInCenten: 1, verwachteBesparingInEuro: '45' })).toEqual({ bedragInCenten: 29, verwachteBesparingInCenten: 4_500 });
    // Niet te lezen: de tekst blijft, het formulier zegt bij Beslis wat eraan schort.
    expect(uitAdres({ bedragInEuro: 'veel' })).toEqual({ bedragInCenten: 'veel' });
    const vervuild = uitAdres(JSON.parse('{"__proto__":{"x":1},"bedragInEuro":"1"}'));
    expect(Object.getPrototypeOf(vervuild)).toBe(Object.prototype);
    expect(Object.hasOwn(vervuild, '__proto__')).toBe(true);
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
