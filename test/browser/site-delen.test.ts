/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Wat van buiten de pagina komt, in Chromium (zie hulp.ts): gedeelde links (ook over http), een
// eigen beleid (als bestand en ingepakt in een link), "Wat als?", en de grenzen die de site eerst
// controleert (site/grenzen.ts, issue 30 klasse 7).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { OngeldigeInvoerFout, REGELS, bepaalHerkomst, beoordeelVersnelfonds, defineBeleid, invoerJsonSchema, motivering } from '../../src/index.js';
import { leesCsvGevallen, vergelijkGevallen } from '../../src/cli/vergelijk.js';
import { MAX_BELEID_IN_ADRES, MAX_BELEIDSBESTAND, MAX_GEVALLENBESTAND, MAX_TABELRIJEN } from '../../site/grenzen.js';
import { ARTEFACTEN, adres, afwijzen, metBrowser, nieuwePagina, siteMap, toekennen, vulVersnelfonds } from './hulp.js';

metBrowser();

describe('links, eigen beleid en "Wat als?" in Chromium', { timeout: 60_000 }, () => {
  it('over http: de site werkt van een webserver, en de link van een geval opent daar hetzelfde geval, zonder opmerking over deze computer', async () => {
    const soorten: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript' };
    const server = createServer((verzoek, antwoord) => {
      const pad = join(siteMap(), decodeURIComponent(new URL(verzoek.url!, 'http://x').pathname).replace(/^\/+/, '') || 'index.html');
      if (!pad.startsWith(siteMap()) || !existsSync(pad)) return void antwoord.writeHead(404).end();
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

  it('een geladen eigen beleid wordt gebruikt: op de regiopagina en in het formulier', async () => {
    const bestand = join(siteMap(), 'eigen-beleid.json');
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

  it('een gedeelde link met 1.000 lege organisaties opent het hele formulier en beslist als de bibliotheek; 1.001 en 20.000 worden geweigerd vóór er één blok is', async () => {
    const { pagina, fouten } = await nieuwePagina();
    // Ruim: de test gaat over wat de pagina toont, niet over hoe snel (de tijden staan in het log).
    pagina.setDefaultTimeout(90_000);
    const link = (aantal: number) => adres('probeer.html', `#${new URLSearchParams({ regel: 'regisseur', invoer: JSON.stringify({ fase: 'opvang', betrokkenOrganisaties: Array.from({ length: aantal }, () => ({})) }) }).toString()}`);
    const blokken = pagina.locator('#probeer-velden fieldset.blok');
    let begin = performance.now();
    await pagina.goto(link(1000));
    await pagina.locator('#probeer-uitkomst h2').waitFor();
    console.log(`1.000 lege organisaties: formulier en beslissing in ${Math.round(performance.now() - begin)} ms (voor issue 30: 24 s)`);
    await expect(blokken.count()).resolves.toBe(1000);
    // Elk blok meteen met zijn eigen nummer (het laatste is 1000), en de regels lazen ze alle 1.000.
    await expect(blokken.last().locator('legend').textContent()).resolves.toMatch(/: 1000$/);
    await expect(blokken.last().locator('button.verwijder').textContent()).resolves.toMatch(/ 1000$/);
    let bibliotheek: OngeldigeInvoerFout | undefined;
    try {
      REGELS.regisseur.beoordeel({ fase: 'opvang', betrokkenOrganisaties: Array.from({ length: 1000 }, () => ({})) });
    } catch (fout) {
      bibliotheek = fout as OngeldigeInvoerFout;
    }
    const laatste = bibliotheek!.fouten.find((fout) => fout.pad.startsWith('betrokkenOrganisaties.999.'))!;
    await expect(pagina.locator('#probeer-fouten').textContent()).resolves.toContain(`(${laatste.pad.split('.').slice(1).join(' ')}): ${laatste.melding}`);
    // Verwijderen nummert alleen de blokken erna opnieuw: het eerste weg, dan is het nieuwe eerste 1 en het laatste 999.
    await blokken.first().locator('button.verwijder').click();
    await expect(blokken.count()).resolves.toBe(999);
    await expect(blokken.first().locator('legend').textContent()).resolves.toMatch(/: 1$/);
    await expect(blokken.last().locator('legend').textContent()).resolves.toMatch(/: 999$/);
    const weigering = (aantal: number) => `De link is niet geopend: het geval erin is te groot voor dit formulier. Betrokken organisaties: mag ten hoogste 1000 elementen bevatten (de link noemt er ${aantal})`;
    // 1.001 in dezelfde pagina (een ander adres: hashchange), 20.000 in een nieuwe: beide wegen gaan door dezelfde controle.
    begin = performance.now();
    await pagina.goto(link(1001));
    await pagina.locator('#probeer-melding', { hasText: 'niet geopend' }).waitFor();
    console.log(`1.001 organisaties: geweigerd in ${Math.round(performance.now() - begin)} ms`);
    const { pagina: nieuw, fouten: nieuweFouten } = await nieuwePagina();
    nieuw.setDefaultTimeout(90_000);
    begin = performance.now();
    await nieuw.goto(link(20_000));
    await nieuw.locator('#probeer-melding', { hasText: 'niet geopend' }).waitFor();
    console.log(`20.000 organisaties: geweigerd in ${Math.round(performance.now() - begin)} ms (voor issue 30: meer dan 3 minuten)`);
    for (const [plek, aantal] of [[pagina, 1001], [nieuw, 20_000]] as const) {
      await expect(plek.locator('#probeer-melding').textContent()).resolves.toBe(weigering(aantal));
      await expect(plek.locator('#probeer-velden fieldset.blok').count()).resolves.toBe(0);
      await expect(plek.locator('#probeer-regel').inputValue()).resolves.toBe('regisseur');
      await expect(plek.locator('#probeer-uitkomst').textContent()).resolves.toBe('');
    }
    expect([...fouten, ...nieuweFouten]).toEqual([]);
  }, 180_000);

  it('een ingepakt beleid in een link: een "zip-bom" stopt bij 1 MiB, een te lange code wordt niet gelezen; niets beslist met het ingebouwde beleid', async () => {
    const { pagina, fouten } = await nieuwePagina();
    const bom = deflateRawSync(Buffer.alloc(4 * 1024 * 1024, 32), { level: 9 }).toString('base64url');
    for (const [code, zegt] of [[bom, 'Het eigen beleid in de link wordt uitgepakt groter dan 1 MiB'], ['A'.repeat(MAX_BELEID_IN_ADRES + 1), `Het eigen beleid in de link is langer dan ${MAX_BELEID_IN_ADRES} tekens`]] as const) {
      const begin = performance.now();
      await pagina.goto(adres('probeer.html', `#${new URLSearchParams({ regel: 'versnelfonds', invoer: JSON.stringify(toekennen), beleid: 'eigen 1', beleidsbestand: code }).toString()}`));
      await pagina.locator('#probeer-melding', { hasText: zegt }).waitFor();
      console.log(`ingepakt beleid van ${code.length} tekens: geweigerd in ${Math.round(performance.now() - begin)} ms`);
      await expect(pagina.locator('#probeer-verslag').count()).resolves.toBe(0);
    }
    expect(fouten).toEqual([]);
  });

  it('een gekozen bestand boven zijn grens wordt niet gelezen: beleid 10 MiB, gevallen 50 MiB; een beleid van precies 10 MiB wel', async () => {
    const bestand = (naam: string, grootte: number) => {
      const pad = join(siteMap(), naam);
      writeFileSync(pad, '');
      truncateSync(pad, grootte);
      return pad;
    };
    const { pagina, fouten } = await nieuwePagina();
    await pagina.goto(adres('probeer.html'));
    await pagina.getByLabel(/^Eigen beleid/).setInputFiles(bestand('groot-beleid.json', MAX_BELEIDSBESTAND + 1));
    await expect(pagina.locator('#probeer-melding', { hasText: 'niet geldig' }).textContent()).resolves.toBe('Het beleidsbestand is niet geldig:\nHet bestand is groter dan 10 MiB.');
    // Precies op de grens: gelezen (en dan geen JSON, want het bestand is leeg op nullen na).
    await pagina.getByLabel(/^Eigen beleid/).setInputFiles(bestand('grens-beleid.json', MAX_BELEIDSBESTAND));
    await expect(pagina.locator('#probeer-melding', { hasText: 'JSON' }).textContent()).resolves.toBe('Het beleidsbestand is niet geldig:\nHet bestand is geen geldige JSON.');
    await pagina.goto(adres('wat-als.html'));
    await pagina.getByLabel('Gevallen (CSV met een kopregel, JSON of JSON Lines)').setInputFiles(bestand('groot.csv', MAX_GEVALLENBESTAND + 1));
    await pagina.getByRole('button', { name: 'Reken door' }).click();
    await expect(pagina.locator('#watals-melding', { hasText: 'niet gelezen' }).textContent()).resolves.toBe("Het bestand met gevallen is niet gelezen: Het bestand is groter dan 50 MiB. Reken zo'n bestand door met de CLI (opvangregels vergelijk).");
    await pagina.getByLabel('Gevallen (CSV met een kopregel, JSON of JSON Lines)').setInputFiles('examples/vergelijk/aanvragen-2025.csv');
    await pagina.getByLabel('Beleid B (JSON-bestand; leeg: het ingebouwde beleid)').setInputFiles(bestand('groot-b.json', MAX_BELEIDSBESTAND + 1));
    await pagina.getByRole('button', { name: 'Reken door' }).click();
    await expect(pagina.locator('#watals-melding', { hasText: 'Beleid B' }).textContent()).resolves.toBe('Beleid B is niet te gebruiken: Het bestand is groter dan 10 MiB.');
    await expect(pagina.locator('#watals-uitkomst').textContent()).resolves.toBe('');
    expect(fouten).toEqual([]);
  });

  it(`Wat als? zet ten hoogste ${MAX_TABELRIJEN} gevallen per tabel, en zegt hoeveel er zijn; bij precies ${MAX_TABELRIJEN} geen opmerking`, async () => {
    const csv = readFileSync('examples/vergelijk/aanvragen-2025.csv', 'utf8').trimEnd().split('\n');
    const beleid = defineBeleid(JSON.parse(readFileSync('examples/beleid/voorbeeld-voorstel-fonds.json', 'utf8')));
    const schema = invoerJsonSchema('versnelfonds');
    const voorbeeld = vergelijkGevallen(REGELS.versnelfonds, leesCsvGevallen(csv.join('\n'), schema), undefined, { beleid });
    // Een geval dat onder B anders uitkomt en een ongeldig geval, elk `aantal` keer.
    const anders = csv[voorbeeld.gewijzigd[0]!.regelnummer - 1]!;
    const ongeldig = csv[voorbeeld.ongeldig[0]!.regelnummer - 1]!;
    const { pagina, fouten } = await nieuwePagina();
    await pagina.goto(adres('wat-als.html'));
    await pagina.getByLabel('Beleid B (JSON-bestand; leeg: het ingebouwde beleid)').setInputFiles('examples/beleid/voorbeeld-voorstel-fonds.json');
    for (const aantal of [MAX_TABELRIJEN, MAX_TABELRIJEN + 1]) {
      const tekst = [csv[0], ...new Array<string>(aantal).fill(anders), ...new Array<string>(aantal).fill(ongeldig)].join('\n');
      const verwacht = vergelijkGevallen(REGELS.versnelfonds, leesCsvGevallen(tekst, schema), undefined, { beleid });
      expect([verwacht.gewijzigd.length, verwacht.ongeldig.length]).toEqual([aantal, aantal]);
      await pagina.getByLabel('Gevallen (CSV met een kopregel, JSON of JSON Lines)').setInputFiles({ name: 'veel.csv', mimeType: 'text/csv', buffer: Buffer.from(tekst) });
      await pagina.getByRole('button', { name: 'Reken door' }).click();
      await pagina.locator('#watals-samenvatting', { hasText: `${verwacht.aantal} gevallen` }).waitFor();
      await expect(pagina.locator('#watals-samenvatting').textContent()).resolves.toBe(`${verwacht.aantal} gevallen: ${aantal} anders beslist onder beleid B`);
      await expect(pagina.locator('#watals-gewijzigd tbody tr').count()).resolves.toBe(MAX_TABELRIJEN);
      await expect(pagina.locator('#watals-ongeldig li').count()).resolves.toBe(MAX_TABELRIJEN);
      for (const wat of ['gewijzigd', 'ongeldig']) {
        await expect(pagina.locator(`#watals-${wat}-meer`).allTextContents(), `${aantal} ${wat}`).resolves.toEqual(aantal > MAX_TABELRIJEN ? [`De eerste ${MAX_TABELRIJEN} van ${aantal}; de hele lijst geeft de CLI (opvangregels vergelijk).`] : []);
      }
    }
    expect(fouten).toEqual([]);
  });
});
