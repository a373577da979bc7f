import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CITATEN_IN_TEKST,
  REGELS_MD,
  bronAnker,
  genereerRegelsMarkdown,
  korteBronverwijzing,
  korteTitel,
  parameterNaam,
  schrijfParameterwaarde,
  statusNaam,
  uitkomstInWoorden,
  voldaanAlsTekst,
  grondslagVanCriterium,
} from '../../scripts/genereer-regels.js';
import { BRONDOCUMENTEN, INGEBOUWD_BELEID, REGELS, REGIOS, brief, motivering, schrijfDatum, zoekBrondocument, type GedateerdeWaarde, type Parameternaam, type RegelId } from '../../src/index.js';
import * as api from '../../src/index.js';
import { citaatStaatIn } from '../bronnen/citaat.js';
import { technischeNamen } from './identificatie.js';

const tekst = genereerRegelsMarkdown();

/** De tekst van een hoofdstuk (`## …`) tot het volgende hoofdstuk. */
function hoofdstuk(titel: string): string {
  const begin = tekst.indexOf(`\n## ${titel}\n`);
  expect(begin, `hoofdstuk ${titel}`).toBeGreaterThanOrEqual(0);
  const einde = tekst.indexOf('\n## ', begin + 1);
  return tekst.slice(begin, einde < 0 ? undefined : einde);
}

/** De tekst van een sectie (`### …`) binnen een hoofdstuk, tot de volgende sectie. */
function sectie(binnen: string, titel: string): string {
  const begin = binnen.indexOf(`\n### ${titel}\n`);
  expect(begin, `sectie ${titel}`).toBeGreaterThanOrEqual(0);
  const einde = binnen.indexOf('\n### ', begin + 1);
  return binnen.slice(begin, einde < 0 ? undefined : einde);
}

/**
 * Wat een lezer als lopende tekst ziet, zonder wat de check mag overslaan: de regels
 * "Technische naam:" en de codeblokken (de invoer voor IT, en de brieven, die
 * briefteksten.test.ts al controleert). Verder telt alleen wat zichtbaar is: van een link de
 * tekst, niet het doel (zoals eigen-beleid.md of een webadres); en een webadres als vindplaats
 * van een bron (wetten.overheid.nl) is geen code-naam. De citaten hoeven er niet uit: de check
 * vindt daarin niets.
 */
function lopendeTekst(markdown: string): string {
  return markdown
    .replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '')
    .split('\n')
    .filter((regel) => !/^\s*(?:- )?Technische naam: /.test(regel))
    .join('\n')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\b(?:[a-z0-9-]+\.)+(?:nl|com|org|eu)\b/g, '');
}

/**
 * De namen die de bibliotheek exporteert en die geen gewoon woord zijn (met een hoofdletter na de
 * eerste letter: functies, klassen, constanten), zoals ze in de tekst staan. De check voor brieven
 * ziet een naam als BeleidNietInWerkingFout niet, want die begint met een hoofdletter.
 */
function codenamen(lopend: string): string[] {
  const namen = Object.keys(api).filter((naam) => /^.+[A-Z]/.test(naam));
  return [...lopend.matchAll(/\b[A-Za-z_]\w*\b/g)].map((woord) => woord[0]).filter((woord) => namen.includes(woord));
}

describe('docs/regels.md', () => {
  it('is up-to-date met de code (anders: npm run docs:regels)', () => {
    expect(readFileSync(REGELS_MD, 'utf8')).toBe(tekst);
  });

  it('noemt elke regel en elk criterium, met de technische naam apart en de grondslag in woorden', () => {
    for (const { beschrijving } of Object.values(REGELS)) {
      const deel = hoofdstuk(beschrijving.titel.nl);
      expect(deel).toContain(`\n## ${beschrijving.titel.nl}\nTechnische naam: \`${beschrijving.id}\` (functie \`${beschrijving.functie}\`)\n`);
      expect(deel).toContain(beschrijving.omschrijving.nl);
      for (const naam of Object.values(beschrijving.uitkomsten)) expect(deel).toContain(naam.nl);
      const criteria = sectie(deel, 'Criteria en signalen');
      for (const criterium of beschrijving.criteria) {
        expect(criteria).toContain(`\n#### ${criterium.titel.nl}\nTechnische naam: \`${criterium.id}\`\n`);
        expect(criteria).toContain(voldaanAlsTekst(criterium));
        const grondslag = grondslagVanCriterium(beschrijving.id as RegelId, criterium);
        expect(criteria).toContain(`Grondslag: ${grondslag.kort}`);
        if (criterium.basis !== 'beleid' && criterium.basis.reden.nl) expect(criteria).toContain(criterium.basis.reden.nl);
        // Een criterium dat op beleid rust: de grondslag van elk ingebouwd beleid dat er een geeft, met zijn naam.
        for (const ingebouwd of grondslag.ingebouwd) expect(criteria).toContain(`- Onder het ingebouwde beleid ${ingebouwd.beleid}: ${ingebouwd.status}.`);
        if (criterium.basis === 'beleid') expect(grondslag.ingebouwd.length, criterium.id).toBeGreaterThan(0);
        for (const bron of criterium.bronnen) expect(criteria).toContain(`- ${korteBronverwijzing(bron)}`);
      }
    }
  });

  it('zet "Voldaan als" niet voor een tekst die al zegt wanneer het criterium voldaan is', () => {
    expect(tekst).not.toMatch(/Voldaan als: (Voldaan als|Altijd voldaan|Niet voldaan)/);
    const criteria = Object.values(REGELS).flatMap(({ beschrijving }) => beschrijving.criteria);
    const route = criteria.find((criterium) => criterium.id === 'situatie.route')!;
    const maximum = criteria.find((criterium) => criterium.id === 'versnelfonds.maximum')!;
    const laatsteOptie = criteria.find((criterium) => criterium.id === 'versnelfonds.laatste-optie')!;
    expect(voldaanAlsTekst(route)).toBe(route.voldaanAls.nl);
    expect(voldaanAlsTekst(maximum)).toBe(maximum.voldaanAls.nl);
    expect(voldaanAlsTekst(laatsteOptie)).toBe(`Voldaan als: ${laatsteOptie.voldaanAls.nl}`);
  });

  it('heeft per regel één sectie met de keuzes waar de bronnen zwijgen, elk met haar reden en technische naam', () => {
    expect(tekst.match(/^### Keuzes waar de bronnen zwijgen$/gm)).toHaveLength(Object.keys(REGELS).length);
    for (const { beschrijving } of Object.values(REGELS)) {
      const keuzes = sectie(hoofdstuk(beschrijving.titel.nl), 'Keuzes waar de bronnen zwijgen');
      for (const criterium of beschrijving.criteria) {
        for (const keuze of criterium.keuzes) expect(keuzes).toContain(`${keuze.tekst.nl}\n  - Technische naam: \`${keuze.id}\`\n`);
      }
    }
  });

  it('noemt elke regio met elke periode van haar indeling, de status en de gemeenten', () => {
    const herkomst = hoofdstuk(REGELS.herkomst.beschrijving.titel.nl);
    const indeling = sectie(herkomst, 'Welke gemeenten bij welke regio horen');
    for (const regio of Object.values(REGIOS)) {
      expect(indeling).toContain(`Technische naam: \`${regio.id}\``);
      for (const waarde of regio.leden) {
        const van = waarde.tot ? `Van ${schrijfDatum(waarde.vanaf)} tot ${schrijfDatum(waarde.tot)}` : `Vanaf ${schrijfDatum(waarde.vanaf)}, zonder einddatum`;
        expect(indeling).toContain(`- **${van}.** Status: ${statusNaam(waarde.status)}. ${waarde.waarde.length} gemeenten: `);
        for (const bron of waarde.bronnen) expect(indeling).toContain(korteBronverwijzing(bron));
      }
    }
    expect(indeling).toContain('- **Van 1 januari 2023 tot 1 januari 2025.** Status: interpretatie (onze lezing).');
    expect(indeling).toContain('niet los bevestigd');
  });

  it('noemt elke waarde van het ingebouwde beleid bij haar regel, met de waarde in woorden, status en bronnen', () => {
    for (const beleid of Object.values(INGEBOUWD_BELEID)) {
      for (const [parameter, waarden] of Object.entries(beleid.parameters) as Array<[Parameternaam, readonly GedateerdeWaarde<unknown>[]]>) {
        const regel = parameter.startsWith('versnelfonds.') ? REGELS.versnelfonds : parameter.startsWith('woningaanbod.') ? REGELS.woningaanbod : REGELS.verblijfstermijn;
        const deel = hoofdstuk(regel.beschrijving.titel.nl);
        for (const waarde of waarden) {
          expect(deel).toContain(`- **${parameterNaam(parameter).replace(/^./, (letter) => letter.toUpperCase())}: ${schrijfParameterwaarde(parameter, waarde.waarde, beleid)}.**`);
          expect(deel).toContain(`Technische naam: \`${parameter}\``);
          expect(deel).toContain(`Status: ${statusNaam(waarde.status)}`);
          if (waarde.toelichting) expect(deel).toContain(`Waarom: ${waarde.toelichting}`);
          for (const bron of waarde.bronnen) expect(deel).toContain(korteBronverwijzing(bron));
        }
      }
    }
  });

  it('labelt elke gekozen datum als interpretatie, met haar reden, ook bij de keuzes van de regel', () => {
    const gekozen: Array<[RegelId, string]> = [
      ...Object.values(REGIOS).flatMap((regio) => regio.leden.flatMap((waarde) => (waarde.datumkeuze ? [['herkomst', waarde.datumkeuze] as [RegelId, string]] : []))),
      ...Object.values(INGEBOUWD_BELEID).flatMap((beleid) =>
        Object.entries(beleid.parameters).flatMap(([parameter, waarden]) =>
          (waarden as readonly GedateerdeWaarde<unknown>[]).flatMap((waarde) => (waarde.datumkeuze ? [[parameter.startsWith('versnelfonds.') ? 'versnelfonds' : parameter.startsWith('woningaanbod.') ? 'woningaanbod' : 'verblijfstermijn', waarde.datumkeuze] as [RegelId, string]] : [])),
        ),
      ),
    ];
    expect(gekozen.length).toBeGreaterThan(5);
    for (const [regel, datumkeuze] of gekozen) {
      const deel = hoofdstuk(REGELS[regel].beschrijving.titel.nl);
      expect(deel).toContain(`Gekozen datum (interpretatie): ${datumkeuze}`);
      expect(sectie(deel, 'Keuzes waar de bronnen zwijgen')).toContain(datumkeuze);
    }
    expect(tekst).toContain("- Gekozen datum (interpretatie): Het plan noemt alleen 'in 2020'; gekozen is 1 januari 2020.");
    expect(tekst).toContain('Status: voornemen (een plan)');
  });

  it('geeft elk voorbeeld met de uitkomst in woorden, de brief aan de cliënt (versnelfonds, verblijfstermijn) en het volledige verslag', () => {
    const voorbeelden = readdirSync('examples').filter((naam) => naam.endsWith('.json'));
    expect(voorbeelden.length).toBeGreaterThan(10);
    for (const bestand of voorbeelden) {
      const regel = (Object.keys(REGELS) as RegelId[]).find((id) => bestand.startsWith(`${id}-`))!;
      const beoordeling = REGELS[regel].beoordeel(JSON.parse(readFileSync(`examples/${bestand}`, 'utf8')));
      const deel = hoofdstuk(REGELS[regel].beschrijving.titel.nl);
      const verslag = `Het volledige verslag voor het dossier:\n\`\`\`text\n${motivering(beoordeling)}\n\`\`\``;
      // Bij het versnelfonds en de verblijfstermijn eerst de brief aan de cliënt, dan het verslag; bij de andere regels alleen het verslag.
      const aanDeClient = regel === 'versnelfonds' || regel === 'verblijfstermijn' ? `De brief aan de cliënt die de code hierbij schrijft (met een voorbeeldgemeente):\n\`\`\`text\n${brief(beoordeling, { gemeente: { naam: 'Gemeente Voorbeeld', bezwaaradres: '[adres voor bezwaar van de gemeente]' }, datum: beoordeling.peildatum ?? '2026-12-07' }).tekst}\n\`\`\`\n\n` : '';
      expect(deel).toContain(`${uitkomstInWoorden(beoordeling)}\n\n${aanDeClient}${verslag}`);
      expect(deel).toContain(`// examples/${bestand}`);
    }
  });

  it('heeft één tabel Bronnen met elk document volledig, en elke korte verwijzing linkt naar een rij', () => {
    const bronnen = hoofdstuk('Bronnen');
    for (const document of BRONDOCUMENTEN) {
      const rij = bronnen.split('\n').find((regel) => regel.startsWith(`| <a id="${bronAnker(document.id)}"></a>`));
      expect(rij, document.id).toBeDefined();
      expect(rij).toContain(korteTitel(document.id));
      expect(rij).toContain(document.url ? `[${document.titel}](${document.url})` : document.titel);
      expect(rij).toContain(`| ${document.uitgever} | ${document.jaar} |`);
    }
    const ankers = new Set(BRONDOCUMENTEN.map((document) => bronAnker(document.id)));
    const links = [...tekst.matchAll(/\]\(#(bron-[^)]+)\)/g)].map((link) => link[1]!);
    expect(links.length).toBeGreaterThan(50);
    expect(links.filter((anker) => !ankers.has(anker))).toEqual([]);
    // De volledige verwijzing (titel met uitgever) staat alleen in de tabel en in de brieven.
    const buitenDeTabel = tekst.slice(0, tekst.indexOf('\n## Bronnen\n')).replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');
    for (const document of BRONDOCUMENTEN) expect(buitenDeTabel).not.toContain(`${document.titel} (${document.uitgever}`);
    expect(zoekBrondocument('wmo-2015')?.url).toBeDefined();
  });

  it('zet elk eigen citaat letterlijk uit zijn bron', () => {
    for (const bron of Object.values(CITATEN_IN_TEKST)) {
      const seed = zoekBrondocument(bron.document)?.seedBestand;
      expect(seed, bron.document).toBeDefined();
      expect(citaatStaatIn(bron.citaat, readFileSync(`data/seeds/${seed!}`, 'utf8')), bron.citaat).toBe(true);
      expect(tekst).toContain(`"${bron.citaat}"`);
    }
  });

  it('de check op technische namen vindt een code-naam in lopende tekst, maar niet in een codeblok of op de regel "Technische naam:"', () => {
    expect(technischeNamen(lopendeTekst('Zie `ontbrekendeGegevens` en beoordeelVersnelfonds.'))).toEqual([
      'camelCase-naam: ontbrekendeGegevens',
      'camelCase-naam: beoordeelVersnelfonds',
      'code tussen backticks: `ontbrekendeGegevens`',
    ]);
    expect(technischeNamen(lopendeTekst('Het criterium versnelfonds.herkomst is true (SPEC §4.6).'))).toHaveLength(3);
    expect(technischeNamen(lopendeTekst('Technische naam: `versnelfonds.herkomst`\n\n```json\n{ "schulden": true }\n```\n[gids](eigen-beleid.md), wetten.overheid.nl'))).toEqual([]);
    expect(codenamen(lopendeTekst('een fout (BeleidNietInWerkingFout) of OngeldigeInvoerFout'))).toEqual(['BeleidNietInWerkingFout', 'OngeldigeInvoerFout']);
  });

  it('heeft lopende tekst zonder technische namen (zoals een brief)', () => {
    expect(technischeNamen(lopendeTekst(tekst))).toEqual([]);
  });

  it('noemt in lopende tekst geen naam uit de code van de bibliotheek, zoals een foutklasse', () => {
    expect(codenamen(lopendeTekst(tekst))).toEqual([]);
  });
});

