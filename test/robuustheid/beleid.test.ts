// Issue 30, klassen 3, 4 en 5: de getallen en teksten van een eigen beleid. Per klasse een
// mechanisme en een eigenschap (fast-check) die elke vorm van de aanval dekt, niet alleen het
// voorbeeld uit de issue:
// 3. elk getal van een beleid is begrensd, zodat elke datum die een regel ervan afleidt in de jaren
//    1 tot en met 9999 valt, of de invoerdatum een fout is (nooit "0NaN", nooit het jaar 10000);
// 4. één tekstregel (src/kern/beleidstekst.ts): wat defineBeleid aanneemt, kunnen motivering en
//    brief altijd schrijven, ook na JSON heen en terug, en het JSON Schema zegt hetzelfde;
// 5. geen misleidende tekst: namen met ten minste één letter of cijfer, namen vergeleken na het
//    vouwen (vouwNaam), geen kopie van een ingebouwd document, geen nagebootste bronregel.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REGIONAMEN } from '../../src/data/regio-ids.js';
import { BELEIDSTEKST_MELDINGEN, vouwNaam } from '../../src/kern/beleidstekst.js';
import { VERBODEN_KLASSE, VERBODEN_TEKEN_PATROON } from '../../src/kern/patronen.js';
import {
  BRONDOCUMENTEN,
  OngeldigeInvoerFout,
  REGIOS,
  beleidJsonSchema,
  beoordeelVersnelfonds,
  berekenVerblijfstermijn,
  brief,
  defineBeleid,
  defineBeleidVeilig,
  motivering,
  wijsRegisseurToe,
  type Beoordeling,
} from '../../src/index.js';
import { cli } from '../cli/in-geheugen.js';
import { veldfoutenVan } from '../helpers.js';

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
addFormats.default(ajv);
const schemaZegt = ajv.compile(beleidJsonSchema());

const GEGEVENS = { gemeente: { naam: 'Gemeente Proef', bezwaaradres: 'Postbus 1, 1000 AA Proef' } };
const EINDE_9999 = Date.parse('9999-12-31T22:59:59.999Z'); // de laatste milliseconde van 9999 in Amsterdam
const MS_PER_UUR = 3_600_000;

/** De teksten van een beleid die een test vervangt; standaard gewone tekst. */
interface Teksten {
  naam: string;
  versie: string;
  titel: string;
  uitgever: string;
  url: string;
  regionaam: string;
  onderdeel: string;
  citaat: string;
  toelichting: string;
  toelichtingEn: string;
  datumkeuze: string;
  keuzetekst: string;
  aanbieder: string;
}
const GEWOON: Teksten = {
  naam: 'Gemeente Proef',
  versie: '2026-1',
  titel: 'Raadsbesluit opvang',
  uitgever: 'Gemeenteraad van Proef',
  url: 'https://example.org/besluit',
  regionaam: 'regio Proef',
  onderdeel: 'Artikel 2',
  citaat: 'ten hoogste het bedrag uit artikel 2',
  toelichting: 'Zo staat het in het besluit.',
  toelichtingEn: 'This is what the decision says.',
  datumkeuze: 'Het besluit noemt geen datum.',
  keuzetekst: 'Het fonds geeft nooit meer dan het maximum.',
  aanbieder: 'Stichting Onderdak',
};

/** Getallen van een beleid; standaard gewone waarden. */
interface Getallen {
  maximum: number;
  uren: number;
  factor: number;
  duur: { aantal: number; eenheid: 'nachten' | 'dagen' | 'weken' | 'maanden' };
}
const GEWONE_GETALLEN: Getallen = { maximum: 100_000, uren: 24, factor: 1, duur: { aantal: 3, eenheid: 'maanden' } };

/**
 * Een beleid voor het versnelfonds en de verblijfstermijn, in werking vanaf 0001-01-01 zonder
 * einde, met een eigen document, een eigen regio en in elk tekstveld een tekst uit `teksten`.
 */
function definitie(teksten: Partial<Teksten> = {}, getallen: Partial<Getallen> = {}): Record<string, unknown> {
  const t = { ...GEWOON, ...teksten };
  const g = { ...GEWONE_GETALLEN, ...getallen };
  const bron = [{ document: 'eigen-besluit', onderdeel: t.onderdeel, citaat: t.citaat }];
  const periode = (waarde: unknown) => [
    { vanaf: '0001-01-01', waarde, status: 'interpretatie', bronnen: bron, toelichting: t.toelichting, toelichtingEn: t.toelichtingEn, datumkeuze: t.datumkeuze, datumbronnen: bron },
  ];
  const grondslag = { status: 'interpretatie', toelichting: t.toelichting, toelichtingEn: t.toelichtingEn, bronnen: bron };
  return {
    id: 'gemeente-proef',
    versie: t.versie,
    naam: t.naam,
    documenten: [{ id: 'eigen-besluit', titel: t.titel, uitgever: t.uitgever, jaar: 2025, url: t.url }],
    regios: { 'regio-proef': { naam: t.regionaam, centrumgemeenten: ['GM0153'], leden: periode(['GM0153', 'GM0164']) } },
    parameters: {
      'versnelfonds.maximumInCenten': periode(g.maximum),
      'versnelfonds.beoordelingstermijnInUren': periode(g.uren),
      'versnelfonds.regio': periode('regio-proef'),
      'versnelfonds.kostenBatenFactor': periode(g.factor),
      'verblijfsduur.regio': periode('regio-proef'),
      'verblijfsduur.nachtopvang': periode({ ...g.duur, aanbieder: t.aanbieder }),
    },
    regels: {
      versnelfonds: { grondslag, keuzes: { 'versnelfonds.begrenzen': { tekst: t.keuzetekst, tekstEn: t.keuzetekst, bronnen: bron } } },
      verblijfstermijn: { grondslag },
    },
  };
}

const aanvraag = (ingediendOp: string, maximum = 100_000) => ({
  ingediendOp,
  vorm: 'gift' as const,
  bedragInCenten: maximum,
  gemeenteVanHerkomst: 'Enschede',
  voorliggendeVoorzieningenBenut: true,
  voorkomtOfVerkortOpvang: true,
  verwachteBesparingInCenten: 'onbekend' as const,
  schulden: false,
});
const verblijf = (startdatum: string, aanbieder: string) => ({ regio: 'regio-proef', opvangvorm: 'nachtopvang' as const, startdatum, peildatum: startdatum, gemeenteVanHerkomst: 'Enschede', aanbieder });

/** Alle teksten die een beoordeling oplevert: het verslag in beide talen en de brief, van de beoordeling en van haar JSON. */
function uitvoer(beoordeling: Beoordeling<string>): string[] {
  const opgeslagen = JSON.parse(JSON.stringify(beoordeling)) as Beoordeling<string>;
  const teksten: string[] = [];
  for (const b of [beoordeling, opgeslagen]) {
    teksten.push(motivering(b), motivering(b, { taal: 'en' }), motivering(b, { vorm: 'technisch' }));
    teksten.push(JSON.stringify(brief(b, { ...GEGEVENS, datum: b.peildatum! })), JSON.stringify(brief(b, { ...GEGEVENS, datum: b.peildatum!, taal: 'en' })));
  }
  return teksten;
}

const MAANDEN = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|January|February|March|April|May|June|July|August|September|October|November|December';

/** Elke datum in een tekst: als JJJJ-MM-DD met een jaar 0001-9999, of uitgeschreven met een jaar 1-9999; nergens NaN. */
function datumsKloppen(tekst: string): void {
  expect(tekst).not.toMatch(/NaN|Infinity|undefined/);
  for (const treffer of tekst.matchAll(/([+-]?)(\d+)-(\d{2})-(\d{2})(?!\d)/g)) {
    expect(treffer[1], treffer[0]).toBe('');
    expect(treffer[2], treffer[0]).toHaveLength(4);
    expect(Number(treffer[2]), treffer[0]).toBeGreaterThanOrEqual(1);
  }
  for (const treffer of tekst.matchAll(new RegExp(`(?:${MAANDEN}) (\\d+)`, 'g'))) {
    expect(Number(treffer[1]), treffer[0]).toBeGreaterThanOrEqual(1);
    expect(Number(treffer[1]), treffer[0]).toBeLessThanOrEqual(9999);
  }
}

/** Een tijdstip in de jaren 1-9999 (UTC), met de randen erbij. */
const tijdstip = fc.oneof(
  fc.integer({ min: Date.parse('0001-01-01T00:00:00Z'), max: EINDE_9999 }),
  fc.constantFrom(Date.parse('0001-01-01T00:00:00Z'), EINDE_9999, EINDE_9999 - 24 * MS_PER_UUR, EINDE_9999 - 8_784 * MS_PER_UUR, EINDE_9999 - 8_784 * MS_PER_UUR - 1),
);
const kalenderdatum = fc.oneof(
  fc.integer({ min: Date.parse('0001-01-01T00:00:00Z') / 86_400_000, max: Date.parse('9999-12-31T00:00:00Z') / 86_400_000 }).map((dag) => new Date(dag * 86_400_000).toISOString().slice(0, 10)),
  fc.constantFrom('0001-01-01', '9999-12-31', '9899-12-31', '9900-01-01'),
);
const MAXIMA = { nachten: 36_525, dagen: 36_525, weken: 5_218, maanden: 1_200 } as const;
const getallen = fc.record({
  maximum: fc.oneof(fc.constantFrom(1, 10_000_000_000), fc.integer({ min: 1, max: 10_000_000_000 })),
  uren: fc.oneof(fc.constantFrom(1, 8_784), fc.integer({ min: 1, max: 8_784 })),
  factor: fc.constantFrom(0, 0.01, 1, 1000),
  duur: fc.constantFrom('nachten', 'dagen', 'weken', 'maanden').chain((eenheid) =>
    fc.oneof(fc.constantFrom(1, MAXIMA[eenheid]), fc.integer({ min: 1, max: MAXIMA[eenheid] })).map((aantal) => ({ aantal, eenheid })),
  ),
});

describe('klasse 3: elk getal van een beleid is begrensd; elke afgeleide datum valt in 1-9999', () => {
  it('de grenzen, aan beide kanten, in defineBeleid en in het JSON Schema', () => {
    const gevallen: Array<[Partial<Getallen>, string | null]> = [
      [{ maximum: 10_000_000_000 }, null],
      [{ maximum: 10_000_000_001 }, 'parameters.versnelfonds.maximumInCenten.0.waarde'],
      [{ uren: 8_784 }, null],
      [{ uren: 8_785 }, 'parameters.versnelfonds.beoordelingstermijnInUren.0.waarde'],
      [{ uren: 1e15 }, 'parameters.versnelfonds.beoordelingstermijnInUren.0.waarde'],
      ...Object.entries(MAXIMA).flatMap(([eenheid, maximum]): Array<[Partial<Getallen>, string | null]> => [
        [{ duur: { aantal: maximum, eenheid: eenheid as Getallen['duur']['eenheid'] } }, null],
        [{ duur: { aantal: maximum + 1, eenheid: eenheid as Getallen['duur']['eenheid'] } }, 'parameters.verblijfsduur.nachtopvang.0.waarde.aantal'],
      ]),
    ];
    for (const [waarden, pad] of gevallen) {
      const bestand = definitie({}, waarden);
      const uitslag = defineBeleidVeilig(bestand);
      expect(uitslag.succes ? null : uitslag.fouten.map((fout) => fout.pad), JSON.stringify(waarden)).toEqual(pad === null ? null : [pad]);
      expect(schemaZegt(bestand), JSON.stringify(waarden)).toBe(pad === null);
    }
  });

  it('de aanval uit de issue: een termijn van 24 uur vanaf 31 december 9999 is een fout op ingediendOp, geen jaar 10000', () => {
    const beleid = defineBeleid(definitie());
    expect(veldfoutenVan(() => beoordeelVersnelfonds(aanvraag('9999-12-31T20:00:00+01:00'), { beleid }))).toEqual([{ pad: 'ingediendOp', melding: 'de beoordelingstermijn zou na het jaar 9999 eindigen' }]);
    // Eén uur eerder past het nog precies: uiterlijk om 23:59 ... 31 december 9999.
    const net = beoordeelVersnelfonds(aanvraag('9999-12-30T22:59:59.999Z'), { beleid });
    expect(net.beoordelenUiterlijk).toBe('9999-12-31T23:59:59.999+01:00');
    expect(motivering(net)).toContain('Beoordelen uiterlijk: 31 december 9999 om 23:59');
    expect(veldfoutenVan(() => beoordeelVersnelfonds(aanvraag('9999-12-30T23:00:00Z'), { beleid }))[0]!.pad).toBe('ingediendOp');
  });

  it('eigenschap: getallen op en binnen hun grenzen en datums van 0001-01-01 tot 9999-12-31 geven alleen datums in 1-9999, nooit NaN, of een fout op de invoerdatum', () => {
    fc.assert(
      fc.property(getallen, tijdstip, kalenderdatum, (waarden, ingediend, startdatum) => {
        const beleid = defineBeleid(definitie({}, waarden));
        const ingediendOp = new Date(ingediend).toISOString();
        try {
          const fonds = beoordeelVersnelfonds(aanvraag(ingediendOp, Math.min(waarden.maximum, 250_000)), { beleid });
          expect(ingediend + waarden.uren * MS_PER_UUR).toBeLessThanOrEqual(EINDE_9999);
          expect(fonds.beoordelenUiterlijk).toMatch(/^\d{4}-\d{2}-\d{2}T/);
          datumsKloppen(JSON.stringify(fonds));
          // De termijn valt nooit stil weg uit het verslag.
          expect(motivering(fonds)).toContain('Beoordelen uiterlijk: ');
          for (const tekst of uitvoer(fonds)) datumsKloppen(tekst);
        } catch (fout) {
          if (!(fout instanceof OngeldigeInvoerFout)) throw fout;
          expect(fout.fouten).toEqual([{ pad: 'ingediendOp', melding: 'de beoordelingstermijn zou na het jaar 9999 eindigen' }]);
          expect(ingediend + waarden.uren * MS_PER_UUR).toBeGreaterThan(EINDE_9999);
        }
        try {
          const termijn = berekenVerblijfstermijn(verblijf(startdatum, GEWOON.aanbieder), { beleid });
          expect(termijn.uitkomst).toBe('binnen-termijn');
          datumsKloppen(JSON.stringify(termijn));
          for (const tekst of uitvoer(termijn)) datumsKloppen(tekst);
        } catch (fout) {
          if (!(fout instanceof OngeldigeInvoerFout)) throw fout;
          expect(fout.fouten).toEqual([{ pad: 'startdatum', melding: 'de uiterlijke vertrekdatum zou na het jaar 9999 vallen' }]);
          // Alleen vlak voor het einde van de kalender: de langste duur is honderd jaar.
          expect(startdatum >= '9899-12-01').toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Klasse 4 en 5: teksten
// ---------------------------------------------------------------------------------------------

/** Tekens en stukjes die een tekst uit een beleid lastig maken. */
const LASTIG = [
  '\n', '\r', '\t', '\u0000', '\u001b', '\u007f', '\u0085', '\u2028', '\u2029', // stuurtekens, regeleinden
  '\u061c', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069', // richting
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u034f', '\ufe0f', '\u115f', '\u1160', '\u3164', '\uffa0', '\u2800', // onzichtbaar
  '\u00a0', '\u2009', '\u3000', ' ', // spaties
  '\u0301', '\u0308', 'e\u0301', // accenten
  '😀', '𝐁', '\ud800', '\udc00', // buiten het basisvlak, losse surrogaten
  '"', '“', '”', '＂', "'", '‘', ';', '；', ':', '(', ')', // leestekens van een bronverwijzing
  'Bron:', 'bron :', 'Source:', 'Bronnen:', 'Ｂｒｏｎ：', 'Вron:', 'Brоn:', 'B\u0301ron:', '𝐁ron:', 'bron\u2236', 'SOURCES\u00a0:', // bronlabels, ook nagebootst
  'а', 'о', 'Ε', // Cyrillisch, Grieks
  'Wet maatschappelijke ondersteuning 2015 (Rijksoverheid, 2015)', 'art. 1.2.1',
] as const;
const lastigeTekst = fc
  .array(fc.oneof({ arbitrary: fc.constantFrom(...LASTIG), weight: 3 }, { arbitrary: fc.constantFrom('Wierden', 'a', '1', 'Artikel 3', 'x y'), weight: 2 }), { minLength: 1, maxLength: 6 })
  .map((delen) => delen.join(''));
const TEKSTVELDEN = Object.keys(GEWOON) as Array<keyof Teksten>;

describe('klasse 4: wat defineBeleid aanneemt, kunnen motivering en brief schrijven (één tekstregel)', () => {
  it('de verboden tekens staan één keer: het patroon van motivering is de tekenklasse van de tekstregel; REGIONAMEN zijn de namen van REGIOS', () => {
    expect(VERBODEN_TEKEN_PATROON.source).toBe(`[${VERBODEN_KLASSE}]`);
    expect(VERBODEN_TEKEN_PATROON.flags).toBe('u');
    expect(Object.fromEntries(Object.values(REGIOS).map((regio) => [regio.id, regio.naam]))).toEqual({ ...REGIONAMEN });
  });

  it('de aanval uit de issue: een url met een stuur- of richtingsteken weigert defineBeleid al, op het pad van de url', () => {
    for (const url of ['https://example.org/\u202ebesluit', 'https://example.org/\u0007', 'https://example.org/\u200bx', 'https://example.org/\u2028']) {
      const fouten = veldfoutenVan(() => defineBeleid(definitie({ url })));
      expect(fouten.map((fout) => fout.pad)).toEqual(fouten.map(() => 'documenten.0.url'));
      expect(fouten).toContainEqual({ pad: 'documenten.0.url', melding: 'mag geen regeleinden, stuurtekens, tekens die de schrijfrichting omdraaien of onzichtbare tekens bevatten' });
    }
  });

  it('de CLI: beleid controleer weigert de url uit de issue; de --json-uitvoer met een beleid vol toegestane lastige tekst kunnen motivering en brief schrijven', async () => {
    const fout = await cli(['beleid', 'controleer', 'b.json'], { 'b.json': JSON.stringify(definitie({ url: 'https://example.org/\u202ebesluit' })) });
    expect(fout.code).toBe(2);
    expect(fout.fout).toContain('  - documenten.0.url: mag geen regeleinden, stuurtekens, tekens die de schrijfrichting omdraaien of onzichtbare tekens bevatten');
    const lastig = { naam: 'Gemeente Súdwest-Fryslân 😀', titel: 'Besluit ‘opvang’ (2025) — €\u00a0750', citaat: 'ten hoogste € 750; zie ‘artikel 3’', toelichting: 'Zo staat het er; "letterlijk".', url: 'https://example.org/a?b=c&d=é#f' };
    const bestanden = { 'b.json': JSON.stringify(definitie(lastig)), 'a.json': JSON.stringify(aanvraag('2026-05-04T10:00:00+02:00')) };
    expect((await cli(['beleid', 'controleer', 'b.json'], bestanden)).code).toBe(0);
    const run = await cli(['beoordeel', 'versnelfonds', 'a.json', '--beleid', 'b.json', '--json'], bestanden);
    expect(run.code).toBe(0);
    const beoordeling = JSON.parse(run.uit).beoordeling as Beoordeling<string>;
    expect(motivering(beoordeling)).toContain(lastig.titel);
    expect(uitvoer(beoordeling).length).toBe(10);
  });

  it('eigenschap: een lastige tekst in elk tekstveld; aangenomen → beslissen, motivering (nl, en) en brief lukken, ook na JSON heen en terug; het JSON Schema zegt hetzelfde', () => {
    let aangenomen = 0;
    fc.assert(
      fc.property(fc.constantFrom(...TEKSTVELDEN), lastigeTekst, (veld, tekst) => {
        const bestand = definitie({ [veld]: veld === 'url' ? `https://example.org/${tekst}` : tekst });
        const uitslag = defineBeleidVeilig(bestand);
        // Het schema weigert wat defineBeleid weigert, behalve nagebootste letters (Cyrillisch, Grieks),
        // die alleen defineBeleid ziet; het neemt nooit iets aan dat defineBeleid weigert om een teken.
        if (uitslag.succes) expect(schemaZegt(bestand), `${veld}: ${JSON.stringify(tekst)}`).toBe(true);
        else {
          const tekstregel = uitslag.fouten.filter((fout) => (Object.values(BELEIDSTEKST_MELDINGEN) as string[]).includes(fout.melding));
          const nagebootst = /[\u0370-\u03ff\u0400-\u04ff]/u.test(tekst) || tekst.normalize('NFKC') !== tekst;
          const alleenNagebootst = nagebootst && tekstregel.every((fout) => fout.melding === BELEIDSTEKST_MELDINGEN.bronlabel || fout.melding === BELEIDSTEKST_MELDINGEN.schriften);
          if (tekstregel.length > 0 && !alleenNagebootst) expect(schemaZegt(bestand), `${veld}: ${JSON.stringify(tekst)}`).toBe(false);
        }
        if (!uitslag.succes) return;
        aangenomen += 1;
        const beleid = uitslag.beleid;
        const fonds = beoordeelVersnelfonds(aanvraag('2026-05-04T10:00:00+02:00'), { beleid });
        const termijn = berekenVerblijfstermijn(verblijf('2026-05-04', beleid.parameters['verblijfsduur.nachtopvang']![0]!.waarde.aanbieder!), { beleid });
        expect(termijn.uitkomst).toBe('binnen-termijn');
        for (const beoordeling of [fonds, termijn]) expect(uitvoer(beoordeling).length).toBe(10);
      }),
      { numRuns: 300 },
    );
    expect(aangenomen).toBeGreaterThan(20);
  });
});

/** Tekens die niets laten zien. */
const ONZICHTBAAR = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u034f', '\u115f', '\u1160', '\u3164', '\uffa0', '\u2800', '\u180e', '\u00a0', ' ', '\u3000', '\u0301'];
const NAAMVELDEN = ['naam', 'versie', 'titel', 'uitgever', 'regionaam', 'onderdeel', 'aanbieder'] as const;
const PAD: Record<(typeof NAAMVELDEN)[number], string> = {
  naam: 'naam',
  versie: 'versie',
  titel: 'documenten.0.titel',
  uitgever: 'documenten.0.uitgever',
  regionaam: 'regios.regio-proef.naam',
  onderdeel: 'parameters.versnelfonds.maximumInCenten.0.bronnen.0.onderdeel',
  aanbieder: 'parameters.verblijfsduur.nachtopvang.0.waarde.aanbieder',
};

/** Vermommingen van een naam die een lezer niet ziet of voor dezelfde naam houdt. */
const VERMOMMINGEN: Array<[string, (naam: string) => string]> = [
  ['hoofdletters', (naam) => naam.toUpperCase()],
  ['een ß voor ss (hoofdletters maken er SS van)', (naam) => naam.replace('ss', 'ß')],
  ['een teken zonder breedte', (naam) => `${naam.slice(0, 2)}\u200b${naam.slice(2)}`],
  ['een woordverbinder', (naam) => `${naam.slice(0, 3)}\u2060${naam.slice(3)}`],
  ['een Cyrillische a of o', (naam) => naam.replace('a', 'а').replace('o', 'о')],
  ['een Griekse o', (naam) => naam.replace('o', 'ο')],
  // Hoofdletters die klein een andere letter worden (Ν wordt ν, dat op een v lijkt).
  ['een Griekse of Cyrillische hoofdletter', (naam) => naam.replace('N', 'Ν').replace('H', 'Η').replace('M', 'Μ').replace('O', 'О')],
  ['een combinerend accent', (naam) => naam.replace(/[aeiou]/, (klinker) => `${klinker}\u0301`)],
  ['een samengesteld accent', (naam) => naam.replace('e', 'é')],
  ['volbreedteletters', (naam) => naam.replace(/[A-Za-z]/g, (letter) => String.fromCharCode(letter.charCodeAt(0) + 0xfee0))],
  ['dubbele spaties', (naam) => naam.replace(' ', '  ')],
  ['een harde spatie', (naam) => naam.replace(' ', '\u00a0')],
];
const naam = fc.constantFrom('Wijkteam Noord', 'Leger des Heils', 'Humanitas Onder Dak', 'Stichting Opvang', 'Raadsbesluit opvang 2025', 'GGZ Oost', 'Stichting Passage');
const vermomming = fc.constantFrom(...VERMOMMINGEN);

describe('klasse 5: geen misleidende tekst', () => {
  it('(a) eigenschap: een naam van alleen onzichtbare tekens en spaties weigert defineBeleid in elk naamveld, op het pad van dat veld', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAAMVELDEN), fc.array(fc.constantFrom(...ONZICHTBAAR), { minLength: 1, maxLength: 5 }), (veld, tekens) => {
        const uitslag = defineBeleidVeilig(definitie({ [veld]: tekens.join('') }));
        expect(uitslag.succes).toBe(false);
        if (!uitslag.succes) expect(uitslag.fouten.map((fout) => fout.pad)).toContain(PAD[veld]);
      }),
      { numRuns: 200 },
    );
  });

  it('(a) een organisatie bij de Regisseur MO van alleen onzichtbare tekens is een invoerfout op haar naam; met een onzichtbaar teken erin is zij dezelfde als zonder', () => {
    for (const naam of ['\u200b', '\u3164\u3164', '\u2800', '\u115f\u1160', '\ufeff\u00ad', '\u2060 \u3164']) {
      expect(veldfoutenVan(() => wijsRegisseurToe({ fase: 'opvang', betrokkenOrganisaties: [{ naam: 'Wijkteam', contacturenPerMaand: 4 }, { naam, contacturenPerMaand: 8 }] }))).toEqual([
        { pad: 'betrokkenOrganisaties.1.naam', melding: 'moet ten minste één letter of cijfer bevatten' },
      ]);
      expect(veldfoutenVan(() => wijsRegisseurToe({ fase: 'opvang', betrokkenOrganisaties: [{ naam: 'Wijkteam', contacturenPerMaand: 4 }], huidigeRegisseur: naam }))).toEqual([
        { pad: 'huidigeRegisseur', melding: 'moet ten minste één letter of cijfer bevatten' },
      ]);
    }
    // De aanval uit de issue: "De rol gaat over van Wijk\u200Bteam naar Wijkteam" kan niet meer.
    const beoordeling = wijsRegisseurToe({ fase: 'opvang', betrokkenOrganisaties: [{ naam: 'Wijkteam', contacturenPerMaand: 8 }, { naam: 'GGZ', contacturenPerMaand: 4 }], huidigeRegisseur: 'Wijk\u200Bteam' });
    expect(beoordeling.uitkomst).toBe('gehandhaafd');
    expect(beoordeling.gronden[0]!.toelichting).not.toContain('De rol gaat over');
    // Ook niet met een Griekse hoofdletter Ν (die klein een ν wordt, en die lijkt op een v).
    expect(veldfoutenVan(() => wijsRegisseurToe({ fase: 'opvang', betrokkenOrganisaties: [{ naam: 'GGZ Noord', contacturenPerMaand: 8 }, { naam: 'GGZ \u039doord', contacturenPerMaand: 4 }] })).map((fout) => fout.pad)).toEqual(['betrokkenOrganisaties.1.naam']);
  });

  it('(a) een naam met een onzichtbaar teken erin is ook geweigerd; een naam met een harde spatie of accent niet', () => {
    expect(defineBeleidVeilig(definitie({ titel: 'Raads\u200bbesluit' })).succes).toBe(false);
    expect(defineBeleidVeilig(definitie({ naam: 'Gemeente\u00a0Súdwest-Fryslân' })).succes).toBe(true);
  });

  it('(b) eigenschap: vouwNaam maakt elke vermomming gelijk aan de naam, en houdt verschillende namen verschillend', () => {
    fc.assert(
      fc.property(naam, vermomming, naam, (eerste, [, vermom], tweede) => {
        expect(vouwNaam(vermom(eerste))).toBe(vouwNaam(eerste));
        if (eerste !== tweede) expect(vouwNaam(eerste)).not.toBe(vouwNaam(tweede));
      }),
    );
  });

  it('(b) eigenschap: twee documenten of regio\'s die alleen in een vermomming verschillen, weigert defineBeleid', () => {
    fc.assert(
      fc.property(naam, vermomming, (origineel, [, vermom]) => {
        const bestand = definitie({ titel: origineel }) as { documenten: object[]; regios: Record<string, { naam: string }> };
        bestand.documenten.push({ id: 'tweede-besluit', titel: vermom(origineel), uitgever: GEWOON.uitgever, jaar: 2025 });
        expect(defineBeleidVeilig(bestand).succes).toBe(false);
        const metRegios = definitie({ regionaam: origineel }) as { regios: Record<string, { naam: string }> };
        metRegios.regios['tweede-regio'] = { ...metRegios.regios['regio-proef']!, naam: vermom(origineel) };
        const uitslag = defineBeleidVeilig(metRegios);
        expect(uitslag.succes).toBe(false);
        if (!uitslag.succes) expect(uitslag.fouten.map((fout) => fout.pad)).toContain('regios.tweede-regio.naam');
      }),
    );
  });

  it('(b) eigenschap: de Regisseur MO ziet een vermomde naam als dezelfde organisatie; nooit "De rol gaat over van X naar X"', () => {
    fc.assert(
      fc.property(naam, vermomming, naam, (organisatie, [, vermom], ander) => {
        // Twee keer dezelfde organisatie in de lijst: een fout, geen twee kandidaten.
        const dubbel = () => wijsRegisseurToe({ fase: 'opvang', betrokkenOrganisaties: [{ naam: organisatie, contacturenPerMaand: 4 }, { naam: vermom(organisatie), contacturenPerMaand: 8 }] });
        expect(veldfoutenVan(dubbel)).toEqual([{ pad: 'betrokkenOrganisaties.1.naam', melding: 'komt al voor (betrokkenOrganisaties.0.naam)' }]);
        // De huidige regisseur vermomd: zij blijft, of de rol gaat naar een andere organisatie.
        const beoordeling = wijsRegisseurToe({
          fase: 'opvang',
          betrokkenOrganisaties: [{ naam: organisatie, contacturenPerMaand: 8 }, ...(ander === organisatie ? [] : [{ naam: ander, contacturenPerMaand: 4 }])],
          huidigeRegisseur: vermom(organisatie),
        });
        expect(beoordeling.uitkomst).toBe('gehandhaafd');
        for (const [, van, naar] of beoordeling.gronden[0]!.toelichting.matchAll(/De rol gaat over van (.+?) naar (.+?)\./g)) expect(vouwNaam(van!)).not.toBe(vouwNaam(naar!));
      }),
    );
  });

  it('(b) eigenschap: een aanbieder in de invoer die alleen in een vermomming verschilt van die van het beleid, is dezelfde aanbieder (of een invoerfout)', () => {
    const beleid = defineBeleid(definitie({ aanbieder: 'Humanitas Onder Dak' }));
    fc.assert(
      fc.property(vermomming, ([, vermom]) => {
        try {
          expect(berekenVerblijfstermijn(verblijf('2026-05-04', vermom('Humanitas Onder Dak')), { beleid }).uitkomst).toBe('binnen-termijn');
        } catch (fout) {
          if (!(fout instanceof OngeldigeInvoerFout)) throw fout;
          expect(fout.fouten.map((veldfout) => veldfout.pad)).toEqual(['aanbieder']);
        }
      }),
    );
  });

  it('(c) eigenschap: een eigen document met titel, uitgever en jaar van een ingebouwd document (ook vermomd) is geweigerd, met het id van dat document', () => {
    const zichtbaar = VERMOMMINGEN.filter(([soort]) => ['hoofdletters', 'een samengesteld accent', 'volbreedteletters', 'dubbele spaties', 'een harde spatie'].includes(soort));
    fc.assert(
      fc.property(fc.constantFrom(...BRONDOCUMENTEN), fc.constantFrom(...zichtbaar), (ingebouwd, [, vermom]) => {
        // Een puntkomma in de uitgever (FEANTSA; CBS) weigert de tekstregel al; dan is dat de fout.
        const bestand = definitie({ titel: vermom(ingebouwd.titel), uitgever: ingebouwd.uitgever }) as { documenten: Array<Record<string, unknown>> };
        bestand.documenten[0]!.jaar = ingebouwd.jaar;
        const uitslag = defineBeleidVeilig(bestand);
        expect(uitslag.succes).toBe(false);
        if (uitslag.succes) return;
        if (ingebouwd.uitgever.includes(';')) expect(uitslag.fouten.map((fout) => fout.pad)).toContain('documenten.0.uitgever');
        else expect(uitslag.fouten).toContainEqual({ pad: 'documenten.0.titel', melding: `heeft de titel, uitgever en het jaar van het ingebouwde document ${ingebouwd.id}; verwijs met document: '${ingebouwd.id}' naar dat document` });
      }),
      { numRuns: 60 },
    );
    // Een ander jaar is een ander document (een nieuwe versie van een eigen besluit mag dezelfde titel hebben).
    const [eerste] = BRONDOCUMENTEN.filter((document) => !document.uitgever.includes(';'));
    const ander = definitie({ titel: eerste!.titel, uitgever: eerste!.uitgever }) as { documenten: Array<Record<string, unknown>> };
    ander.documenten[0]!.jaar = eerste!.jaar + 1;
    expect(defineBeleidVeilig(ander).succes).toBe(true);
  });

  it('(d) eigenschap: geen tekst van een beleid voegt aan verslag of brief een regel, een bronlabel, een aanhalingsteken of een puntkomma in een bronverwijzing toe', () => {
    const beleid = defineBeleid(definitie());
    const structuur = (teksten: string[]) => ({
      regels: teksten.map((tekst) => tekst.split('\n').length),
      labels: teksten.map((tekst) => [...vouwNaam(tekst).matchAll(/(?:^|[^\p{L}\p{N}])(?:bron|bronnen|source|sources)\s*:/gu)].length),
      aanhalingstekens: teksten.map((tekst) => [...tekst.normalize('NFKC').matchAll(/["“”„]/g)].length),
    });
    const basis = structuur([...uitvoer(beoordeelVersnelfonds(aanvraag('2026-05-04T10:00:00+02:00'), { beleid }))]);
    const puntkommas = (teksten: string[]) => teksten.map((tekst) => [...tekst.matchAll(/\((?:bron|source): [^)]*\)/giu)].map((verwijzing) => verwijzing[0].split(';').length));
    const basisPuntkommas = puntkommas(uitvoer(beoordeelVersnelfonds(aanvraag('2026-05-04T10:00:00+02:00'), { beleid })));
    let aangenomen = 0;
    fc.assert(
      fc.property(fc.constantFrom(...TEKSTVELDEN), lastigeTekst, (veld, tekst) => {
        const uitslag = defineBeleidVeilig(definitie({ [veld]: veld === 'url' ? `https://example.org/${tekst}` : tekst }));
        if (!uitslag.succes) return;
        aangenomen += 1;
        const teksten = uitvoer(beoordeelVersnelfonds(aanvraag('2026-05-04T10:00:00+02:00'), { beleid: uitslag.beleid }));
        const gemeten = structuur(teksten);
        expect(gemeten.regels, `${veld}: ${JSON.stringify(tekst)}`).toEqual(basis.regels);
        expect(gemeten.labels, `${veld}: ${JSON.stringify(tekst)}`).toEqual(basis.labels);
        // Alleen het citaat staat tussen aanhalingstekens: daarin mag er geen bij komen.
        if (veld === 'citaat') expect(gemeten.aanhalingstekens, `${veld}: ${JSON.stringify(tekst)}`).toEqual(basis.aanhalingstekens);
        if (veld === 'titel' || veld === 'uitgever' || veld === 'onderdeel') expect(puntkommas(teksten), `${veld}: ${JSON.stringify(tekst)}`).toEqual(basisPuntkommas);
      }),
      { numRuns: 300 },
    );
    expect(aangenomen).toBeGreaterThan(20);
  });

  it('(d) de aanvallen uit de issue: een nagebootste "Bron:" in een citaat, ook in volbreedte- of Cyrillische letters, en een citaat dat zijn aanhalingstekens sluit', () => {
    for (const citaat of ['x". Bron: Wet maatschappelijke ondersteuning 2015 (Rijksoverheid, 2015), art. 1: "y', 'x Bron: nep', 'x Ｂｒｏｎ： nep', 'x Вron: nep', 'x Source : nep', 'x BROΝ: nep', 'x ΒRΟΝ: nep']) {
      const uitslag = defineBeleidVeilig(definitie({ citaat }));
      expect(uitslag.succes, citaat).toBe(false);
      if (!uitslag.succes) expect(uitslag.fouten.map((fout) => fout.pad)).toContain('parameters.versnelfonds.maximumInCenten.0.bronnen.0.citaat');
    }
    // Een woord dat op "bron" eindigt is geen label; enkele aanhalingstekens in een citaat mogen.
    expect(defineBeleidVeilig(definitie({ citaat: 'de hulpbron: een ‘laatste’ optie', toelichting: 'De hulpbron: het fonds.' })).succes).toBe(true);
  });
});
